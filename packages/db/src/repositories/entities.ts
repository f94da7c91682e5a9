import { sql, type SqlBool } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import type { ListQuery } from '@sxgk/core/simple-rest';
import type { Db } from '../client.ts';
import type { Entity } from '../schema.ts';
import { lister, type ListSpec } from '../list.ts';
import { appendAudit } from '../audit.ts';
import { departmentForCreate, mustExist, uniqueOr, type WriteMeta } from '../scope.ts';

// 检查对象名录库: one city-wide registry keyed by uscc; each department sees its own directory of it,
// with its own tags. Every change of a registry entity is kept in entity_history.
export const ENTITY_FIELDS = [
  'uscc', 'name', 'kind', 'status', 'legalRepresentative', 'contactPhone', 'address', 'regionCode',
  'businessScope', 'industryTags', 'riskTier', 'abnormalList', 'seriousViolationList', 'complaintCount',
] as const;
type EntityFields = { [K in (typeof ENTITY_FIELDS)[number]]: Entity[K] };
export type EntityRecord = Entity & { tags: string[]; departmentIds: number[] };
export type EntityInput = Partial<EntityFields> & { tags?: string[]; departmentId?: number | null };

const spec: ListSpec = {
  fields: Object.fromEntries(['id', ...ENTITY_FIELDS, 'createdAt', 'updatedAt'].map((f) => [f, `entities.${f}`])),
  search: ['entities.name', 'entities.uscc'],
  arrays: ['industryTags'],
  custom: {
    departmentId: (eb, v) => eb.exists(eb.selectFrom('directoryEntries as d').select('d.entityId')
      .whereRef('d.entityId', '=', 'entities.id').where('d.departmentId', '=', Number(v))),
  },
};

// Tags are a directory's own: a department's clerk filters by those of their directory, a
// city-wide role by those of the directory it filters on, or of any directory.
function specFor(scope: Scope): ListSpec {
  const own = scope.kind === 'department' ? scope.departmentId : null;
  return {
    ...spec,
    custom: {
      ...spec.custom,
      tags: (eb, v, filter) => {
        const chosen = filter.departmentId === '' ? NaN : Number(filter.departmentId ?? NaN);
        const department = own ?? (Number.isInteger(chosen) ? chosen : null);
        let tagged = eb.selectFrom('directoryEntries as d').select('d.entityId')
          .whereRef('d.entityId', '=', 'entities.id')
          .where(sql<SqlBool>`d.tags @> ${(Array.isArray(v) ? v : [v]).map(String)}`);
        if (department !== null) tagged = tagged.where('d.departmentId', '=', department);
        return eb.exists(tagged);
      },
    },
  };
}

const scoped = (scope: Scope) => lister<EntityRecord>(base, specFor(scope));

function base(db: Db, scope: Scope) {
  if (scope.kind === 'none') throw new AppError('FORBIDDEN', '无权访问检查对象名录');
  const own = scope.kind === 'department' ? scope.departmentId : null;
  let qb = db.selectFrom('entities').selectAll('entities').select([
    // the directories holding it: one probe of directory_entries' key per department
    sql<number[]>`coalesce((SELECT array_agg(dep.id ORDER BY dep.id) FROM departments dep
      WHERE EXISTS (SELECT FROM directory_entries d WHERE d.department_id = dep.id AND d.entity_id = entities.id)), '{}')`.as('departmentIds'),
    sql<string[]>`coalesce((SELECT d.tags FROM directory_entries d WHERE d.entity_id = entities.id AND d.department_id = ${own}), '{}')`.as('tags'),
  ]);
  if (own !== null) {
    qb = qb.where((eb) => eb.exists(eb.selectFrom('directoryEntries as m').select('m.entityId')
      .whereRef('m.entityId', '=', 'entities.id').where('m.departmentId', '=', own)));
  }
  return qb;
}

