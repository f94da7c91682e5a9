import { checkpoint as cp, defineForm, type FormField } from '@sxgk/plugin-sdk';

// 市场监管部门检查表：检查人员逐项勾选“是/否/不涉及”，“否”即记为对应的问题类别。
const remarks: FormField = { key: 'remarks', label: '检查情况说明', kind: 'textarea', help: '发现问题时写明事实、证据和处理措施' };
const onSite: FormField = { key: 'onSitePerson', label: '现场负责人姓名及联系电话', kind: 'text', confidential: true };

export const enterpriseDisclosure = defineForm({
  key: 'enterprise-disclosure', version: 1, title: '企业公示信息检查表',
  sections: [
    { title: '年度报告', fields: [
      cp('annualReportFiled', '已于每年1月1日至6月30日报送并公示上一年度年度报告', '未按规定公示年度报告'),
      cp('addressReachable', '通过登记的住所或者经营场所能够联系', '通过登记的住所或者经营场所无法联系'),
      cp('contactTrue', '公示的通信地址、联系电话、电子邮箱等信息真实', '公示信息隐瞒真实情况、弄虚作假'),
      cp('statusTrue', '公示的存续状态、从业人数、网站网店等信息真实', '公示信息隐瞒真实情况、弄虚作假'),
      cp('capitalTrue', '公示的股东认缴和实缴出资额、出资时间、出资方式真实', '公示信息隐瞒真实情况、弄虚作假'),
    ] },
    { title: '即时信息', fields: [
      cp('instantDisclosed', '股权变更、行政许可、知识产权出质、行政处罚等信息在形成之日起20个工作日内公示', '未按规定公示即时信息'),
    ] },
    { title: '检查结论', fields: [
      { key: 'result', label: '检查结果', kind: 'select', required: true, options: ['未发现问题', '未按规定公示应当公示的信息', '公示信息隐瞒真实情况、弄虚作假', '通过登记的住所或者经营场所无法联系', '不配合检查情节严重'] },
      remarks,
    ] },
  ],
});

export const foodBusiness = defineForm({
  key: 'food-business', version: 1, title: '食品经营者日常监督检查表',
  sections: [
    { title: '经营资质', fields: [
      cp('licenceValid', '食品经营许可证（或备案）合法有效，经营项目与许可一致', '无证或超范围经营'),
      cp('licenceDisplayed', '在经营场所显著位置悬挂或者摆放许可证', '未公示许可证'),
    ] },
    { title: '人员管理', fields: [
      cp('healthCertificates', '从事接触直接入口食品工作的从业人员持有有效健康证明', '从业人员无健康证明'),
      cp('safetyManager', '配备经培训考核的食品安全管理人员', '未配备食品安全管理人员'),
    ] },
    { title: '过程控制', fields: [
      cp('purchaseInspection', '落实进货查验记录制度，查验供货者许可证和食品合格证明', '进货查验记录不全'),
      cp('storage', '按要求贮存食品，定期检查并及时清理变质或者超过保质期的食品', '贮存不当或经营过期食品'),
      cp('labelling', '预包装食品标签标识符合规定', '标签标识不合格'),
      cp('tablewareDisinfected', '餐具、饮具和盛放直接入口食品的容器使用前洗净、消毒（非餐饮选“不涉及”）', '餐饮具清洗消毒不到位'),
      cp('additives', '食品添加剂专柜存放、专人管理，未超范围、超限量使用', '违规使用食品添加剂'),
    ] },
    { title: '抽样与结论', fields: [
      { key: 'sampling', label: '抽样情况', kind: 'select', options: ['未抽样', '已抽样送检'], required: true },
      { key: 'sampleNo', label: '抽样单编号', kind: 'text' },
      { key: 'result', label: '检查结果', kind: 'select', options: ['符合', '基本符合', '不符合'], required: true, problemWhen: '不符合', problemCategory: '食品经营检查结果不符合' },
      remarks, onSite,
    ] },
  ],
});

export const specialEquipment = defineForm({
  key: 'special-equipment', version: 1, title: '特种设备使用单位监督检查表',
  sections: [
    { title: '设备概况', fields: [
      { key: 'equipmentTypes', label: '在用特种设备种类', kind: 'multiselect', required: true, options: ['锅炉', '压力容器', '压力管道', '电梯', '起重机械', '客运索道', '大型游乐设施', '场（厂）内专用机动车辆'] },
      { key: 'unitsInUse', label: '在用特种设备台（套）数', kind: 'number', required: true },
    ] },
    { title: '检查要点', fields: [
      cp('registered', '特种设备已办理使用登记，登记标志置于显著位置', '未办理使用登记'),
      cp('periodicInspection', '在检验合格有效期内使用，有效期届满前1个月已申报定期检验', '超期未检'),
      cp('technicalFiles', '建立特种设备安全技术档案', '安全技术档案不全'),
      cp('selfInspection', '进行经常性维护保养和定期自行检查并作记录', '未落实维护保养和自行检查'),
      cp('operatorsCertified', '安全管理人员、作业人员取得相应资格', '作业人员无证上岗'),
      cp('emergencyPlan', '制定特种设备事故应急专项预案并定期演练', '未制定应急预案或未演练'),
      cp('elevatorMaintenance', '电梯由依法取得许可的单位维护保养，至少每15日清洁、润滑、调整和检查一次（无电梯选“不涉及”）', '电梯维护保养不符合规定'),
    ] },
    { title: '检查结论', fields: [remarks, onSite] },
  ],
});

