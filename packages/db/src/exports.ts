import type { Resource, Scope } from '@sxgk/core/permissions';
import type { Actor } from '@sxgk/core/roles';
import type { ListQuery } from '@sxgk/core/simple-rest';
import type { SelectQueryBuilder } from 'kysely';
import type { Db } from './client.ts';
import { readAll } from './list.ts';
import type { Database } from './schema.ts';
import { auditRepo } from './repositories/audit-log.ts';
import { conflictsRepo } from './repositories/conflicts.ts';
import { departmentsRepo } from './repositories/departments.ts';
import { entitiesRepo } from './repositories/entities.ts';
import { inspectorsRepo } from './repositories/inspectors.ts';
import { itemsRepo } from './repositories/items.ts';
import { plansRepo } from './repositories/plans.ts';
import { targetsRepo } from './repositories/targets.ts';
import { usersRepo } from './repositories/users.ts';

// The lists that can be exported to Excel, each with its columns (field and Chinese header): the
// API accepts an export of these, the worker writes it, both from this one table.

interface ExportColumn { key: string; header: string }

interface Listable {
  list(db: Db, scope: Scope, q: ListQuery, actor?: Actor | null): Promise<{ rows: Record<string, unknown>[]; total: number }>;
  ordered(db: Db, scope: Scope, q: ListQuery, actor?: Actor | null): SelectQueryBuilder<Database, any, any>;
}

export interface ExportSpec { permission: Resource; tag: string; repo: Listable; columns: ExportColumn[] }

const cols = (pairs: [string, string][]): ExportColumn[] => pairs.map(([key, header]) => ({ key, header }));

export const EXPORTS = {
  departments: { permission: 'departments', tag: '部门', repo: departmentsRepo, columns: cols([['code', '代码'], ['name', '名称']]) },
  users: {
    permission: 'users', tag: '用户', repo: usersRepo,
    columns: cols([['username', '用户名'], ['displayName', '姓名'], ['role', '角色'], ['departmentId', '部门'], ['active', '启用']]),
  },
  entities: {
    permission: 'entities', tag: '检查对象', repo: entitiesRepo,
    columns: cols([
      ['uscc', '统一社会信用代码'], ['name', '名称'], ['kind', '主体类型'], ['status', '登记状态'], ['legalRepresentative', '法定代表人'],
      ['contactPhone', '联系电话'], ['address', '住所'], ['regionCode', '行政区划'], ['businessScope', '经营范围'],
      ['industryTags', '行业标签'], ['riskTier', '信用风险分类'], ['abnormalList', '经营异常名录'],
      ['seriousViolationList', '严重违法失信名单'], ['complaintCount', '投诉次数'], ['tags', '部门标签'],
    ]),
  },
  inspectors: {
    permission: 'inspectors', tag: '检查人员', repo: inspectorsRepo,
    columns: cols([
      ['name', '姓名'], ['position', '职务'], ['certificateNo', '执法证号'], ['certificateValidUntil', '有效期至'],
      ['expertise', '业务专长'], ['fields', '执法领域'], ['active', '在岗'],
    ]),
  },
  conflicts: {
    permission: 'conflicts', tag: '回避', repo: conflictsRepo,
    columns: cols([['inspectorName', '检查人员'], ['entityName', '对象名称'], ['entityUscc', '统一社会信用代码'], ['reason', '回避原因']]),
  },
  audit: {
    permission: 'audit', tag: '审计日志', repo: auditRepo,
    columns: cols([['id', '序号'], ['at', '时间'], ['actorUsername', '操作人'], ['action', '操作'], ['resource', '资源'], ['recordId', '记录'], ['hash', '哈希']]),
  },
  items: {
    permission: 'items', tag: '抽查事项', repo: itemsRepo,
    columns: cols([
      ['seq', '序号'], ['category', '抽查类别'], ['name', '抽查事项'], ['entityKind', '检查对象'], ['itemType', '事项类别'],
      ['methods', '检查方式'], ['inspectingBody', '检查主体'], ['legalBasis', '检查依据'], ['ratio', '抽查比例'],
      ['frequency', '抽查频次'], ['content', '抽查内容'], ['status', '状态'], ['version', '版本'],
    ]),
  },
  plans: {
    permission: 'plans', tag: '年度计划', repo: plansRepo,
    columns: cols([
      ['year', '年度'], ['name', '计划名称'], ['content', '检查内容'], ['periodStart', '开始日期'], ['periodEnd', '结束日期'],
      ['ratio', '抽查比例'], ['frequency', '抽查频次'], ['quantity', '抽查数量'], ['status', '状态'], ['version', '版本'],
      ['adjustmentReason', '调整原因'],
    ]),
  },
  targets: {
    permission: 'targets', tag: '抽中对象', repo: targetsRepo,
    columns: cols([
      ['position', '序号'], ['uscc', '统一社会信用代码'], ['entityName', '名称'], ['address', '住所'], ['stratum', '层级'],
      ['inspectorNames', '检查人员'], ['addedReason', '追加原因'],
    ]),
  },
} satisfies Record<string, ExportSpec>;

/**
 * A whole filtered list in its order, read through a cursor (readAll) so an export neither holds
 * every row at once nor skips ever longer offsets; `onRows` hears how many rows have come and how
 * many the list has.
 */
export async function* listRows(
  db: Db, spec: ExportSpec, scope: Scope, q: ListQuery, actor: Actor, onRows: (done: number, total: number) => unknown = () => undefined,
): AsyncGenerator<Record<string, unknown>> {
  const { total } = await spec.repo.list(db, scope, { ...q, range: { start: 0, end: 0 } }, actor);
  let done = 0;
  for await (const rows of readAll(db, (trx) => spec.repo.ordered(trx, scope, q, actor))) {
    yield* rows;
    done += rows.length;
    await onRows(done, total);
  }
}
