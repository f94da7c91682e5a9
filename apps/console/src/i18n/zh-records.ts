// Chinese texts of 检查与公示: inspection records, review, publication board, follow-up, referrals,
// the working-day calendar and the credit record (merged in zh.ts; en-records.ts has the same keys).
export const zhRecords = {
  app: {
    menu: { records: '检查与公示' },
    entities: { tabs: { registry: '登记信息', credit: '信用记录' } },
    inspections: {
      fill: '填写检查记录', fillShort: '填写', record: '检查记录', editTitle: '检查记录：%{name}', reviewQueue: '检查记录审核', latestOnly: '仅最新版本',
      notDraft: '该检查记录已提交审核或已审核通过，不能再修改。', reviewNote: '退回意见：%{note}', correctionReason: '更正原因：%{reason}',
      parts: {
        basic: '检查信息', present: '在场执法检查人员', findings: '检查情况', sections: '检查表', evidence: '证据材料',
        entrustment: '委托第三方专业机构', outcome: '检查结果', workflow: '审核与版本',
      },
      presentHint: '勾选检查时在场的检查组成员（至少 2 名）；组外人员替换须说明原因。',
      substitute: '替换人员', addSubstitute: '添加替换人员（组外）', substitutionHint: '说明替换的原因，例如原分配人员病假',
      sectionTitle: '检查表：%{name}', noForm: '未找到该事项的检查表', sectionEmpty: '该事项的检查表尚未填写',
      entrustmentHint: '检查方式含“委托专业机构辅助”时必须填写；费用由委托部门承担。',
      institution: '受托机构', scope: '委托范围',
      violationsHint: '发现问题或不配合检查时，须至少选择一项违反的规定。',
      saved: '检查记录已保存', submit: '提交审核', submitTitle: '提交审核', submitConfirm: '提交后由本部门其他管理员审核，审核前不能修改。确定提交“%{name}”的检查记录吗？',
      submitDone: '检查记录已提交审核',
      approve: '审核通过', approveTitle: '审核通过', approveConfirm: '审核通过后记录冻结，并在 20 个工作日内向社会公示。确定审核通过“%{name}”的检查记录吗？',
      approveDone: '检查记录已审核通过，等待公示',
      return: '退回', returnTitle: '退回检查记录', returnHint: '请填写退回意见，记录将退回检查人员修改后重新提交。', returnDone: '检查记录已退回',
      correct: '更正', correctTitle: '更正检查记录', correctHint: '更正将生成新版本草稿，原版本保留并继续公示（标注已更正）；新版本审核通过后替代原版本。须写明更正原因。',
      correctDone: '已生成第 %{version} 版更正草稿，请修改后提交',
      twoPersonHint: '双人原则：记录人和在场检查人员不能审核本记录，须由本部门其他管理员审核。',
      frozenHint: '已审核通过的检查记录不可修改；如需变更，请点击“更正”生成新版本。',
      evidence: {
        camera: '拍照', choose: '选择图片或 PDF', hint: '支持 JPEG、PNG、WebP 图片和 PDF，单个文件最大 10 MB；上传后显示文件的 SHA-256 摘要。',
        none: '暂无证据材料', uploaded: '已上传：%{name}',
      },
    },
    publications: {
      boardEmpty: '暂无公示数据', pendingCount: '待公示 %{count}', onTimeCount: '按时公示 %{count}', lateCount: '逾期公示 %{count}',
      run: '立即公示', runTitle: '立即运行公示任务', runConfirm: '将立即刷新各条结果的期限和预警，并公示全部已审核通过、待公示的结果。继续吗？',
      runDone: '公示任务已运行：公示 %{published} 条，补填期限 %{filled} 条；黄色预警 %{yellow}，红色预警 %{red}',
      onTime: '按时公示', late: '逾期公示', untimed: '已公示（期限未能计算）', noDeadline: '待计算（该年度日历未维护）',
    },
    followups: {
      closedOn: '完结日期', result: '完结情况', close: '完结', closeTitle: '完结后续处置', closeHint: '请先登记处置措施；填写完结日期和处置结果后完结。',
      closeDone: '后续处置已完结', overdue: '已逾期', measuresButton: '处置措施', editHint: '登记处置措施、整改期限和复查情况；完结请在列表中点击“完结”。',
    },
    referrals: {
      accept: '接收', acceptDone: '已接收移送', return: '退回', returnTitle: '退回移送', returnHint: '请说明退回原因（例如不属于本部门职责）。', returnDone: '移送已退回',
      close: '办结', closeTitle: '反馈办结', closeHint: '填写办结日期和办结情况；移送外部机关的，由移送部门登记对方反馈。', closeDone: '移送已办结',
      received: '收到的移送', sent: '发出的移送', route: '移送部门 → 接收方', actions: '处理', searchPlaceholder: '移送事项、文号或接收机关',
      sections: { basic: '移送信息', handling: '办理情况' },
    },
    calendar: {
      hint: '公示期限按本日历计算（结果日期后第 20 个工作日，第 15 个工作日起黄色预警）。每年须至少维护元旦，尚未维护的年度无法计算期限。',
      weekday: '周%{day}', formHint: '法定节假日包括假期中的周末；调休上班日须为周末。', nameHint: '节日名称，如 春节',
      dueUrgent: '%{year} 年的节假日安排尚未维护：今天审核通过的检查结果算不出公示期限（维护后由公示任务自动补算）。',
      dueSoon: '请在国务院办公厅公布 %{year} 年节假日安排后及时维护，12 月审核通过的检查结果需要它计算公示期限。',
      maintain: '维护日历',
    },
    credit: {
      riskInput: '平台风险输入：%{tier} 类', csv: '下载 CSV', none: '暂无已公示的检查结果', publishedAt: '公示时间', department: '检查部门',
      outcome: '检查结果', violations: '违反的规定', inspection: '检查记录',
    },
  },
  resources: {
    inspections: {
      name: '检查记录 |||| 检查记录',
      fields: {
        id: '编号', entityName: '检查对象', uscc: '统一社会信用代码', taskName: '抽查任务', departmentId: '牵头部门', status: '状态', version: '版本',
        inspectionDate: '检查日期', methods: '检查方式', presentInspectorIds: '在场执法检查人员', substitutionReason: '替换原因', findings: '检查情况',
        outcome: '检查结果', violations: '违反的规定', reviewNote: '退回意见', correctionReason: '更正原因', submittedAt: '提交时间',
        approvedAt: '审核时间', resultDate: '结果日期', createdAt: '创建时间', q: '搜索', latest: '仅最新版本',
      },
    },
    publications: {
      name: '结果公示 |||| 结果公示',
      fields: {
        id: '编号', entityName: '检查对象', uscc: '统一社会信用代码', departmentId: '部门', outcome: '检查结果', resultDate: '结果日期',
        deadline: '公示期限', warning: '预警', status: '状态', publishedAt: '公示时间', q: '搜索',
      },
    },
    followups: {
      name: '后续处置 |||| 后续处置',
      fields: {
        id: '编号', entityName: '检查对象', uscc: '统一社会信用代码', departmentId: '部门', outcome: '检查结果', measures: '处置措施',
        deadline: '整改期限', recheckDate: '复查日期', recheckResult: '复查情况', status: '状态', closedOn: '完结日期', overdue: '仅逾期', q: '搜索',
      },
    },
    referrals: {
      name: '移送 |||| 移送',
      fields: {
        id: '编号', kind: '移送类型', toDepartmentId: '接收部门', toDepartmentName: '接收部门', fromDepartmentName: '移送部门', receivingOrgan: '接收机关',
        matter: '移送事项', documentNo: '文号', referredOn: '移送日期', status: '状态', inspectionId: '检查记录', returnReason: '退回原因',
        closedOn: '办结日期', result: '办结情况', createdAt: '登记时间', q: '搜索',
      },
    },
    calendar: {
      name: '工作日历 |||| 工作日历',
      fields: { id: '编号', day: '日期', kind: '类型', name: '名称', year: '年度' },
    },
  },
};
