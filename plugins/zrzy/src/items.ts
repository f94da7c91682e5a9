import type { PluginItem } from '@sxgk/plugin-sdk';

// 自然资源和规划部门随机抽查事项清单（参照许昌市自然资源和规划局“双随机、一公开”抽查工作计划整理）。
// entityTags 对应部门检查对象名录中的标签，requiredField 对应执法人员的执法领域：抽取时据此精准匹配。
const BODY = '县级以上自然资源主管部门';

export const items: PluginItem[] = [
  {
    key: 'land-grant-contract', formKey: 'land-supply', seq: '1',
    category: '土地利用监管', name: '国有建设用地使用权出让合同履约情况检查',
    entityKind: '国有建设用地使用权受让人', itemType: 'general', methods: ['实地检查', '书面检查'], inspectingBody: BODY,
    legalBasis: '《中华人民共和国城市房地产管理法》第十六条、第十七条、第二十六条；《闲置土地处置办法》第二条、第十四条',
    ratio: '抽查比例不低于5%', frequency: '每年1次', requiredField: '土地利用', entityTags: ['土地受让人'],
    content: '出让价款缴纳、按约定动工和竣工、土地闲置情况、容积率等规划指标、投资强度。',
  },
  {
    key: 'land-use-purpose', formKey: 'land-supply', seq: '2',
    category: '土地利用监管', name: '建设用地按批准用途使用情况检查',
    entityKind: '建设用地使用权人', itemType: 'general', methods: ['实地检查', '网络监测'], inspectingBody: BODY,
    legalBasis: '《中华人民共和国土地管理法》第五十六条；《中华人民共和国城市房地产管理法》第十八条',
    ratio: '抽查比例不低于5%', frequency: '每年1次', requiredField: '土地利用', entityTags: ['土地受让人', '划拨用地单位'],
    content: '是否按出让合同约定或划拨批准文件规定的用途使用土地；改变用途是否经批准并办理相关手续。',
  },
  {
    key: 'surveying-qualification', formKey: 'surveying', seq: '3',
    category: '测绘地理信息监管', name: '测绘资质单位监督检查',
    entityKind: '取得测绘资质证书的单位', itemType: 'general', methods: ['书面检查', '实地检查'], inspectingBody: BODY,
    legalBasis: '《中华人民共和国测绘法》第二十七条、第二十九条；《测绘资质管理办法》第二十五条',
    ratio: '抽查比例不低于5%', frequency: '每年1次', requiredField: '测绘', entityTags: ['测绘资质单位'],
    content: '资质条件保持情况、是否超越资质范围、出借或借用资质、专业技术人员、质量管理制度。',
  },
  {
    key: 'surveying-results', formKey: 'surveying', seq: '4',
    category: '测绘地理信息监管', name: '测绘成果质量和涉密测绘成果管理检查',
    entityKind: '测绘单位、涉密测绘成果使用单位', itemType: 'key', methods: ['书面检查', '检验检测', '委托专业机构辅助'], inspectingBody: BODY,
    legalBasis: '《中华人民共和国测绘法》第三十三条、第三十四条、第三十九条；《中华人民共和国测绘成果管理条例》第五条',
    ratio: '抽查比例不低于5%', frequency: '每年1次', requiredField: '测绘', entityTags: ['测绘资质单位', '涉密测绘成果使用单位'],
    content: '测绘成果质量（两级检查一级验收）、测绘成果汇交、涉密测绘成果的保管、使用和销毁。',
  },
  {
    key: 'mining-disclosure', formKey: 'mining-disclosure', seq: '5',
    category: '矿产资源监管', name: '矿业权人勘查开采信息公示抽查',
    entityKind: '探矿权人、采矿权人', itemType: 'general', methods: ['书面检查', '实地检查', '网络监测'], inspectingBody: BODY,
    legalBasis: '《矿业权人勘查开采信息公示办法（试行）》第七条、第十条、第十三条；《中华人民共和国矿产资源法》第三条',
    ratio: '抽查比例不低于5%', frequency: '每年1次', requiredField: '矿产资源', entityTags: ['采矿权人', '探矿权人'],
    content: '年度勘查开采信息是否按时公示、是否真实；是否越界勘查开采；矿山地质环境治理恢复和土地复垦义务；矿业权出让收益缴纳。',
  },
  {
    key: 'planning-verification', formKey: 'planning-verification', seq: '6',
    category: '城乡规划监管', name: '建设工程规划条件核实',
    entityKind: '取得建设工程规划许可证的建设单位', itemType: 'key', methods: ['实地检查', '委托专业机构辅助'], inspectingBody: '城市、县人民政府城乡规划主管部门',
    legalBasis: '《中华人民共和国城乡规划法》第四十条、第四十五条、第六十四条',
    ratio: '抽查比例不低于10%', frequency: '每年1次', requiredField: '规划', entityTags: ['建设单位'],
    content: '建设工程是否符合规划条件和建设工程规划许可：位置、面积、层数、高度、容积率、立面、配套设施；未经核实或核实不符合的，建设单位不得组织竣工验收。',
  },
];
