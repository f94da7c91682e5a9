import { checkpoint as cp, defineForm, type FormField } from '@sxgk/plugin-sdk';

// 发展改革部门检查表：检查人员逐项勾选“是/否/不涉及”，“否”即记为对应的问题类别。
const findings: FormField = { key: 'findings', label: '发现的问题及处理意见', kind: 'textarea', help: '写明事实、依据和整改要求' };
const inspectedOn: FormField = { key: 'inspectedOn', label: '检查日期', kind: 'date', required: true };

export const projectSite = defineForm({
  key: 'project-site', version: 1, title: '企业投资项目现场核查表',
  sections: [
    { title: '项目信息', fields: [
      { key: 'projectCode', label: '项目代码', kind: 'text', required: true, help: '在线平台生成的项目代码' },
      { key: 'projectName', label: '项目名称', kind: 'text', required: true },
      { key: 'management', label: '管理方式', kind: 'select', options: ['备案', '核准'], required: true },
      inspectedOn,
    ] },
    { title: '核查要点', fields: [
      cp('infoTrue', '备案（核准）信息与项目实际一致（项目单位、建设地点、建设规模、建设内容、总投资）', '项目信息不实'),
      cp('changeReported', '项目信息发生较大变化的已及时告知备案机关或办理变更', '变更未告知'),
      cp('progressReported', '已通过在线平台如实报送开工建设、建设进度、竣工等基本信息', '未按规定报送建设信息'),
      cp('approvedBeforeStart', '核准项目取得核准文件后开工建设（备案项目选“不涉及”）', '未经核准擅自开工'),
      cp('builtAsApproved', '按照核准的建设地点、建设规模、建设内容进行建设（备案项目选“不涉及”）', '未按核准内容建设'),
      cp('industryPolicy', '项目符合产业政策，不属于禁止投资建设的项目', '违反产业政策'),
    ] },
    { title: '检查结论', fields: [
      { key: 'progress', label: '项目建设状态', kind: 'select', options: ['未开工', '在建', '已竣工', '停缓建'], required: true },
      findings,
      { key: 'contact', label: '项目单位联系人及电话', kind: 'text', confidential: true },
    ] },
  ],
});

export const energyReview = defineForm({
  key: 'energy-review', version: 1, title: '固定资产投资项目节能审查意见落实情况检查表',
  sections: [
    { title: '项目信息', fields: [
      { key: 'projectName', label: '项目名称', kind: 'text', required: true },
      { key: 'opinionNo', label: '节能审查意见文号', kind: 'text' },
      { key: 'annualEnergy', label: '年综合能源消费量（吨标准煤，当量值）', kind: 'number' },
      inspectedOn,
    ] },
    { title: '核查要点', fields: [
      cp('opinionBeforeStart', '开工建设前已取得节能审查意见', '未经节能审查擅自开工'),
      cp('measuresImplemented', '节能审查意见提出的节能措施已落实', '节能措施未落实'),
      cp('noObsoleteEquipment', '未使用国家明令淘汰的用能设备和生产工艺', '使用淘汰用能设备或工艺'),
      cp('efficiencyMet', '主要用能设备能效和单位产品能耗达到节能审查意见要求', '能效指标未达要求'),
      cp('majorChangeReviewed', '建设地点、规模、用能工艺等未发生重大变动，或变动后已重新节能审查', '重大变动未重新审查'),
      cp('acceptanceDone', '投入生产、使用前已按规定进行节能验收（未投产选“不涉及”）', '未进行节能验收'),
      cp('meteringEquipped', '按规定配备和使用经依法检定合格的能源计量器具', '能源计量器具配备不足'),
    ] },
    { title: '检查结论', fields: [findings] },
  ],
});

export const tendering = defineForm({
  key: 'tendering', version: 1, title: '招标投标活动检查表',
  sections: [
    { title: '项目信息', fields: [
      { key: 'projectName', label: '招标项目名称', kind: 'text', required: true },
      { key: 'tenderMode', label: '招标方式', kind: 'select', options: ['公开招标', '邀请招标', '依法可不招标'], required: true },
      { key: 'contractAmount', label: '中标金额（万元）', kind: 'number' },
    ] },
    { title: '检查要点', fields: [
      cp('tenderedWhenRequired', '依法必须招标的项目已招标，无规避招标、化整为零', '应招未招或规避招标'),
      cp('noticePublished', '招标公告在规定媒介发布，自招标文件发出至投标截止不少于二十日', '招标公告或时限不合规'),
      cp('noDiscrimination', '资格条件和评标办法未以不合理条件限制、排斥潜在投标人', '限制排斥潜在投标人'),
      cp('committeeLawful', '评标委员会组建和评标专家抽取符合规定', '评标委员会组建不规范'),
      cp('candidatesPublicized', '中标候选人在收到评标报告之日起3日内公示，公示期不少于3日', '未按规定公示中标候选人'),
      cp('contractConsistent', '中标通知书发出之日起30日内订立书面合同，实质性内容与招标投标文件一致', '合同背离招标投标文件'),
      cp('archivesComplete', '招标投标资料完整并按规定保存', '档案资料不完整'),
    ] },
    { title: '检查结论', fields: [findings] },
  ],
});

export const consultingFirm = defineForm({
  key: 'consulting-firm', version: 1, title: '工程咨询单位备案信息及执业行为核查表',
  sections: [
    { title: '单位信息', fields: [
      { key: 'firmName', label: '单位名称', kind: 'text', required: true },
      { key: 'creditRating', label: '资信评价等级', kind: 'select', options: ['甲级', '乙级', '未参加资信评价'], required: true },
    ] },
    { title: '核查要点', fields: [
      cp('filingConsistent', '备案的单位基本情况与实际一致', '备案信息不一致'),
      cp('scopeConsistent', '承接业务在备案的咨询专业和服务范围内', '超出备案范围执业'),
      cp('staffConsistent', '备案的咨询工程师（投资）等专业技术人员在职且与备案一致', '专业技术人员与备案不符'),
      cp('annualReported', '按规定报送上一年度工程咨询业务情况', '未报送年度业务情况'),
      cp('ratingUsedProperly', '资信评价等级使用规范，无冒用、伪造、涂改', '资信等级使用不规范'),
      cp('deliverablesSigned', '咨询成果文件由咨询工程师（投资）签章，质量管理制度健全', '咨询成果质量管理不到位'),
      cp('costConsultingLawful', '从事工程造价咨询的，未同时接受招标人和投标人对同一项目的委托（联合检查填写）', '造价咨询执业违规'),
    ] },
    { title: '检查结论', fields: [findings] },
  ],
});

export const forms = [projectSite, energyReview, tendering, consultingFirm];
