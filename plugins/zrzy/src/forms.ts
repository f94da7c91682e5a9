import { checkpoint as cp, defineForm, type FormField } from '@sxgk/plugin-sdk';

// 自然资源和规划部门检查表：检查人员逐项勾选“是/否/不涉及”，“否”即记为对应的问题类别。
const remarks: FormField = { key: 'remarks', label: '检查情况说明及处理意见', kind: 'textarea', help: '写明发现的问题、依据和处理措施' };

export const landSupply = defineForm({
  key: 'land-supply', version: 1, title: '国有建设用地供后监管检查表',
  sections: [
    { title: '宗地信息', fields: [
      { key: 'contractNo', label: '出让合同或划拨决定书编号', kind: 'text', required: true },
      { key: 'parcelNo', label: '宗地编号', kind: 'text' },
      { key: 'agreedUse', label: '约定（批准）用途', kind: 'select', options: ['工业用地', '商服用地', '住宅用地', '公共管理与公共服务用地', '其他'], required: true },
    ] },
    { title: '履约情况', fields: [
      cp('paidInFull', '按合同约定足额缴纳土地出让价款（划拨用地选“不涉及”）', '欠缴土地出让价款'),
      cp('startedOnTime', '按合同约定日期动工开发', '未按约定动工'),
      { key: 'idleStatus', label: '土地闲置情况', kind: 'select', options: ['未闲置', '闲置满一年不满两年', '闲置满两年'], required: true, problemWhen: ['闲置满一年不满两年', '闲置满两年'], problemCategory: '土地闲置' },
      cp('completedOnTime', '按合同约定日期竣工（未到竣工期选“不涉及”）', '未按约定竣工'),
      cp('useAsApproved', '按合同约定或批准的用途使用土地', '擅自改变土地用途'),
      cp('indicatorsMet', '容积率、建筑密度、绿地率等指标符合合同约定', '规划指标不符合约定'),
      { key: 'investmentIntensity', label: '投资强度（万元/公顷，工业用地填写）', kind: 'number' },
    ] },
    { title: '检查结论', fields: [remarks] },
  ],
});

export const surveying = defineForm({
  key: 'surveying', version: 1, title: '测绘资质单位及测绘成果检查表',
  sections: [
    { title: '资质', fields: [
      { key: 'qualificationGrade', label: '测绘资质等级', kind: 'select', options: ['甲级', '乙级'], required: true },
      cp('certificateValid', '测绘资质证书有效，单位名称、法定代表人等与实际一致', '资质证书信息不符'),
      cp('withinScope', '承接的测绘项目未超越资质等级许可的范围', '超越资质范围从事测绘活动'),
      cp('noNameLending', '未以其他单位名义从事测绘活动，未允许其他单位以本单位名义从事测绘活动', '出借或借用测绘资质'),
      cp('staffQualified', '注册测绘师和专业技术人员满足资质条件', '专业技术人员不满足资质条件'),
    ] },
    { title: '成果质量与保密', fields: [
      cp('qualityControl', '执行测绘成果“两级检查、一级验收”质量管理制度', '测绘成果质量管理不到位'),
      cp('resultsSubmitted', '按规定汇交测绘成果资料（无应汇交成果选“不涉及”）', '未按规定汇交测绘成果'),
      cp('secretsManaged', '涉密测绘成果按规定保管、使用、销毁，建立保密制度和台账（未使用选“不涉及”）', '涉密测绘成果管理违规'),
      { key: 'secretLedgerNo', label: '涉密测绘成果台账编号', kind: 'text', confidential: true },
      remarks,
    ] },
  ],
});

export const miningDisclosure = defineForm({
  key: 'mining-disclosure', version: 1, title: '矿业权人勘查开采信息公示核查表',
  sections: [
    { title: '矿业权信息', fields: [
      { key: 'rightType', label: '矿业权类型', kind: 'select', options: ['探矿权', '采矿权'], required: true },
      { key: 'licenceNo', label: '勘查许可证或采矿许可证证号', kind: 'text', required: true },
    ] },
    { title: '核查要点', fields: [
      cp('annualDisclosed', '按时通过公示系统填报并公示上一年度勘查开采信息', '未按时公示勘查开采信息'),
      cp('disclosureTrue', '公示的勘查投入或开采矿种、开采方式、生产规模、资源储量动用等信息真实', '公示信息不实'),
      cp('withinBoundary', '在批准的勘查区块或矿区范围内勘查开采，未越界', '越界勘查开采'),
      cp('restorationDone', '按方案履行矿山地质环境治理恢复与土地复垦义务', '未履行治理恢复义务'),
      cp('feesPaid', '按规定缴纳矿业权出让收益', '未缴纳矿业权出让收益'),
      remarks,
    ] },
  ],
});

export const planningVerification = defineForm({
  key: 'planning-verification', version: 1, title: '建设工程规划条件核实表',
  sections: [
    { title: '许可信息', fields: [
      { key: 'permitNo', label: '建设工程规划许可证号', kind: 'text', required: true },
      { key: 'measuredArea', label: '实测总建筑面积（平方米）', kind: 'number', required: true },
    ] },
    { title: '核实要点', fields: [
      cp('locationMatches', '建设位置、退让距离与规划许可一致', '建设位置与规划许可不符'),
      cp('scaleMatches', '建筑面积、层数、高度与规划许可一致', '建设规模与规划许可不符'),
      cp('indicatorsMatch', '容积率、建筑密度、绿地率符合规划条件', '违反规划条件'),
      cp('facadeMatches', '建筑立面、色彩与审定方案一致', '立面与审定方案不一致'),
      cp('facilitiesBuilt', '配套公共服务设施按规划同步建成', '配套设施未同步建设'),
    ] },
    { title: '核实结论', fields: [
      { key: 'conclusion', label: '核实结论', kind: 'select', options: ['符合规划条件', '不符合规划条件'], required: true, problemWhen: '不符合规划条件', problemCategory: '规划条件核实不合格' },
      remarks,
    ] },
  ],
});

export const forms = [landSupply, surveying, miningDisclosure, planningVerification];
