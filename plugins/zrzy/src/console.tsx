import { defineConsole } from '@sxgk/plugin-sdk/console';

// Console part: messages only; the platform renders the forms from their JSON Schema.
export default defineConsole({
  id: 'zrzy',
  messages: {
    'zh-CN': {
      name: '自然资源和规划部门随机抽查事项及检查表',
      forms: { 'land-supply': '国有建设用地供后监管检查表', surveying: '测绘资质单位及测绘成果检查表', 'mining-disclosure': '矿业权人勘查开采信息公示核查表', 'planning-verification': '建设工程规划条件核实表' },
    },
    en: {
      name: 'Natural resources and planning: spot-check items and forms',
      forms: { 'land-supply': 'Land supply after-sale supervision', surveying: 'Surveying firm and results check', 'mining-disclosure': 'Mining-right disclosure check', 'planning-verification': 'Planning condition verification' },
    },
  },
});
