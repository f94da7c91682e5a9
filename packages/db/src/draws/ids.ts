import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';

// Result ids encode their place (migration 0002): targets.id = draw_id·2^24 + position and
// assignments.id = target_id·64 + position. "The rows of draw X" is then a primary-key range,
// which these fragments spell out so Postgres can use the key instead of scanning.
export const TARGET_SLOTS = 16_777_216;
export const ASSIGNMENT_SLOTS = 64;

export const targetId = (drawId: number, position: number) => drawId * TARGET_SLOTS + position;

type Value = number | Expression<unknown> | RawBuilder<unknown>;
const v = (x: Value) => (typeof x === 'number' ? sql`${x}::bigint` : sql`(${x})::bigint`);

/** `idColumn` (a targets.id) belongs to draw `drawId`. */
export function targetOfDraw(idColumn: string, drawId: Value): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(idColumn)} BETWEEN ${v(drawId)} * 16777216 AND ${v(drawId)} * 16777216 + 16777215`;
}

/** `idColumn` (an assignments.id) belongs to draw `drawId`. */
export function assignmentOfDraw(idColumn: string, drawId: Value): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(idColumn)} BETWEEN ${v(drawId)} * 1073741824 AND ${v(drawId)} * 1073741824 + 1073741823`;
}

/** `idColumn` (an assignments.id) belongs to target `target`. */
export function assignmentOfTarget(idColumn: string, target: Value): RawBuilder<SqlBool> {
  return sql<SqlBool>`${sql.ref(idColumn)} BETWEEN ${v(target)} * 64 AND ${v(target)} * 64 + 63`;
}
