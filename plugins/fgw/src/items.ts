import type { PluginItem } from '@sxgk/plugin-sdk';

// 发展改革部门随机抽查事项清单（参照殷都区发展和改革委员会“双随机、一公开”抽查事项清单整理）。
const BODY = '县级以上发展改革部门';

export const items: PluginItem[] = [
  {
    key: 'project-filing', formKey: 'project-site', seq: '1',
    category: '企业投资项目监管', name: '企业投资项目备案信息真实性及建设情况检查',
    entityKind: '已备案企业投资项目的项目单位', itemType: 'general', methods: ['书面检查', '实地检查'],
    inspectingBody: `${BODY}（项目备案机关）`,
    legalBasis: '《企业投资项目核准和备案管理条例》第十三条、第十四条、第十六条、第十七条、第十九条；《企业投资项目事中事后监管办法》',
    ratio: '抽查比例不低于3%', frequency: '每年1次', requiredField: '投资项目',
    content: '备案的项目单位、项目名称、建设地点、建设规模、建设内容、总投资是否真实；备案信息发生较大变化是否及时告知备案机关；是否通过在线平台如实报送开工建设、建设进度、竣工等基本信息；是否属于产业政策禁止投资建设的项目。',
  },
  {
    key: 'project-approval', formKey: 'project-site', seq: '2',
    category: '企业投资项目监管', name: '企业投资项目核准事项事中事后监管检查',
    entityKind: '经核准的企业投资项目的项目单位', itemType: 'key', methods: ['实地检查', '书面检查'],
    inspectingBody: `${BODY}（项目核准机关）`,
    legalBasis: '《企业投资项目核准和备案管理条例》第十一条、第十六条、第十七条、第十八条',
    ratio: '抽查比例不低于5%', frequency: '每年1次', requiredField: '投资项目',
    content: '是否取得核准文件后开工建设；是否按照核准的建设地点、建设规模、建设内容等进行建设；核准文件有效期内未开工的是否依法申请延期；项目建设信息报送情况。',
  },
  {
    key: 'energy-review', formKey: 'energy-review', seq: '3',
    category: '节能审查监管', name: '固定资产投资项目节能审查意见落实情况检查',
    entityKind: '取得节能审查意见的固定资产投资项目建设单位', itemType: 'key', methods: ['实地检查', '书面检查', '委托专业机构辅助'],
    inspectingBody: '县级以上管理节能工作的部门',
    legalBasis: '《中华人民共和国节约能源法》第十五条、第二十七条、第六十八条；《固定资产投资项目节能审查办法》（国家发展改革委令2023年第2号）',
    ratio: '抽查比例不低于5%', frequency: '每年1次', requiredField: '节能审查',
    content: '是否未经节能审查或审查未通过擅自开工建设、投入生产使用；节能审查意见提出的节能措施、能效水平和能源消费量控制要求是否落实；建设地点、规模、用能工艺发生重大变动是否重新审查；能源计量器具配备情况。',
  },
  {
    key: 'tendering', formKey: 'tendering', seq: '4',
    category: '招标投标监管', name: '依法必须招标项目招标投标活动检查',
    entityKind: '依法必须进行招标项目的招标人、招标代理机构', itemType: 'key', methods: ['书面检查', '网络监测'],
    inspectingBody: `${BODY}会同有关行政监督部门`,
    legalBasis: '《中华人民共和国招标投标法》第三条、第七条、第二十四条、第四十六条；《中华人民共和国招标投标法实施条例》第四条、第三十二条、第五十四条；《必须招标的工程项目规定》第二条至第五条',
    ratio: '抽查比例不低于3%', frequency: '每年1次', requiredField: '招标投标',
    content: '依法必须招标的项目是否招标，有无规避招标、化整为零；招标公告发布和投标时限；是否以不合理条件限制、排斥潜在投标人；评标委员会组建；中标候选人公示；书面合同是否与招标投标文件实质性内容一致。',
  },
  {
    key: 'consulting-filing', formKey: 'consulting-firm', seq: '5',
    category: '工程咨询行业监管', name: '工程咨询单位备案信息一致性检查',
    entityKind: '在全国投资项目在线审批监管平台备案的工程咨询单位', itemType: 'general', methods: ['书面检查', '网络监测'],
    inspectingBody: '省级及以下发展改革部门',
    legalBasis: '《工程咨询行业管理办法》（国家发展改革委令第9号）第八条、第九条、第十条',
    ratio: '抽查比例不低于3%', frequency: '每年1次', requiredField: '工程咨询',
    content: '备案的单位基本情况、咨询专业和服务范围、咨询工程师（投资）等专业技术人员是否与实际一致；是否按规定报送年度业务情况；资信评价等级使用是否规范。',
  },
  {
    key: 'cost-consulting-joint', formKey: 'consulting-firm', seq: '6',
    category: '工程咨询行业监管（部门联合）', name: '工程造价咨询企业执业行为联合检查',
    entityKind: '工程造价咨询企业', itemType: 'general', methods: ['书面检查', '实地检查'],
    inspectingBody: `${BODY}、住房和城乡建设部门`,
    legalBasis: '《工程咨询行业管理办法》第八条；《工程造价咨询企业管理办法》第二十三条、第二十五条',
    ratio: '抽查比例不低于3%', frequency: '每年1次', requiredField: '工程咨询',
    isJoint: true, jointField: '工程造价咨询', initiatingDepartment: '发展和改革委员会', cooperatingDepartments: ['住房和城乡建设局'],
    content: '工程咨询备案信息与造价咨询执业信息是否一致；成果文件签章；是否同时接受招标人和投标人对同一项目的造价咨询业务。',
  },
  {
    key: 'government-pricing', seq: '7',
    category: '价格监管', name: '政府定价、政府指导价经营服务性收费执行情况检查',
    entityKind: '实行政府定价、政府指导价的经营服务性收费单位', itemType: 'general', methods: ['书面检查', '实地检查'],
    inspectingBody: '县级以上价格主管部门（发展改革部门）；价格违法行为移交市场监管部门查处',
    legalBasis: '《中华人民共和国价格法》第十二条、第十八条、第十九条、第三十九条',
    ratio: '抽查比例不低于3%', frequency: '每年1次',
    content: '是否执行依法制定的政府定价、政府指导价；收费项目、标准是否公示；有无超标准、扩大范围收费。',
  },
];
