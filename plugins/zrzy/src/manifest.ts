import { defineManifest } from '@sxgk/plugin-sdk';

export default defineManifest({
  id: 'zrzy',
  version: '1.0.0',
  sdk: '^1.0.0',
  departmentKind: 'zrzy',
  displayName: { 'zh-CN': '自然资源和规划部门随机抽查事项及检查表', en: 'Natural resources and planning: spot-check items and forms' },
  description: {
    'zh-CN': '依据市自然资源和规划局“双随机、一公开”抽查计划：按检查对象标签和执法人员领域精准匹配。',
    en: 'From a municipal natural resources bureau plan: entity tags and inspector fields for precise matching.',
  },
});
