// Chinese texts of 后台任务 (merged in zh.ts; en-jobs.ts has the same keys).
export const zhJobs = {
  app: {
    menu: { jobs: '任务中心' },
    jobs: {
      kind: { import: '导入%{name}', export: '导出%{name}', draw: '执行抽取' },
      exported: '共 %{rows} 条', expired: '共 %{rows} 条；文件已超过保留期限并删除，请重新导出',
      drawn: '抽中 %{targets} 户，分配检查人员 %{assignments} 人次',
      download: '下载', viewDraw: '查看抽取', mine: '本人发起', actions: '操作', searchPlaceholder: '搜索发起人',
    },
  },
  resources: {
    jobs: {
      name: '后台任务 |||| 后台任务',
      fields: {
        id: '编号', kind: '任务', filename: '文件', state: '状态', result: '结果', createdByName: '发起人', createdBy: '发起人',
        departmentId: '部门', createdAt: '发起时间', finishedAt: '完成时间', category: '类型', q: '搜索',
      },
    },
  },
};