export const entitiesRepo = {
  list: (db: Db, scope: Scope, q: ListQuery) => scoped(scope).list(db, scope, q),
  ordered: (db: Db, scope: Scope, q: ListQuery) => scoped(scope).ordered(db, scope, q),

  get: (db: Db, scope: Scope, id: number) =>
    base(db, scope).where('entities.id', '=', id).executeTakeFirst() as Promise<EntityRecord | undefined>,

  /** Creates the registry entity and puts it into the acting department's directory. */
  async create(db: Db, scope: Scope, input: EntityInput, meta: WriteMeta): Promise<EntityRecord> {
    const departmentId = departmentForCreate(scope, input.departmentId);
    const id = await db.transaction().execute(async (trx) => {
      const row = await uniqueOr(
        () => trx.insertInto('entities').values({ ...pickFields(input), uscc: input.uscc!, name: input.name! }).returningAll().executeTakeFirstOrThrow(),
        `统一社会信用代码 ${input.uscc} 已在名录库中`,
      );
      await trx.insertInto('directoryEntries').values({ departmentId, entityId: row.id, tags: input.tags ?? [] }).execute();
      await trx.insertInto('entityHistory').values({ entityId: row.id, actorUserId: meta.actor.userId, departmentId, source: 'api', after: JSON.stringify(row) }).execute();
      await appendAudit(trx, meta.actor, { action: 'create', resource: 'entities', recordId: row.id, after: { ...row, tags: input.tags ?? [] }, departmentId, ip: meta.ip });
      return row.id;
    });
    return mustExist(await entitiesRepo.get(db, { kind: 'department', departmentId }, id));
  },

  async update(db: Db, scope: Scope, id: number, input: EntityInput, meta: WriteMeta): Promise<EntityRecord> {
    await db.transaction().execute(async (trx) => {
      const before = mustExist(await base(trx, scope).where('entities.id', '=', id).forUpdate('entities').executeTakeFirst(), '检查对象');
      const fields = pickFields(input);
      const after = await uniqueOr(
        () => trx.updateTable('entities').set({ ...fields, updatedAt: new Date() }).where('id', '=', id).returningAll().executeTakeFirstOrThrow(),
        `统一社会信用代码 ${input.uscc} 已在名录库中`,
      );
      if (input.tags && scope.kind === 'department') {
        await trx.updateTable('directoryEntries').set({ tags: input.tags })
          .where('departmentId', '=', scope.departmentId).where('entityId', '=', id).execute();
      }
      const { tags, departmentIds, ...registryBefore } = before;
      await trx.insertInto('entityHistory').values({
        entityId: id, actorUserId: meta.actor.userId, departmentId: meta.actor.departmentId, source: 'api',
        before: JSON.stringify(registryBefore), after: JSON.stringify(after),
      }).execute();
      await appendAudit(trx, meta.actor, { action: 'update', resource: 'entities', recordId: id, before, after: { ...after, tags: input.tags ?? tags }, ip: meta.ip });
    });
    return mustExist(await entitiesRepo.get(db, scope, id));
  },

  /** Removes the entity from directories (the actor's own, or all for a platform admin); the registry
   *  entry and its history stay, as the record of what existed. */
  async remove(db: Db, scope: Scope, id: number, meta: WriteMeta): Promise<EntityRecord> {
    return db.transaction().execute(async (trx) => {
      const before = mustExist(await base(trx, scope).where('entities.id', '=', id).executeTakeFirst(), '检查对象');
      const from = scope.kind === 'department' ? [scope.departmentId] : before.departmentIds;
      if (from.length) await trx.deleteFrom('directoryEntries').where('departmentId', 'in', from).where('entityId', '=', id).execute();
      await appendAudit(trx, meta.actor, { action: 'delete', resource: 'entities', recordId: id, before, ip: meta.ip });
      return before as EntityRecord;
    });
  },

  /** Newest first. An entity created by an import has no creation row (entities.created_by_job
   *  says which job): its entry is made up here from the job, and the registry record as created
   *  is the `before` of its first change, or the record itself if it never changed. */
  async history(db: Db, scope: Scope, id: number) {
    const entity = mustExist(await entitiesRepo.get(db, scope, id), '检查对象');
    const rows = await db.selectFrom('entityHistory').leftJoin('users', 'users.id', 'entityHistory.actorUserId')
      .select(['entityHistory.id', 'entityHistory.at', 'entityHistory.source', 'entityHistory.before', 'entityHistory.after', 'users.username as actorUsername'])
      .where('entityId', '=', id).orderBy('entityHistory.id', 'desc').limit(200).execute();
    if (!entity.createdByJob) return rows;
    const job = await db.selectFrom('jobs').leftJoin('users', 'users.id', 'jobs.createdBy')
      .select(['users.username']).where('jobs.id', '=', entity.createdByJob).executeTakeFirst();
    const first = await db.selectFrom('entityHistory').select('before').where('entityId', '=', id).orderBy('id').limit(1).executeTakeFirst();
    const { tags, departmentIds, ...record } = entity;
    return [...rows, {
      id: `job:${entity.createdByJob}`, at: entity.createdAt, source: `import:${entity.createdByJob}`,
      before: null, after: first?.before ?? record, actorUsername: job?.username ?? null,
    }];
  },
};

function pickFields(input: EntityInput): Partial<EntityFields> {
  return Object.fromEntries(ENTITY_FIELDS.filter((k) => input[k] !== undefined).map((k) => [k, input[k]]));
}
