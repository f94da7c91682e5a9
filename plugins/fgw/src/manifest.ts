import { defineManifest } from '@sxgk/plugin-sdk';

export default defineManifest({
  id: 'fgw',
  version: '1.0.0',
  sdk: '^1.0.0',
  departmentKind: 'fgw',
  displayName: { 'zh-CN': '发展改革部门随机抽查事项及检查表', en: 'Development and reform: spot-check items and forms' },
  description: {
    'zh-CN': '依据区县发展改革部门“双随机、一公开”抽查计划：企业投资项目、节能审查、招标投标、工程咨询。',
    en: 'From a county development and reform commission plan: investment projects, energy-saving review, tendering, engineering consulting.',
  },
});
