import { defineManifest } from '@sxgk/plugin-sdk';

export default defineManifest({
  id: 'zjj',
  version: '1.0.0',
  sdk: '^1.0.0',
  departmentKind: 'zjj',
  displayName: { 'zh-CN': '住房城乡建设部门随机抽查事项及检查表', en: 'Housing and urban-rural development: spot-check items and forms' },
  description: {
    'zh-CN': '依据区住房和城乡建设局“双随机、一公开”抽查计划：每年抽查比例不低于10%，抽查结果100%公示。',
    en: 'From a district housing and construction bureau plan: at least 10 % of entities a year, every result published.',
  },
});
