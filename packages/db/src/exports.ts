import type { Resource, Scope } from '@sxgk/core/permissions';
import type { Actor } from '@sxgk/core/roles';
import type { ListQuery } from '@sxgk/core/simple-rest';
import type { SelectQueryBuilder } from 'kysely';
import type { Db } from './client.ts';
import { readAll } from './list.ts';
import type { Database } from './schema.ts';
import {
  ADDITION_REASON_LABELS, CALENDAR_KIND_LABELS, DRAW_STATUS_LABELS, ENTITY_KIND_LABELS, ENTITY_STATUS_LABELS, FOLLOWUP_STATUS_LABELS, INSPECTION_STATUS_LABELS,
  ITEM_STATUS_LABELS, ITEM_TYPE_LABELS, label, PLAN_STATUS_LABELS, PUBLICATION_STATUS_LABELS, PUBLICATION_WARNING_LABELS,
  REFERRAL_KIND_LABELS, REFERRAL_STATUS_LABELS, RISK_TIER_LABELS, STRATUM_LABELS,
} from '@sxgk/core/labels';
import { FOLLOWUP_MEASURE_LABELS, INSPECTION_METHOD_LABELS, OUTCOME_LABELS } from '@sxgk/core/outcomes';
import { ROLE_LABELS } from '@sxgk/core/roles';
import { assignmentsRepo } from './repositories/assignments.ts';
import { auditRepo } from './repositories/audit-log.ts';
import { calendarRepo } from './repositories/calendar.ts';
import { conflictsRepo } from './repositories/conflicts.ts';
import { departmentsRepo } from './repositories/departments.ts';
import { drawsRepo } from './repositories/draws.ts';
import { followupsRepo } from './repositories/followups.ts';
import { entitiesRepo } from './repositories/entities.ts';
import { inspectorsRepo } from './repositories/inspectors.ts';
import { inspectionsRepo } from './repositories/inspections.ts';
import { itemsRepo } from './repositories/items.ts';
import { plansRepo } from './repositories/plans.ts';
import { publicationsRepo } from './repositories/publications.ts';
import { referralsRepo } from './repositories/referrals.ts';
import { targetsRepo } from './repositories/targets.ts';
import { tasksRepo } from './repositories/tasks.ts';
import { usersRepo } from './repositories/users.ts';

// The lists that can be exported to Excel, each with its columns (field, Chinese header, and the
// words for a code column): the API accepts an export of these, the worker writes it, both from
// this one table. Every list a role may export (the permission matrix's `export`) is here.

interface ExportColumn { key: string; header: string; labels?: Readonly<Record<string, string>> }

interface Listable {
  list(db: Db, scope: Scope, q: ListQuery, actor?: Actor | null): Promise<{ rows: Record<string, unknown>[]; total: number }>;
  ordered(db: Db, scope: Scope, q: ListQuery, actor?: Actor | null): SelectQueryBuilder<Database, any, any>;
}

export interface ExportSpec { permission: Resource; tag: string; repo: Listable; columns: ExportColumn[] }

type Column = [key: string, header: string, labels?: Readonly<Record<string, string>>];
const cols = (columns: Column[]): ExportColumn[] => columns.map(([key, header, labels]) => ({ key, header, labels }));

