// A few published items per demo department, from the departments' real lists; plugins bring more.
export const DEMO_ITEMS: Record<string, { category: string; name: string; entityKind: string; itemType: 'general' | 'key'; methods: string[]; inspectingBody: string; legalBasis: string; requiredField?: string }[]> = {
  scjg: [
    { category: '企业信息公示检查', name: '企业公示信息的真实性检查', entityKind: '企业', itemType: 'general', methods: ['书面检查', '实地检查', '网络监测'], inspectingBody: '县级以上市场监管部门', legalBasis: '《企业信息公示暂行条例》第十一条、第十二条' },
    { category: '食品安全检查', name: '食品经营者经营行为检查', entityKind: '企业、个体工商户', itemType: 'key', methods: ['实地检查', '检验检测'], inspectingBody: '县级以上市场监管部门', legalBasis: '《中华人民共和国食品安全法》第八十七条、第一百一十条', requiredField: '食品安全' },
    { category: '特种设备安全检查', name: '特种设备使用单位检查', entityKind: '企业', itemType: 'key', methods: ['实地检查', '书面检查'], inspectingBody: '县级以上市场监管部门', legalBasis: '《中华人民共和国特种设备安全法》第五十七条', requiredField: '特种设备' },
  ],
  zjj: [
    { category: '建筑市场检查', name: '建筑业企业资质动态核查', entityKind: '企业', itemType: 'general', methods: ['书面检查', '实地检查'], inspectingBody: '县级以上住房和城乡建设主管部门', legalBasis: '《建筑业企业资质管理规定》第二十四条' },
    { category: '工程质量安全检查', name: '在建工程施工现场质量安全检查', entityKind: '企业', itemType: 'key', methods: ['实地检查'], inspectingBody: '县级以上住房和城乡建设主管部门', legalBasis: '《建设工程质量管理条例》第四十七条；《建设工程安全生产管理条例》第四十三条', requiredField: '工程质量安全' },
  ],
  fgw: [
    { category: '企业投资项目监管', name: '企业投资项目备案信息核查', entityKind: '企业', itemType: 'general', methods: ['书面检查', '实地检查'], inspectingBody: '县级以上发展改革部门', legalBasis: '《企业投资项目核准和备案管理条例》第十六条' },
    { category: '招标投标监管', name: '招标投标活动检查', entityKind: '企业', itemType: 'general', methods: ['书面检查'], inspectingBody: '县级以上发展改革部门', legalBasis: '《中华人民共和国招标投标法》第七条' },
  ],
  zrzy: [
    { category: '土地利用监管', name: '国有建设用地使用权出让合同履约情况检查', entityKind: '企业', itemType: 'general', methods: ['实地检查', '书面检查'], inspectingBody: '县级以上自然资源主管部门', legalBasis: '《中华人民共和国城市房地产管理法》第十七条；《闲置土地处置办法》第二十九条' },
    { category: '测绘地理信息监管', name: '测绘资质单位监督检查', entityKind: '企业', itemType: 'general', methods: ['书面检查', '实地检查'], inspectingBody: '县级以上自然资源主管部门', legalBasis: '《中华人民共和国测绘法》第二十七条；《测绘资质管理办法》第二十五条', requiredField: '测绘' },
  ],
};
