import { AppError } from '@sxgk/core/errors';
import { RISK_TIERS, type RiskTier } from '@sxgk/core/roles';
import type { Db } from '../client.ts';
import type { TaskFilters, TaskGroup } from '../schema.ts';
import { assertPublishedItems } from './item-check.ts';

// Turns what a clerk sends into a complete, consistent task: participants, one inspector group
// per participating department, ratios defaulted from the lead department, filters normalised.
export interface TaskInput {
  departmentId?: number | null;
  departmentIds?: number[];
  planId?: number | null;
  adHoc?: boolean;
  name?: string;
  itemIds?: number[];
  directed?: boolean;
  filters?: TaskFilters;
  ratios?: Partial<Record<RiskTier, number>>;
  inspectorsPerEntity?: number;
  groups?: { departmentId: number; perTarget: number }[];
  startDate?: string;
}

export async function resolveTask(trx: Db, lead: number, input: TaskInput) {
  const departmentIds = [lead, ...[...new Set(input.departmentIds ?? [])].filter((d) => d !== lead).sort((a, b) => a - b)];
  const departments = await trx.selectFrom('departments').select(['id', 'code', 'defaultRatios'])
    .where('id', 'in', departmentIds).execute();
  const byId = new Map(departments.map((d) => [d.id, d]));
  for (const id of departmentIds) if (!byId.has(id)) throw new AppError('VALIDATION', `部门 #${id} 不存在`, { field: 'departmentIds' });

  const name = input.name?.trim();
  if (!name) throw new AppError('VALIDATION', '请填写任务名称', { field: 'name' });
  if (!input.startDate) throw new AppError('VALIDATION', '请填写任务开始日期', { field: 'startDate' });

  let itemIds = input.itemIds;
  const planId = input.planId ?? null;
  if (planId !== null) {
    const plan = await trx.selectFrom('plans').select(['status', 'departmentId', 'itemIds', 'name']).where('id', '=', planId).executeTakeFirst();
    if (!plan || !departmentIds.includes(plan.departmentId)) throw new AppError('VALIDATION', `计划 #${planId} 不存在或不属于参与部门`, { field: 'planId' });
    if (plan.status !== 'published') throw new AppError('VALIDATION', `计划“${plan.name}”尚未发布，不能据此创建任务`, { field: 'planId' });
    itemIds ??= plan.itemIds;
  }
  const adHoc = input.adHoc ?? planId === null;
  if (!adHoc && planId === null) throw new AppError('VALIDATION', '请选择任务所属的年度计划，或标记为临时任务', { field: 'planId' });
  if (!itemIds?.length) throw new AppError('VALIDATION', '请选择抽查事项', { field: 'itemIds' });
  await assertPublishedItems(trx, itemIds, departmentIds, '任务');

  const groups = resolveGroups(departmentIds, input, (id) => byId.get(id)!.code);
  const inspectorsPerEntity = groups.reduce((n, g) => n + g.perTarget, 0);
  if (inspectorsPerEntity < 2) {
    throw new AppError('VALIDATION', `每个检查对象至少需要 2 名执法检查人员（当前为 ${inspectorsPerEntity} 名）`, { field: 'inspectorsPerEntity' });
  }
  const ratios = { ...byId.get(lead)!.defaultRatios, ...input.ratios } as Record<RiskTier, number>;
  for (const t of RISK_TIERS) {
    const bp = ratios[t];
    if (!Number.isInteger(bp) || bp < 0 || bp > 10000) throw new AppError('VALIDATION', `${t} 类抽查比例应为 0 到 10000 之间的基点数`, { field: 'ratios' });
  }
  const directed = input.directed ?? true;
  const filters = directed ? normaliseFilters(input.filters ?? {}, departmentIds) : {};
  return {
    departmentId: lead, departmentIds, planId, adHoc, name, itemIds: [...new Set(itemIds)], directed,
    filters, ratios, groups, inspectorsPerEntity, startDate: input.startDate, year: Number(input.startDate.slice(0, 4)),
  };
}

function resolveGroups(departmentIds: number[], input: TaskInput, code: (id: number) => string): TaskGroup[] {
  const single = departmentIds.length === 1;
  let given = input.groups;
  if (!given) {
    // single department: one group with every inspector; joint: one inspector from each unless told
    given = single ? [{ departmentId: departmentIds[0]!, perTarget: input.inspectorsPerEntity ?? 2 }] : departmentIds.map((d) => ({ departmentId: d, perTarget: 1 }));
  }
  const covered = new Set(given.map((g) => g.departmentId));
  if (covered.size !== given.length || departmentIds.some((d) => !covered.has(d)) || given.some((g) => !departmentIds.includes(g.departmentId))) {
    throw new AppError('VALIDATION', '检查人员分组须与参与部门一一对应', { field: 'groups' });
  }
  for (const g of given) {
    // a joint task's every participant sends someone; a lone department's count is checked (>= 2) by the caller
    if (!Number.isInteger(g.perTarget) || g.perTarget < (single ? 0 : 1)) throw new AppError('VALIDATION', '每个参与部门至少派出 1 名检查人员', { field: 'groups' });
  }
  if (!single && input.inspectorsPerEntity !== undefined && input.inspectorsPerEntity !== given.reduce((n, g) => n + g.perTarget, 0)) {
    throw new AppError('VALIDATION', '各部门派出人数之和与每个对象的检查人员数不一致', { field: 'inspectorsPerEntity' });
  }
  return given.map((g) => ({ key: code(g.departmentId), departmentId: g.departmentId, perTarget: g.perTarget }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function normaliseFilters(f: TaskFilters, departmentIds: number[]): TaskFilters {
  const out: TaskFilters = {};
  const list = <T>(v: T[] | undefined) => (v && v.length ? [...new Set(v)] : undefined);
  if (list(f.kinds)) out.kinds = list(f.kinds);
  if (list(f.regionCodes)) out.regionCodes = list(f.regionCodes);
  if (list(f.industryTags)) out.industryTags = list(f.industryTags);
  const dirs = list(f.directoryDepartmentIds);
  if (dirs) {
    if (dirs.some((d) => !departmentIds.includes(d))) {
      throw new AppError('VALIDATION', '只能在参与部门的检查对象名录中抽取', { field: 'filters.directoryDepartmentIds' });
    }
    out.directoryDepartmentIds = dirs;
  }
  return out;
}
