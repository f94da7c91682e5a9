import { RISK_TIERS } from '../../labels';

// The task form keeps a few choices of its own (source, mode, joint, partners, perDepartment) and
// shows ratios in %; this turns them into POST/PUT /api/tasks (docs: apps/api/src/draw-schemas.ts).
type Values = Record<string, any>;
const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => String(x).trim()).filter(Boolean) : []);

/** The lead department: the form's pick for roles acting for every department, else the user's own. */
export const leadOf = (d: Values, own: number | null | undefined): number | null => (d.departmentId ? Number(d.departmentId) : own ?? null);

/** Lead first, then the other participating departments of a joint task. */
export const participantsOf = (d: Values, lead: number | null): number[] => {
  const others = d.joint ? (d.partners ?? []).map(Number).filter((id: number) => id !== lead) : [];
  return lead ? [lead, ...new Set<number>(others)] : others;
};

export function toTaskPayload(d: Values, own: number | null | undefined, create: boolean): Values {
  const lead = leadOf(d, own);
  const participants = participantsOf(d, lead);
  const joint = participants.length > 1;
  const fromPlan = d.source === 'plan';
  const directed = d.mode !== 'undirected';
  const ratios = Object.fromEntries(RISK_TIERS.filter((t) => d.ratios?.[t] != null && d.ratios[t] !== '').map((t) => [t, Number(d.ratios[t])]));
  return {
    ...(create && d.departmentId ? { departmentId: Number(d.departmentId) } : {}),
    name: String(d.name ?? '').trim(),
    planId: fromPlan && d.planId ? Number(d.planId) : null,
    adHoc: !fromPlan,
    ...(Array.isArray(d.itemIds) && d.itemIds.length ? { itemIds: d.itemIds.map(Number) } : {}),
    departmentIds: participants.slice(1),
    // a joint task sends people from each department; a single one just says how many per entity
    ...(joint
      ? { groups: participants.map((id) => ({ departmentId: id, perTarget: Number(d.perDepartment?.[`d${id}`] ?? 1) })) }
      : { inspectorsPerEntity: Number(d.inspectorsPerEntity ?? 2) }),
    directed,
    filters: directed ? { kinds: d.filters?.kinds ?? [], regionCodes: list(d.filters?.regionCodes), industryTags: list(d.filters?.industryTags) } : {},
    ratios,
    startDate: d.startDate,
  };
}

/** Form values of a saved task, for the edit page. */
export function taskFormDefaults(r: Values | undefined): Values {
  if (!r) return {};
  const perDepartment = Object.fromEntries((r.groups ?? []).map((g: { departmentId: number; perTarget: number }) => [`d${g.departmentId}`, g.perTarget]));
  return {
    source: r.adHoc ? 'adHoc' : 'plan', mode: r.directed ? 'directed' : 'undirected',
    joint: (r.departmentIds ?? []).length > 1, partners: (r.departmentIds ?? []).slice(1), perDepartment,
  };
}
