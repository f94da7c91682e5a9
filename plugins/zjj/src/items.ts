import type { PluginItem } from '@sxgk/plugin-sdk';

// 住房城乡建设部门随机抽查事项清单（参照龙亭区住房和城乡建设局“双随机、一公开”抽查工作计划整理：
// 抽查比例不低于10%，每年至少1次，抽查结果100%向社会公示）。
const BODY = '县级以上住房和城乡建设主管部门';
const PLAN = { ratio: '抽查比例不低于10%', frequency: '每年至少1次' };
const PUBLISH = '抽查结果自作出之日起20个工作日内通过国家企业信用信息公示系统100%公示。';

export const items: PluginItem[] = [
  {
    key: 'contractor-qualification', formKey: 'contractor-qualification', seq: '1', ...PLAN,
    category: '建筑市场监管', name: '建筑业企业资质动态核查',
    entityKind: '建筑业企业', itemType: 'general', methods: ['书面检查', '实地检查'], inspectingBody: BODY,
    legalBasis: '《建筑业企业资质管理规定》第二十四条、第二十六条；《中华人民共和国建筑法》第十三条',
    requiredField: '建筑市场',
    content: `取得资质后是否持续满足资质标准（注册人员、技术负责人、技术工人），有无超越资质承揽工程、转包、违法分包、出借资质。${PUBLISH}`,
  },
  {
    key: 'site-quality-safety', formKey: 'site-quality-safety', seq: '2', ...PLAN,
    category: '工程质量安全监管', name: '在建房屋建筑和市政基础设施工程质量安全检查',
    entityKind: '建设、施工、监理单位（在建工程项目）', itemType: 'key', methods: ['实地检查', '检验检测'],
    inspectingBody: `${BODY}（工程质量安全监督机构）`,
    legalBasis: '《建设工程质量管理条例》第四十四条、第四十七条；《建设工程安全生产管理条例》第四十条、第四十三条；《危险性较大的分部分项工程安全管理规定》第二十五条',
    requiredField: '工程质量安全',
    content: `参建各方质量安全行为、关键岗位人员到岗履职、建筑材料见证取样、按图施工、危险性较大的分部分项工程管理、现场安全防护、起重机械。${PUBLISH}`,
  },
  {
    key: 'construction-permit', formKey: 'construction-permit', seq: '3', ...PLAN,
    category: '建筑市场监管', name: '建筑工程施工许可情况检查',
    entityKind: '建设单位', itemType: 'general', methods: ['实地检查', '书面检查'], inspectingBody: `${BODY}（施工许可发证机关）`,
    legalBasis: '《中华人民共和国建筑法》第七条、第九条、第十条；《建筑工程施工许可管理办法》第三条、第十条、第十二条',
    requiredField: '建筑市场',
    content: `是否取得施工许可证后开工，有无为规避施工许可将工程分解；领证后三个月内开工或延期；中止施工报告；许可条件变化。${PUBLISH}`,
  },
  {
    key: 'developer', formKey: 'developer', seq: '4', ...PLAN,
    category: '房地产市场监管', name: '房地产开发企业资质及开发经营行为检查',
    entityKind: '房地产开发企业', itemType: 'general', methods: ['书面检查', '实地检查'], inspectingBody: `${BODY}（房地产开发主管部门）`,
    legalBasis: '《城市房地产开发经营管理条例》第九条、第二十二条；《房地产开发企业资质管理规定》第十八条；《中华人民共和国城市房地产管理法》第四十五条',
    requiredField: '房地产',
    content: `资质与开发规模相符、商品房预售许可、预售资金监管、合同网签备案、销售现场信息公示、交付“两书”。${PUBLISH}`,
  },
  {
    key: 'property-service', formKey: 'property-service', seq: '5', ...PLAN,
    category: '物业管理监管', name: '物业服务企业服务行为检查',
    entityKind: '物业服务企业', itemType: 'general', methods: ['实地检查', '书面检查'], inspectingBody: `${BODY}（物业管理主管部门）`,
    legalBasis: '《物业管理条例》第五条、第三十五条、第四十条、第四十一条、第五十四条',
    requiredField: '物业管理',
    content: `物业服务合同、服务内容和收费公示、按合同提供服务、消防安全管理、共用设施设备维护、投诉处理、专项维修资金。${PUBLISH}`,
  },
  {
    key: 'cost-consulting', formKey: 'cost-consulting', seq: '6', ...PLAN,
    category: '建筑市场监管（部门联合）', name: '工程造价咨询企业执业行为检查',
    entityKind: '工程造价咨询企业', itemType: 'general', methods: ['书面检查', '实地检查'], inspectingBody: `${BODY}、发展改革部门`,
    legalBasis: '《工程造价咨询企业管理办法》第二十条、第二十三条、第二十五条；《注册造价工程师管理办法》第二十条',
    requiredField: '建筑市场',
    isJoint: true, jointField: '工程造价咨询', initiatingDepartment: '住房和城乡建设局', cooperatingDepartments: ['发展和改革委员会'],
    content: `执业信息报送、成果文件签章、同时接受招标人和投标人委托、出借注册证书、书面合同、档案保存。${PUBLISH}`,
  },
];
