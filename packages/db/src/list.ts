import { CompiledQuery, sql, type Expression, type ExpressionBuilder, type SelectQueryBuilder, type SqlBool } from 'kysely';
import { AppError } from '@sxgk/core/errors';
import type { Scope } from '@sxgk/core/permissions';
import type { Actor } from '@sxgk/core/roles';
import type { ListQuery } from '@sxgk/core/simple-rest';
import type { Database } from './schema.ts';
import type { Db } from './client.ts';

// Turns a simple-rest ListQuery into SQL for one resource, over a whitelist of fields, so no
// client-supplied name ever reaches SQL unchecked.
type Eb = ExpressionBuilder<any, any>;
/** A yes/no filter on a condition: `true` (or "true" from a query string) keeps the rows that meet it, anything else those that do not. */
export const whether = (condition: Expression<SqlBool>) => (_eb: Eb, v: unknown): Expression<SqlBool> =>
  (v === true || v === 'true' ? condition : sql<SqlBool>`NOT ${condition}`);

export interface ListSpec {
  /** camelCase field → SQL column reference, e.g. { name: 'items.name' } */
  fields: Record<string, string>;
  /** columns searched by the free-text filter `q` */
  search: string[];
  /** filters that are not plain equality (e.g. tags containment); `filter` is the whole filter */
  custom?: Record<string, (eb: Eb, value: unknown, filter: Record<string, unknown>) => Expression<SqlBool>>;
  /** array columns: equality filters become "contains" */
  arrays?: string[];
  /** fields whose order is that of several columns (e.g. a computed id) */
  order?: Record<string, string[]>;
}

export function applyFilter<QB extends SelectQueryBuilder<any, any, any>>(
  qb: QB, spec: ListSpec, filter: Record<string, unknown>,
): QB {
  let out = qb;
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || value === '' || value === null) continue;
    if (key === 'q') {
      const like = `%${String(value).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      out = out.where((eb: Eb) => eb.or(spec.search.map((c) => eb(c as any, 'ilike', like)))) as QB;
      continue;
    }
    const custom = spec.custom?.[key];
    if (custom) {
      out = out.where((eb: Eb) => custom(eb, value, filter)) as QB;
      continue;
    }
    const column = spec.fields[key];
    if (!column) throw new AppError('BAD_REQUEST', `不支持按字段 ${key} 筛选`);
    if (spec.arrays?.includes(key)) {
      const values = (Array.isArray(value) ? value : [value]).map(String);
      out = out.where(sql<SqlBool>`${sql.ref(column)} @> ${values}`) as QB;
    } else if (Array.isArray(value)) {
      if (value.length === 0) return out.where(sql<SqlBool>`false`) as QB;
      out = out.where(column as any, 'in', value) as QB;
    } else {
      out = out.where(column as any, '=', value) as QB;
    }
  }
  return out;
}

/** The filtered query in the list's order (the sort field, then id): what a page or a cursor reads. */
export function orderedList(base: SelectQueryBuilder<Database, any, any>, spec: ListSpec, query: ListQuery) {
  const filtered = applyFilter(base, spec, query.filter);
  const columns = (field: string) => spec.order?.[field] ?? (spec.fields[field] ? [spec.fields[field]] : []);
  const sortColumns = columns(query.sort.field);
  if (!sortColumns.length) throw new AppError('BAD_REQUEST', `不支持按字段 ${query.sort.field} 排序`);
  const direction = query.sort.order === 'DESC' ? 'desc' : 'asc';
  let ordered = filtered;
  for (const c of sortColumns) ordered = ordered.orderBy(sql.ref(c), direction);
  for (const c of columns('id')) ordered = ordered.orderBy(sql.ref(c), 'asc');
  return { filtered, ordered };
}

/** Runs the page and the count of the same filtered query. */
export async function runList<T>(
  base: SelectQueryBuilder<Database, any, any>, spec: ListSpec, query: ListQuery,
): Promise<{ rows: T[]; total: number }> {
  const { filtered, ordered } = orderedList(base, spec, query);
  const [rows, count] = await Promise.all([
    ordered
      .offset(query.range.start)
      .limit(query.range.end - query.range.start + 1)
      .execute(),
    filtered.clearSelect().select(sql<number>`count(*)`.as('total')).executeTakeFirst(),
  ]);
  return { rows: rows as T[], total: Number((count as { total: number } | undefined)?.total ?? 0) };
}

type Base = (db: Db, scope: Scope, actor?: Actor | null) => SelectQueryBuilder<Database, any, any>;

/**
 * A repository's reads of its list: `list`, one page and the total (the simple-rest contract), and
 * `ordered`, the whole filtered list in the same order, for reading through a cursor (exports).
 */
export function lister<T>(base: Base, spec: ListSpec) {
  return {
    list: (db: Db, scope: Scope, q: ListQuery, actor?: Actor | null) => runList<T>(base(db, scope, actor), spec, q),
    ordered: (db: Db, scope: Scope, q: ListQuery, actor?: Actor | null) => orderedList(base(db, scope, actor), spec, q).ordered,
  };
}

/**
 * Every row of an ordered list, `batch` rows at a time, through a cursor in a read-only transaction
 * of its own: no offsets to skip, no count per batch, one consistent snapshot from first row to last.
 */
export async function* readAll(db: Db, ordered: (trx: Db) => SelectQueryBuilder<Database, any, any>, batch = 1000): AsyncGenerator<Record<string, unknown>[]> {
  const trx = await db.startTransaction().setAccessMode('read only').setIsolationLevel('repeatable read').execute();
  try {
    const q = ordered(trx).compile();
    await trx.executeQuery(CompiledQuery.raw(`DECLARE list_rows NO SCROLL CURSOR FOR ${q.sql}`, [...q.parameters]));
    for (;;) {
      const { rows } = await sql<Record<string, unknown>>`FETCH ${sql.raw(String(batch))} FROM list_rows`.execute(trx);
      if (rows.length) yield rows;
      if (rows.length < batch) break;
    }
  } finally {
    await trx.rollback().execute(); // read only: nothing to keep, and the cursor goes with it
  }
}

export type { Db };
