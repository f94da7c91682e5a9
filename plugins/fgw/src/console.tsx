import { defineConsole } from '@sxgk/plugin-sdk/console';

// Console part: messages only; the platform renders the forms from their JSON Schema.
export default defineConsole({
  id: 'fgw',
  messages: {
    'zh-CN': {
      name: '发展改革部门随机抽查事项及检查表',
      forms: { 'project-site': '企业投资项目现场核查表', 'energy-review': '节能审查意见落实情况检查表', tendering: '招标投标活动检查表', 'consulting-firm': '工程咨询单位核查表' },
    },
    en: {
      name: 'Development and reform: spot-check items and forms',
      forms: { 'project-site': 'Investment project on-site check', 'energy-review': 'Energy-saving review compliance check', tendering: 'Tendering activity check', 'consulting-firm': 'Engineering consulting firm check' },
    },
  },
});
