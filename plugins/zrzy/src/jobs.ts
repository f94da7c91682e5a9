import type { JobDeclaration } from '@sxgk/plugin-sdk';

const SAMPLE = 20;
const MINING = '采矿业';

// 矿业权人年度信息公示截止（6月30日）前：各启用部门名录中标注“采矿业”的在营检查对象。
export const miningDisclosureReminder: JobDeclaration = {
  name: 'mining-disclosure-reminder',
  cron: '0 9 1 6 *',
  description: '提醒未公示年度勘查开采信息的矿业权人',
  async run({ db, departments, now, log }) {
    const miners = (departmentId: number) => db.selectFrom('directory_entries as d')
      .innerJoin('entities as e', 'e.id', 'd.entity_id')
      .where('d.department_id', '=', departmentId).where('e.status', '=', 'active')
      .where((eb) => eb(eb.val(MINING), '=', eb.fn.any(eb.ref('e.industry_tags').$castTo<string[]>())));
    const result = [];
    for (const dept of departments) {
      const { n } = await miners(dept.id).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      const sample = await miners(dept.id).select(['e.uscc', 'e.name']).orderBy('e.uscc').limit(SAMPLE).execute();
      result.push({ departmentId: dept.id, code: dept.code, count: Number(n), sample: sample.map((r) => ({ uscc: r.uscc as string, name: r.name as string })) });
    }
    const total = result.reduce((s, d) => s + d.count, 0);
    log.info('mining disclosure reminder list', { total });
    return { deadline: `${now.getFullYear()}-06-30`, total, departments: result };
  },
};
