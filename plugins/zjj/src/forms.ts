import { checkpoint as cp, defineForm, type FormField } from '@sxgk/plugin-sdk';

// 住房城乡建设部门检查表：检查人员逐项勾选“是/否/不涉及”，“否”即记为对应的问题类别。
const remarks: FormField = { key: 'remarks', label: '检查情况说明及处理意见', kind: 'textarea', help: '写明发现的问题、依据和整改期限' };

export const contractorQualification = defineForm({
  key: 'contractor-qualification', version: 1, title: '建筑业企业资质动态核查表',
  sections: [
    { title: '企业资质', fields: [
      { key: 'qualification', label: '资质类别及等级', kind: 'text', required: true },
      cp('certificateValid', '资质证书在有效期内，证载信息与实际一致', '资质证书信息不符'),
      cp('safetyLicenceValid', '安全生产许可证在有效期内', '安全生产许可证失效'),
    ] },
    { title: '人员条件', fields: [
      cp('registeredPersonnel', '注册建造师等注册人员数量满足资质标准且注册在本企业', '注册人员不满足资质标准'),
      cp('technicalStaff', '技术负责人、中级以上职称人员和现场管理人员满足资质标准', '技术人员不满足资质标准'),
      cp('socialInsurance', '上述人员在本企业缴纳社会保险', '人员社会保险不在本企业'),
    ] },
    { title: '市场行为', fields: [
      cp('withinQualification', '承揽工程未超越本企业资质等级许可的业务范围', '超越资质承揽工程'),
      cp('noIllegalSubcontract', '无转包、违法分包、出借资质或以他人名义承揽工程', '转包、违法分包或出借资质'),
      remarks,
    ] },
  ],
});

export const siteQualitySafety = defineForm({
  key: 'site-quality-safety', version: 1, title: '在建工程质量安全监督检查表',
  sections: [
    { title: '工程信息', fields: [
      { key: 'projectName', label: '工程名称', kind: 'text', required: true },
      { key: 'permitNo', label: '施工许可证编号', kind: 'text' },
      { key: 'stage', label: '形象进度', kind: 'select', options: ['地基基础', '主体结构', '装饰装修', '竣工验收前'], required: true },
    ] },
    { title: '质量行为', fields: [
      cp('keyStaffOnSite', '项目经理、技术负责人、质量员等关键岗位人员到岗履职', '关键岗位人员不到岗'),
      cp('supervisionOnSite', '总监理工程师及监理人员到岗，按规定旁站和平行检验', '监理履职不到位'),
      cp('materialsTested', '进场建筑材料、构配件和设备按规定见证取样检测', '材料未按规定检验'),
      cp('builtToDrawings', '按审查合格的施工图设计文件和工程建设强制性标准施工', '未按图或强制性标准施工'),
    ] },
    { title: '安全生产', fields: [
      cp('safetyPersonnel', '施工单位主要负责人、项目负责人、专职安全生产管理人员持有效安全生产考核合格证书', '安全管理人员无证'),
      cp('dangerousWorks', '危险性较大的分部分项工程编制专项施工方案，按规定论证并实施', '危大工程管理不到位'),
      cp('siteProtection', '脚手架、临边洞口防护、施工临时用电符合规范', '现场安全防护不到位'),
      cp('liftingEquipment', '起重机械、施工升降机办理使用登记并经检验合格', '起重机械未登记或未检验'),
      cp('previousHazardsFixed', '上次检查发现的隐患已整改闭合（首次检查选“不涉及”）', '隐患未整改到位'),
    ] },
    { title: '检查结论', fields: [
      { key: 'measure', label: '处理措施', kind: 'select', required: true, options: ['未发现问题', '责令限期整改', '责令局部停工整改', '责令停工整改'] },
      remarks,
    ] },
  ],
});

