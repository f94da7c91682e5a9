import type { JobDeclaration } from '@sxgk/plugin-sdk';

const SAMPLE = 20;

// 年报公示期（1月1日至6月30日）内每月初：各启用部门名录中在营企业的提醒名单。
// The platform holds no annual-report filings, so the list is every active enterprise in the directory.
export const annualReportReminder: JobDeclaration = {
  name: 'annual-report-reminder',
  cron: '0 9 1 1-6 *',
  description: '提醒未报送年度报告的企业',
  async run({ db, departments, now, log }) {
    const year = now.getFullYear() - 1;
    const activeEnterprises = (departmentId: number) => db.selectFrom('directory_entries as d')
      .innerJoin('entities as e', 'e.id', 'd.entity_id')
      .where('d.department_id', '=', departmentId).where('e.kind', '=', 'enterprise').where('e.status', '=', 'active');
    const result = [];
    for (const dept of departments) {
      const { n } = await activeEnterprises(dept.id).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      const sample = await activeEnterprises(dept.id).select('e.uscc').orderBy('e.uscc').limit(SAMPLE).execute();
      result.push({ departmentId: dept.id, code: dept.code, count: Number(n), sample: sample.map((r) => r.uscc as string) });
    }
    const total = result.reduce((s, d) => s + d.count, 0);
    log.info('annual report reminder list', { year, total });
    return { reportYear: year, total, departments: result };
  },
};