export const productQuality = defineForm({
  key: 'product-quality', version: 1, title: '产品质量监督检查表',
  sections: [
    { title: '产品信息', fields: [
      { key: 'productName', label: '产品名称', kind: 'text', required: true },
      { key: 'batchNo', label: '规格型号及生产批号', kind: 'text' },
    ] },
    { title: '检查要点', fields: [
      cp('qualityCertificate', '产品有质量检验合格证明', '无产品质量检验合格证明'),
      cp('chineseLabel', '有中文标明的产品名称、生产厂厂名和厂址', '产品标识不规范'),
      cp('shelfLifeLabel', '限期使用的产品标明生产日期和安全使用期或者失效日期', '产品标识不规范'),
      cp('noCounterfeitMarks', '未伪造产地，未伪造或冒用他人厂名厂址、认证标志等质量标志', '伪造或冒用质量标志'),
      cp('notObsolete', '未生产、销售国家明令淘汰的产品', '生产销售明令淘汰产品'),
      cp('purchaseAcceptance', '销售者建立并执行进货检查验收制度（生产者选“不涉及”）', '未执行进货检查验收制度'),
    ] },
    { title: '抽样检验', fields: [
      { key: 'sampling', label: '抽样情况', kind: 'select', options: ['未抽样', '已抽样送检'], required: true },
      { key: 'testResult', label: '检验结论', kind: 'select', options: ['待检', '合格', '不合格'], problemWhen: '不合格', problemCategory: '产品抽检不合格' },
      remarks,
    ] },
  ],
});

export const metrology = defineForm({
  key: 'metrology', version: 1, title: '强制检定计量器具使用情况检查表',
  sections: [
    { title: '器具概况', fields: [
      { key: 'instrumentTypes', label: '在用强制检定计量器具种类', kind: 'multiselect', required: true, options: ['衡器', '燃油加油机', '出租汽车计价器', '血压计（表）', '水表', '电能表', '燃气表', '其他'] },
      { key: 'instrumentCount', label: '在用强制检定计量器具数量', kind: 'number' },
    ] },
    { title: '检查要点', fields: [
      cp('registeredForVerification', '强制检定计量器具已登记造册并向市场监管部门备案', '未登记备案'),
      cp('periodicallyVerified', '按规定申请周期检定，在检定有效期内使用', '未检定或超期使用'),
      cp('sealsIntact', '检定合格标志、封印完好', '检定标志或封印破坏'),
      cp('noCheating', '未破坏计量器具准确度，未使用计量器具作弊', '计量作弊'),
      cp('prepackagedQuantity', '定量包装商品净含量标注规范且计量合格（不经营选“不涉及”）', '定量包装商品净含量不合格'),
    ] },
    { title: '检查结论', fields: [remarks] },
  ],
});

export const advertising = defineForm({
  key: 'advertising', version: 1, title: '广告发布行为检查表',
  sections: [
    { title: '广告信息', fields: [
      { key: 'medium', label: '发布媒介', kind: 'select', options: ['户外', '印刷品', '互联网', '广播电视', '其他'], required: true },
      { key: 'adSubject', label: '广告所推销的商品或服务', kind: 'text', required: true },
    ] },
    { title: '检查要点', fields: [
      cp('noProhibitedContent', '广告未使用“国家级”“最高级”“最佳”等用语，无其他禁止情形', '广告含禁止性内容'),
      cp('truthful', '广告内容真实，未以虚假或者引人误解的内容欺骗、误导消费者', '虚假广告'),
      cp('reviewed', '医疗、药品、医疗器械、保健食品等广告经审查并标明批准文号（不涉及选“不涉及”）', '未经审查发布广告'),
      cp('identifiable', '广告具有可识别性，互联网广告显著标明“广告”并可一键关闭', '广告可识别性不足'),
      cp('recordsKept', '广告经营者、发布者建立承接登记、审核、档案管理制度', '未建立承接登记审核档案制度'),
      cp('endorsementLawful', '广告代言人未为其未使用过的商品或未接受过的服务作推荐、证明', '违规广告代言'),
    ] },
    { title: '检查结论', fields: [remarks] },
  ],
});

export const priceTagging = defineForm({
  key: 'price-tagging', version: 1, title: '明码标价和价格行为检查表',
  sections: [
    { title: '检查要点', fields: [
      cp('tagged', '商品和服务按规定明码标价，标示品名、价格、计价单位等', '不按规定明码标价'),
      cp('noExtraCharge', '结算价格与标示价格一致，未在标价之外加价收取未标明的费用', '标价之外加价收费'),
      cp('noFraud', '未虚构原价、虚假优惠折价，未使用欺骗性或者误导性的价格手段', '价格欺诈'),
      cp('promotionClear', '促销活动的价格比较基准、优惠条件和规则标示清楚', '价格比较或优惠规则标示不清'),
      cp('governmentPricing', '执行政府定价、政府指导价的项目按规定执行并公示（不涉及选“不涉及”）', '不执行政府定价、政府指导价'),
    ] },
    { title: '检查结论', fields: [remarks] },
  ],
});

export const forms = [enterpriseDisclosure, foodBusiness, specialEquipment, productQuality, metrology, advertising, priceTagging];
