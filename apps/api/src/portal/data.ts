import { sql, type SqlBool } from 'kysely';
import { redactEntityForPublic, redactText, type PublicEntity } from '@sxgk/core/redaction';
import { planWorkflow, publicDrawRecord, type Db } from '@sxgk/db';

// Every read of the public portal. Only published rows, only public columns: an individual
// business's operator name, its address and every contact phone are never selected. Where the
// mask rule of core/redaction.ts needs the operator's name (a 个体工商户 registered under its
// operator's own name), the masking happens in SQL, so the unmasked name never leaves Postgres.

export const PAGE_SIZE = 30;

const trimmed = (col: string) => `btrim(${col}, E' \\t\\r\\n\\u3000')`;
const LR = trimmed('entities.legal_representative');
const NAME = trimmed('entities.name');
/** maskPersonName in SQL: first character and one '*' per further character (one character → '*'). */
const MASKED_LR = `CASE WHEN char_length(${LR}) <= 1 THEN repeat('*', char_length(${LR})) ELSE left(${LR}, 1) || repeat('*', char_length(${LR}) - 1) END`;

/** The entity columns the portal may hold; see redactEntityForPublic. */
const publicEntityColumns = [
  'entities.uscc', 'entities.kind', 'entities.status',
  sql<string>`CASE WHEN entities.kind = 'individual' AND ${sql.raw(LR)} <> '' AND ${sql.raw(NAME)} = ${sql.raw(LR)} THEN ${sql.raw(MASKED_LR)} ELSE entities.name END`.as('name'),
  sql<string>`CASE WHEN entities.kind = 'individual' THEN ${sql.raw(MASKED_LR)} ELSE entities.legal_representative END`.as('legalRepresentative'),
  sql<string>`CASE WHEN entities.kind = 'individual' THEN '' ELSE entities.address END`.as('address'),
] as const;

// masking twice is the same as masking once, so core's rule applied to the SQL-masked values
// gives what it would give on the raw ones
const toPublic = (e: { uscc: string; name: string; kind: PublicEntity['kind']; status: PublicEntity['status']; legalRepresentative: string; address: string }) => redactEntityForPublic(e);

export async function publicEntities(db: Db, usccs: string[]): Promise<Map<string, PublicEntity>> {
  if (!usccs.length) return new Map();
  const rows = await db.selectFrom('entities').select(publicEntityColumns).where('entities.uscc', 'in', usccs).execute();
  return new Map(rows.map((r) => [r.uscc, toPublic(r)]));
}

export async function publicEntity(db: Db, uscc: string): Promise<PublicEntity | undefined> {
  return (await publicEntities(db, [uscc.toUpperCase()])).get(uscc.toUpperCase());
}

export const departments = (db: Db) => db.selectFrom('departments').select(['id', 'name', 'code']).orderBy('id').execute();

export async function publishedItems(db: Db, opts: { departmentId?: number; q?: string; page: number }) {
  let qb = db.selectFrom('items').innerJoin('departments', 'departments.id', 'items.departmentId')
    .where('items.status', '=', 'published');
  if (opts.departmentId) qb = qb.where('items.departmentId', '=', opts.departmentId);
  const text = opts.q?.trim();
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    qb = qb.where(sql<SqlBool>`(items.name ILIKE ${like} OR items.legal_basis ILIKE ${like} OR items.category ILIKE ${like})`);
  }
  const [rows, count] = await Promise.all([
    qb.select(['items.id', 'items.departmentId', 'departments.name as departmentName', 'items.name', 'items.category', 'items.itemType',
      'items.entityKind', 'items.methods', 'items.inspectingBody', 'items.legalBasis', 'items.ratio', 'items.frequency', 'items.content'])
      .orderBy('items.departmentId').orderBy('items.id').offset((opts.page - 1) * PAGE_SIZE).limit(PAGE_SIZE).execute(),
    qb.select(sql<number>`count(*)`.as('total')).executeTakeFirst(),
  ]);
  return { rows, total: Number(count?.total ?? 0) };
}

export async function publishedPlans(db: Db, year?: number) {
  const plans = await planWorkflow.publicList(db, year);
  const itemIds = [...new Set(plans.flatMap((p) => p.itemIds))];
  const items = new Map(itemIds.length ? (await db.selectFrom('items').select(['id', 'name']).where('id', 'in', itemIds).execute()).map((i) => [i.id, i.name]) : []);
  const years = (await db.selectFrom('plans').select('year').distinct().where('status', 'in', ['published', 'superseded']).orderBy('year', 'desc').execute()).map((r) => r.year);
  return { plans: plans.map((p) => ({ ...p, itemNames: p.itemIds.map((id) => items.get(id)).filter((n): n is string => !!n) })), years };
}

/** Tasks with at least one draw whose commitment is published, newest first. */
export async function publicTasks(db: Db, page: number) {
  const qb = db.selectFrom('tasks').innerJoin('departments', 'departments.id', 'tasks.departmentId')
    .where((eb) => eb.exists(eb.selectFrom('draws').select('draws.id').whereRef('draws.taskId', '=', 'tasks.id').where('draws.commitment', 'is not', null)));
  const [rows, count] = await Promise.all([
    qb.select(['tasks.id', 'tasks.name', 'tasks.year', 'tasks.startDate', 'departments.name as departmentName',
      (eb) => eb.selectFrom('draws').select('draws.status').whereRef('draws.taskId', '=', 'tasks.id').where('draws.commitment', 'is not', null)
        .orderBy('draws.id', 'desc').limit(1).as('drawStatus')])
      .orderBy('tasks.id', 'desc').offset((page - 1) * PAGE_SIZE).limit(PAGE_SIZE).execute(),
    qb.select(sql<number>`count(*)`.as('total')).executeTakeFirst(),
  ]);
  return { rows: rows.map((r) => ({ ...r, name: redactText(r.name) })), total: Number(count?.total ?? 0) };
}

export type PortalDraw = Record<string, any> & { drawId: number; status: string };

/** A task and its public draw records (newest first); undefined unless some draw is public. */
export async function publicTask(db: Db, id: number) {
  const task = await db.selectFrom('tasks').innerJoin('departments', 'departments.id', 'tasks.departmentId')
    .select(['tasks.id', 'tasks.name', 'tasks.year', 'tasks.startDate', 'tasks.itemIds', 'departments.name as departmentName'])
    .where('tasks.id', '=', id).executeTakeFirst();
  if (!task) return undefined;
  const drawIds = await db.selectFrom('draws').select('id').where('taskId', '=', id).where('commitment', 'is not', null).orderBy('id', 'desc').execute();
  const draws = (await Promise.all(drawIds.map((d) => publicDrawRecord(db, d.id)))).filter((d): d is PortalDraw => !!d);
  if (!draws.length) return undefined;
  const items = task.itemIds.length
    ? await db.selectFrom('items').select(['id', 'name']).where('id', 'in', task.itemIds).where('status', 'in', ['published', 'withdrawn']).execute()
    : [];
  const usccs = draws.flatMap((d) => (Array.isArray(d.strata) ? d.strata : []).flatMap((s: { selected?: string[] }) => s.selected ?? []));
  const entities = await publicEntities(db, [...new Set(usccs)]);
  return { task: { ...task, name: redactText(task.name) }, items, draws, entities };
}
