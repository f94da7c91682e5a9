// English texts of background jobs (same keys as zh-jobs.ts).
export const enJobs = {
  app: {
    menu: { jobs: 'Job centre' },
    jobs: {
      kind: { import: 'Import %{name}', export: 'Export %{name}', draw: 'Run draw' },
      exported: '%{rows} rows', expired: '%{rows} rows; the file passed its retention period and was deleted, export again',
      drawn: '%{targets} entities drawn, %{assignments} inspector assignments',
      download: 'Download', viewDraw: 'View draw', mine: 'Started by me', actions: 'Actions', searchPlaceholder: 'Search by starter',
    },
  },
  resources: {
    jobs: {
      name: 'Background job |||| Background jobs',
      fields: {
        id: 'No.', kind: 'Job', filename: 'File', state: 'State', result: 'Result', createdByName: 'Started by', createdBy: 'Started by',
        departmentId: 'Department', createdAt: 'Started', finishedAt: 'Finished', category: 'Type', q: 'Search',
      },
    },
  },
};
