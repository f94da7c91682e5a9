import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

// Result ids encode their place (migration 0002): targets.id = draw_id·2^24 + position, and the
// assignments view's id = target_id·64 + position. "The rows of draw X" is then a primary-key
// range of targets, which these fragments spell out so Postgres can use the key instead of scanning.
export const TARGET_SLOTS = 16_777_216;
export const ASSIGNMENT_SLOTS = 64;

type Value = number | Expression<unknown> | RawBuilder<unknown>;
const v = (x: Value) => (typeof x === 'number' ? sql`${x}::bigint` : sql`(${x})::bigint`);
const SLOTS = sql.raw(String(TARGET_SLOTS));

/** `idColumn` (a targets.id) belongs to a draw numbered from `firstDraw` to `lastDraw`. */
export function targetOfDraws(idColumn: string, firstDraw: Value, lastDraw: Value): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(idColumn)} BETWEEN ${v(firstDraw)} * ${SLOTS} AND ${v(lastDraw)} * ${SLOTS} + ${SLOTS} - 1`;
}

/** `idColumn` (a targets.id) belongs to draw `drawId`. */
export const targetOfDraw = (idColumn: string, drawId: Value) => targetOfDraws(idColumn, drawId, drawId);

/** `targetIdColumn` (a targets.id) is a target that one of `inspectorIds` is on (inspector_targets). */
export function targetOfInspectors(targetIdColumn: string, inspectorIds: readonly number[]): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(targetIdColumn)} IN (SELECT it.draw_id::bigint * ${SLOTS} + p FROM inspector_targets it CROSS JOIN unnest(it.positions) AS p
    WHERE it.inspector_id = ANY (${[...inspectorIds]}::int[]))`;
}
