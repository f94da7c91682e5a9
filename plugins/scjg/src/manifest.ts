import { defineManifest } from '@sxgk/plugin-sdk';

export default defineManifest({
  id: 'scjg',
  version: '1.0.0',
  sdk: '^1.0.0',
  departmentKind: 'scjg',
  displayName: { 'zh-CN': '市场监管部门随机抽查事项及检查表', en: 'Market regulation: spot-check items and forms' },
  description: {
    'zh-CN': '依据县级市场监管部门部门联合“双随机、一公开”抽查计划：企业公示信息、食品、特种设备、产品质量、计量、广告、价格。',
    en: 'From a county market regulation joint plan: public information, food, special equipment, product quality, metrology, advertising, pricing.',
  },
});
