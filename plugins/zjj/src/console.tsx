import { defineConsole } from '@sxgk/plugin-sdk/console';

// Console part: messages only; the platform renders the forms from their JSON Schema.
export default defineConsole({
  id: 'zjj',
  messages: {
    'zh-CN': {
      name: '住房城乡建设部门随机抽查事项及检查表',
      forms: {
        'contractor-qualification': '建筑业企业资质动态核查表', 'site-quality-safety': '在建工程质量安全监督检查表', 'construction-permit': '建筑工程施工许可检查表',
        developer: '房地产开发企业检查表', 'property-service': '物业服务企业检查表', 'cost-consulting': '工程造价咨询企业检查表',
      },
    },
    en: {
      name: 'Housing and urban-rural development: spot-check items and forms',
      forms: {
        'contractor-qualification': 'Contractor qualification review', 'site-quality-safety': 'Construction site quality and safety inspection', 'construction-permit': 'Construction permit check',
        developer: 'Real-estate developer check', 'property-service': 'Property service company check', 'cost-consulting': 'Cost consulting firm check',
      },
    },
  },
});