export const constructionPermit = defineForm({
  key: 'construction-permit', version: 1, title: '建筑工程施工许可检查表',
  sections: [
    { title: '检查要点', fields: [
      { key: 'projectName', label: '工程名称', kind: 'text', required: true },
      cp('permitBeforeStart', '工程开工前已依法取得施工许可证', '未取得施工许可证擅自施工'),
      cp('notSplit', '不存在为规避办理施工许可证将工程项目分解的情形', '规避办理施工许可'),
      cp('permitDisplayed', '施工许可证在施工现场公示', '未公示施工许可证'),
      cp('conditionsUnchanged', '领证后施工单位、项目负责人等许可条件未发生未报告的变化', '许可条件变化未报告'),
      cp('startedInTime', '自领取施工许可证之日起三个月内开工，或已申请延期', '逾期开工未申请延期'),
      cp('suspensionReported', '中止施工的已自中止之日起一个月内向发证机关报告（未中止选“不涉及”）', '中止施工未报告'),
      remarks,
    ] },
  ],
});

export const developer = defineForm({
  key: 'developer', version: 1, title: '房地产开发企业检查表',
  sections: [
    { title: '检查要点', fields: [
      { key: 'projectName', label: '开发项目名称', kind: 'text', required: true },
      cp('qualificationMatches', '资质证书有效，开发项目规模与资质等级相符', '超越资质等级开发'),
      cp('presaleLicensed', '商品房预售已取得商品房预售许可证', '未取得预售许可预售商品房'),
      cp('escrowUsed', '预售资金全部存入监管账户，按工程进度拨付', '预售资金未按规定监管'),
      cp('contractsFiled', '商品房买卖合同按规定网签备案', '合同未网签备案'),
      cp('salesDisclosure', '销售现场公示预售许可证、房源、价格等信息', '销售现场信息公示不全'),
      cp('handoverDocs', '交付时提供《住宅质量保证书》和《住宅使用说明书》（未交付选“不涉及”）', '交付未提供“两书”'),
      remarks,
    ] },
  ],
});

export const propertyService = defineForm({
  key: 'property-service', version: 1, title: '物业服务企业检查表',
  sections: [
    { title: '项目信息', fields: [
      { key: 'estateName', label: '物业管理区域（小区）名称', kind: 'text', required: true },
      { key: 'households', label: '户数', kind: 'number' },
    ] },
    { title: '检查要点', fields: [
      cp('contractSigned', '与业主委员会或建设单位订立书面物业服务合同', '未订立物业服务合同'),
      cp('feesDisclosed', '在显著位置公示服务内容、标准及收费项目、标准', '服务及收费未公示'),
      cp('serviceAsContracted', '按合同约定提供保洁、绿化、秩序维护等服务', '服务未达合同约定'),
      cp('fireSafety', '消防车通道畅通，共用消防设施维护保养到位', '消防安全管理不到位'),
      cp('facilitiesMaintained', '共用部位、共用设施设备（含电梯、二次供水）按规定维护', '共用设施设备维护不到位'),
      cp('complaintsHandled', '建立投诉处理制度，业主投诉及时处理答复', '投诉处理不及时'),
      cp('repairFundIntact', '未挪用专项维修资金', '挪用专项维修资金'),
      remarks,
    ] },
  ],
});

export const costConsulting = defineForm({
  key: 'cost-consulting', version: 1, title: '工程造价咨询企业检查表',
  sections: [
    { title: '检查要点', fields: [
      cp('infoReported', '按规定报送执业信息，营业执照及备案信息与实际一致', '执业信息未报送或不一致'),
      cp('deliverablesSigned', '成果文件由注册造价工程师签字并加盖执业印章', '成果文件签章不规范'),
      cp('noDualEngagement', '未同时接受招标人和投标人或两个以上投标人对同一工程项目的造价咨询业务', '同时接受招标投标双方委托'),
      cp('noCertificateLending', '未出借、转让注册证书或执业印章', '出借注册证书或执业印章'),
      cp('writtenContract', '与委托人订立书面工程造价咨询合同', '未订立书面合同'),
      cp('archivesKept', '咨询成果及原始资料档案保存完整', '档案保存不完整'),
      remarks,
    ] },
  ],
});

export const forms = [contractorQualification, siteQualitySafety, constructionPermit, developer, propertyService, costConsulting];