export const EXPORTS = {
  departments: { permission: 'departments', tag: '部门', repo: departmentsRepo, columns: cols([['code', '代码'], ['name', '名称']]) },
  users: {
    permission: 'users', tag: '用户', repo: usersRepo,
    columns: cols([['username', '用户名'], ['displayName', '姓名'], ['role', '角色', ROLE_LABELS], ['departmentName', '部门'], ['active', '启用']]),
  },
  entities: {
    permission: 'entities', tag: '检查对象', repo: entitiesRepo,
    columns: cols([
      ['uscc', '统一社会信用代码'], ['name', '名称'], ['kind', '主体类型', ENTITY_KIND_LABELS], ['status', '登记状态', ENTITY_STATUS_LABELS],
      ['legalRepresentative', '法定代表人'], ['contactPhone', '联系电话'], ['address', '住所'], ['regionCode', '行政区划'],
      ['businessScope', '经营范围'], ['industryTags', '行业标签'], ['riskTier', '信用风险分类', RISK_TIER_LABELS],
      ['abnormalList', '经营异常名录'], ['seriousViolationList', '严重违法失信名单'], ['complaintCount', '投诉次数'], ['tags', '部门标签'],
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
      ['seq', '序号'], ['category', '抽查类别'], ['name', '抽查事项'], ['entityKind', '检查对象'], ['itemType', '事项类别', ITEM_TYPE_LABELS],
      ['methods', '检查方式'], ['inspectingBody', '检查主体'], ['legalBasis', '检查依据'], ['ratio', '抽查比例'],
      ['frequency', '抽查频次'], ['content', '抽查内容'], ['status', '状态', ITEM_STATUS_LABELS], ['version', '版本'],
    ]),
  },
  plans: {
    permission: 'plans', tag: '年度计划', repo: plansRepo,
    columns: cols([
      ['year', '年度'], ['name', '计划名称'], ['content', '检查内容'], ['periodStart', '开始日期'], ['periodEnd', '结束日期'],
      ['ratio', '抽查比例'], ['frequency', '抽查频次'], ['quantity', '抽查数量'], ['status', '状态', PLAN_STATUS_LABELS], ['version', '版本'],
      ['adjustmentReason', '调整原因'],
    ]),
  },
  tasks: {
    permission: 'tasks', tag: '抽查任务', repo: tasksRepo,
    columns: cols([
      ['id', '编号'], ['year', '年度'], ['name', '任务名称'], ['adHoc', '临时任务'], ['directed', '定向抽查'], ['startDate', '开始日期'],
      ['inspectorsPerEntity', '每户检查人员数'], ['drawStatus', '抽取状态', DRAW_STATUS_LABELS],
    ]),
  },
  draws: {
    permission: 'draws', tag: '抽取记录', repo: drawsRepo,
    columns: cols([
      ['id', '编号'], ['taskName', '抽查任务'], ['departmentNames', '部门'], ['status', '状态', DRAW_STATUS_LABELS],
      ['preparedAt', '准备日期'], ['executedAt', '抽取日期'], ['beaconSource', '随机信标来源'], ['beacon', '随机信标'],
      ['witnesses', '见证人'], ['commitment', '承诺值'], ['seed', '随机种子'], ['redrawReason', '重新抽取原因'],
    ]),
  },
  targets: {
    permission: 'targets', tag: '抽中对象', repo: targetsRepo,
    columns: cols([
      ['position', '序号'], ['uscc', '统一社会信用代码'], ['entityName', '名称'], ['address', '住所'], ['stratum', '层级', STRATUM_LABELS],
      ['inspectorNames', '检查人员'], ['addedReason', '追加原因', ADDITION_REASON_LABELS],
    ]),
  },
  assignments: {
    permission: 'assignments', tag: '检查人员分配', repo: assignmentsRepo,
    columns: cols([
      ['taskName', '抽查任务'], ['targetPosition', '对象序号'], ['uscc', '统一社会信用代码'], ['entityName', '检查对象'],
      ['address', '住所'], ['stratum', '层级', STRATUM_LABELS], ['inspectorName', '检查人员'], ['certificateNo', '执法证号'],
    ]),
  },
  inspections: {
    permission: 'inspections', tag: '检查记录', repo: inspectionsRepo,
    columns: cols([
      ['id', '编号'], ['taskName', '抽查任务'], ['entityName', '检查对象'], ['uscc', '统一社会信用代码'], ['version', '版本'],
      ['status', '状态', INSPECTION_STATUS_LABELS], ['inspectionDate', '检查日期'], ['methods', '检查方式', INSPECTION_METHOD_LABELS],
      ['findings', '检查情况'], ['outcome', '检查结果', OUTCOME_LABELS], ['violations', '违反的规定'], ['resultDate', '结果日期'],
    ]),
  },
  publications: {
    permission: 'publications', tag: '结果公示', repo: publicationsRepo,
    columns: cols([
      ['entityName', '检查对象'], ['uscc', '统一社会信用代码'], ['outcome', '检查结果', OUTCOME_LABELS], ['resultDate', '结果日期'],
      ['deadline', '公示期限'], ['status', '状态', PUBLICATION_STATUS_LABELS], ['warning', '预警', PUBLICATION_WARNING_LABELS],
      ['publishedOn', '公示日期'], ['onTime', '按期公示'],
    ]),
  },
  followups: {
    permission: 'followups', tag: '后续处置', repo: followupsRepo,
    columns: cols([
      ['entityName', '检查对象'], ['uscc', '统一社会信用代码'], ['outcome', '检查结果', OUTCOME_LABELS],
      ['measures', '处置措施', FOLLOWUP_MEASURE_LABELS], ['deadline', '整改期限'], ['recheckDate', '复查日期'],
      ['recheckResult', '复查情况'], ['status', '状态', FOLLOWUP_STATUS_LABELS], ['closedOn', '完结日期'], ['result', '处置结果'],
    ]),
  },
  referrals: {
    permission: 'referrals', tag: '移送', repo: referralsRepo,
    columns: cols([
      ['id', '编号'], ['kind', '移送类型', REFERRAL_KIND_LABELS], ['fromDepartmentName', '移送部门'], ['toDepartmentName', '接收部门'],
      ['receivingOrgan', '接收机关'], ['matter', '移送事项'], ['documentNo', '文号'], ['referredOn', '移送日期'],
      ['status', '状态', REFERRAL_STATUS_LABELS], ['closedOn', '办结日期'], ['result', '办结情况'],
    ]),
  },
  calendar: {
    permission: 'calendar', tag: '工作日历', repo: calendarRepo,
    columns: cols([['day', '日期'], ['kind', '类型', CALENDAR_KIND_LABELS], ['name', '名称']]),
  },
} satisfies Record<string, ExportSpec>;

/** A row as exported: the code columns in words (an array column word by word). */
function inWords(columns: readonly ExportColumn[], row: Record<string, unknown>): Record<string, unknown> {
  const out = { ...row };
  for (const { key, labels } of columns) {
    if (!labels) continue;
    const v = row[key];
    out[key] = Array.isArray(v) ? v.map((x) => label(labels, String(x))) : typeof v === 'string' ? label(labels, v) : v;
  }
  return out;
}

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
    for (const row of rows) yield inWords(spec.columns, row);
    done += rows.length;
    await onRows(done, total);
  }
}
