import type { JobDeclaration } from '@sxgk/plugin-sdk';

// 每季度一次的一致性核对：本插件交付、已发布的事项中，检查依据为空或未关联检查表的，逐项列出。
// (The online approval platform itself is not reachable from here: the reconcile is of the platform's own data.)
export const onlinePlatformReconcile: JobDeclaration = {
  name: 'online-platform-reconcile',
  cron: '0 2 1 1,4,7,10 *',
  description: '核对已发布的发展改革事项：检查依据是否填写、是否关联检查表',
  async run({ db, departments, log }) {
    const rows = await db.selectFrom('items as i')
      .innerJoin('plugin_item_keys as k', 'k.item_id', 'i.id')
      .where('k.plugin_id', '=', 'fgw').where('i.status', '=', 'published')
      .where('i.department_id', 'in', departments.map((d) => d.id))
      .select((eb) => [
        'i.id as itemId', 'i.department_id as departmentId', 'i.name as name', 'k.item_key as itemKey',
        eb(eb.fn('btrim', ['i.legal_basis']), '=', '').as('noLegalBasis'),
        eb.not(eb.exists(eb.selectFrom('item_forms as f').select('f.item_id').whereRef('f.item_id', '=', 'i.id'))).as('noForm'),
      ])
      .orderBy('i.id').execute();
    const code = new Map(departments.map((d) => [d.id, d.code]));
    const problems = rows.filter((r) => r.noLegalBasis || r.noForm).map((r) => ({
      itemId: r.itemId as number, department: code.get(r.departmentId as number), itemKey: r.itemKey as string, name: r.name as string,
      issues: [...(r.noLegalBasis ? ['检查依据为空'] : []), ...(r.noForm ? ['未关联检查表'] : [])],
    }));
    log.info('online platform reconcile', { checked: rows.length, problems: problems.length });
    return { checked: rows.length, consistent: rows.length - problems.length, problems };
  },
};
