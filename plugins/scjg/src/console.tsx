import { defineConsole } from '@sxgk/plugin-sdk/console';

// Console part: messages only; the platform renders the forms from their JSON Schema.
export default defineConsole({
  id: 'scjg',
  messages: {
    'zh-CN': {
      name: '市场监管部门随机抽查事项及检查表',
      forms: {
        'enterprise-disclosure': '企业公示信息检查表', 'food-business': '食品经营者日常监督检查表', 'special-equipment': '特种设备使用单位监督检查表',
        'product-quality': '产品质量监督检查表', metrology: '强制检定计量器具检查表', advertising: '广告发布行为检查表', 'price-tagging': '明码标价和价格行为检查表',
      },
    },
    en: {
      name: 'Market regulation: spot-check items and forms',
      forms: {
        'enterprise-disclosure': 'Public enterprise information check', 'food-business': 'Food business routine inspection', 'special-equipment': 'Special equipment user inspection',
        'product-quality': 'Product quality inspection', metrology: 'Mandatory-verification instruments check', advertising: 'Advertising check', 'price-tagging': 'Price tagging and pricing check',
      },
    },
  },
});
