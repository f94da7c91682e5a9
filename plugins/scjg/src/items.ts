import type { PluginItem } from '@sxgk/plugin-sdk';

// 市场监管部门随机抽查事项清单（参照濮阳县市场监督管理局部门联合“双随机、一公开”抽查工作计划整理）。
const BODY = '县级以上市场监督管理部门';

export const items: PluginItem[] = [
  {
    key: 'enterprise-disclosure', formKey: 'enterprise-disclosure', seq: '1',
    category: '企业信息公示检查', name: '企业公示信息情况检查',
    entityKind: '企业（含农民专业合作社）', itemType: 'general', methods: ['书面检查', '实地检查', '网络监测'], inspectingBody: BODY,
    legalBasis: '《企业信息公示暂行条例》第八条、第九条、第十条、第十四条、第十七条',
    ratio: '抽查比例不低于3%', frequency: '每年1次',
    content: '年度报告公示信息、即时公示信息是否真实、及时；通过登记的住所或经营场所能否联系；检查结果记于企业名下并通过国家企业信用信息公示系统公示。',
  },
  {
    key: 'food-business', formKey: 'food-business', seq: '2',
    category: '食品安全检查', name: '食品经营者（含餐饮服务）经营行为检查',
    entityKind: '食品销售者、餐饮服务提供者', itemType: 'key', methods: ['实地检查', '检验检测'], inspectingBody: BODY,
    legalBasis: '《中华人民共和国食品安全法》第三十三条、第三十五条、第四十五条、第五十三条、第五十四条、第一百零九条、第一百一十条',
    ratio: '按食品安全风险等级确定，风险等级高的抽查比例不低于20%', frequency: '每年不少于1次', requiredField: '食品安全',
    content: '许可资质、从业人员健康管理、进货查验记录、食品贮存与过期食品清理、标签标识、餐饮具清洗消毒、食品添加剂使用；必要时抽样检验。',
  },
  {
    key: 'special-equipment', formKey: 'special-equipment', seq: '3',
    category: '特种设备安全检查', name: '特种设备使用单位安全管理检查',
    entityKind: '锅炉、压力容器、电梯、起重机械、场（厂）内专用机动车辆等特种设备使用单位', itemType: 'key', methods: ['实地检查', '书面检查'],
    inspectingBody: '县级以上负责特种设备安全监督管理的部门',
    legalBasis: '《中华人民共和国特种设备安全法》第十四条、第三十二条、第三十三条、第三十五条、第三十九条、第四十条、第四十五条、第五十七条',
    ratio: '抽查比例不低于5%', frequency: '每年1次', requiredField: '特种设备',
    content: '使用登记、安全技术档案、维护保养和定期自行检查、定期检验、作业人员持证、应急预案及演练。',
  },
  {
    key: 'product-quality', formKey: 'product-quality', seq: '4',
    category: '产品质量检查', name: '产品质量监督抽查',
    entityKind: '产品生产者、销售者', itemType: 'general', methods: ['检验检测', '实地检查'], inspectingBody: BODY,
    legalBasis: '《中华人民共和国产品质量法》第十五条、第二十六条、第二十七条、第二十九条、第三十三条',
    ratio: '按年度产品质量监督抽查计划确定', frequency: '每年1次', requiredField: '产品质量',
    content: '产品质量检验合格证明、产品标识、质量标志使用、国家明令淘汰产品、销售者进货检查验收；抽取样品检验。',
  },
  {
    key: 'metrology', formKey: 'metrology', seq: '5',
    category: '计量监督检查', name: '强制检定计量器具使用情况检查',
    entityKind: '使用强制检定工作计量器具的单位（集贸市场、加油站、医疗机构等）', itemType: 'general', methods: ['实地检查', '检验检测'], inspectingBody: BODY,
    legalBasis: '《中华人民共和国计量法》第九条、第二十六条；《中华人民共和国计量法实施细则》第十一条',
    ratio: '抽查比例不低于5%', frequency: '每年1次', requiredField: '计量',
    content: '强制检定计量器具登记备案和周期检定、检定标志和封印、计量作弊、定量包装商品净含量。',
  },
  {
    key: 'advertising', formKey: 'advertising', seq: '6',
    category: '广告监督检查', name: '广告发布行为检查',
    entityKind: '广告主、广告经营者、广告发布者', itemType: 'general', methods: ['网络监测', '书面检查'], inspectingBody: BODY,
    legalBasis: '《中华人民共和国广告法》第九条、第二十八条、第三十四条、第三十八条、第四十六条、第四十九条',
    ratio: '抽查比例不低于3%', frequency: '每年1次', requiredField: '广告',
    content: '广告内容的真实性与禁止性规定、须经审查广告的审查、广告可识别性、承接登记审核档案制度、广告代言。',
  },
  {
    key: 'price-tagging', formKey: 'price-tagging', seq: '7',
    category: '价格监督检查', name: '明码标价和价格行为检查',
    entityKind: '商品经营者、服务提供者', itemType: 'general', methods: ['实地检查', '网络监测'], inspectingBody: BODY,
    legalBasis: '《中华人民共和国价格法》第十二条、第十三条、第十四条；《明码标价和禁止价格欺诈规定》第三条、第四条、第十九条',
    ratio: '抽查比例不低于3%', frequency: '每年1次', requiredField: '价格',
    content: '明码标价、标价外加价、价格欺诈、促销价格比较和优惠规则、政府定价和政府指导价执行。',
  },
];
