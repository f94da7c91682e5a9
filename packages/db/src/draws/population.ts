import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { Db } from '../client.ts';
import type { Database, Task } from '../schema.ts';
import { copyBinaryOut, copyOutChunks } from '../repositories/copy-binary.ts';
import { CodeRowReader, orderedStratum, StratumLines, type OrderedStratum } from './code-rows.ts';
import { DRAWABLE, LISTED_CHAR, LISTED_STRATUM, populationSets, STRATUM_CHAR } from './eligibility.ts';

// A task's population, stratum by stratum, in the spec's order (uscc ascending by UTF-8 bytes =
// COLLATE "C"), as the bytes the snapshot stores and the digest hashes: UTF-8 codes joined by
// "\n". The id sets of eligibility.ts come back as compact int4 lists and become flags per entity
// id; then the registry is walked once in code order along entities_uscc_key (whose INCLUDE
// columns carry status and stratum), as rows of one binary COPY, and each drawable flagged
// entity's code is copied, byte for byte, into its stratum as the chunks arrive (code-rows.ts).
// No hash join, no sort of millions of rows, no string per entity; Postgres walks on while this
// process sorts out what has come. A small population is instead sorted in SQL.
type PopulationTask = Pick<Task, 'departmentIds' | 'directed' | 'filters' | 'year'>;

export interface PopulationOptions {
  /** tests: force one way; by default the registry is walked when the population may hold more than an eighth of it */
  how?: 'walk' | 'sort';
  /** a pool: the upper half of the registry is then walked on a second connection, by a second Postgres process */
  helper?: Db;
  /** entity ids whose codes to pick up on the way (those with declared conflicts) */
  capture?: Iterable<number>;
}

export interface Population {
  strata: Map<string, OrderedStratum>;
  /** entity id → code, for the captured ids in the population */
  codes: Map<number, string>;
}

/**
 * The sets are read in the caller's transaction (a re-draw's own, uncommitted changes count);
 * the walk reads only the registry, which preparing a draw does not change.
 */
export async function loadPopulation(
  trx: Transaction<Database>, task: PopulationTask, added: readonly number[], strata: readonly string[], opts: PopulationOptions = {},
): Promise<Population> {
  const { how, helper } = opts;
  const sets = populationSets(task);
  const slot = new Int8Array(256).fill(-1);
  strata.forEach((key, k) => (slot[(key === LISTED_STRATUM ? LISTED_CHAR : key).charCodeAt(0)] = k));
  const codes = new Map<number, string>();
  // `eligible` by entity id: 0 = out, 1 = in, 2 = in and its code wanted (entity id → code)
  let eligible = new Uint8Array(0);
  const sorter = () => {
    const out = strata.map(() => new StratumLines());
    const reader = new CodeRowReader((buf, start, end, id, stratum) => {
      const e = eligible[id];
      if (!e) return;
      if (e === 2) codes.set(id, buf.toString('utf8', start, end));
      const k = slot[stratum]!;
      if (k >= 0) out[k]!.add(buf, start, end, id);
    });
    return { out, reader };
  };
  // The helper walks the upper half of the registry, from the start when the directories look
  // large, while this connection reads the sets: what it brings meanwhile is held, sorted out
  // once the sets say who is in, and dropped if it turns out that nobody walks.
  const upper = sorter();
  let held: Buffer[] | null = [];
  let walk = false;
  const split = helper && how !== 'sort' ? await medianCode(trx) : null;
  const walkUpper = () => (split !== null && helper ? quiet(helper.transaction().execute((h) => walkRange(h, split, null, (chunk) => {
    if (held) held.push(chunk);
    else if (walk) upper.reader.push(chunk);
  }))) : null);
  const early = split !== null && (how === 'walk' || (!how && !sets.matching && (await looksLarge(trx, sets.directories))));
  let upperWalk = early ? walkUpper() : null;

  const [registry, members, targeted, matching] = await Promise.all([
    sql<{ maxId: number | null; n: number }>`SELECT (SELECT max(id) FROM entities) AS max_id,
      greatest((SELECT reltuples FROM pg_class WHERE oid = 'entities'::regclass), 0)::bigint AS n`.execute(trx).then((r) => r.rows[0]!),
    idList(trx, sets.members), idList(trx, sets.targeted), sets.matching ? idList(trx, sets.matching) : null,
  ]).catch(async (e) => {
    held = null;
    await upperWalk?.catch(() => undefined); // the helper's connection goes back to the pool first
    throw e;
  });
  // who is in, drawable status aside (the walk or the sort checks it): a member (and match) not
  // targeted this year, or added by hand
  const size = (registry.maxId ?? 0) + 1;
  eligible = new Uint8Array(size);
  for (const id of members) eligible[id] = 1;
  if (matching) {
    const matches = new Uint8Array(size);
    for (const id of matching) matches[id] = 1;
    for (let id = 0; id < size; id++) eligible[id]! &= matches[id]!;
  }
  for (const id of targeted) eligible[id] = 0;
  for (const id of added) if (id < size) eligible[id] = 1;
  let count = 0;
  for (let id = 0; id < size; id++) count += eligible[id]!;
  for (const id of opts.capture ?? []) if (id < size && eligible[id] === 1) eligible[id] = 2;
  walk = how ? how === 'walk' : count * 8 >= Number(registry.n) && count > 10_000;
  if (walk) for (const chunk of held) upper.reader.push(chunk);
  held = null;

  const parts: StratumLines[][] = []; // in code order: the lower half's, then the upper half's
  if (walk) {
    const lower = sorter();
    upperWalk ??= walkUpper();
    await Promise.all([walkRange(trx, null, split, (chunk) => lower.reader.push(chunk)), upperWalk]);
    lower.reader.finish();
    parts.push(lower.out);
    if (split !== null) {
      upper.reader.finish();
      parts.push(upper.out);
    }
  } else {
    await upperWalk; // started on a guess that was wrong: let it finish first
    const sorted = sorter();
    if (count > 0) {
      const ids: number[] = [];
      for (let id = 0; id < size; id++) if (eligible[id]) ids.push(id);
      await streamRows(trx, sql`${DRAWABLE} AND e.id = ANY (${sql.lit(`{${ids.join(',')}}`)}::int[])`, (chunk) => sorted.reader.push(chunk));
      sorted.reader.finish();
    }
    parts.push(sorted.out);
  }
  return { codes, strata: new Map(strata.map((key, k) => [key, orderedStratum(parts.map((p) => p[k]!))])) };
}

/** Drawable entities with codes in [from, to) (either end open when null), in code order, chunk by chunk. */
function walkRange(t: Transaction<Database>, from: string | null, to: string | null, onChunk: (c: Buffer) => void): Promise<void> {
  const range = [
    DRAWABLE,
    ...(from !== null ? [sql`e.uscc >= ${sql.lit(from)}`] : []),
    ...(to !== null ? [sql`e.uscc < ${sql.lit(to)}`] : []),
  ];
  return streamRows(t, sql.join(range, sql` AND `), onChunk);
}

/** Whether the directories hold more than an eighth of the registry, by the planner's statistics (no when unknown). */
async function looksLarge(trx: Transaction<Database>, directories: readonly number[]): Promise<boolean> {
  const { rows } = await sql<{ share: number | null }>`
    SELECT sum(m.f) AS share FROM pg_stats s, unnest(s.most_common_vals::text::int[], s.most_common_freqs) AS m(v, f)
    WHERE s.schemaname = current_schema() AND s.tablename = 'directory_entries' AND s.attname = 'department_id'
      AND m.v = ANY (${[...directories]}::int[])`.execute(trx);
  const { rows: [sizes] } = await sql<{ directory: number; registry: number }>`
    SELECT (SELECT reltuples FROM pg_class WHERE oid = 'directory_entries'::regclass)::float8 AS directory,
           (SELECT reltuples FROM pg_class WHERE oid = 'entities'::regclass)::float8 AS registry`.execute(trx);
  return (rows[0]?.share ?? 0) * (sizes?.directory ?? 0) * 8 >= (sizes?.registry ?? Infinity);
}

/** The registry's middle code by the planner's statistics (none before ANALYZE): where the halves meet. */
export async function medianCode(trx: Transaction<Database>): Promise<string | null> {
  const { rows } = await sql<{ median: string | null }>`
    SELECT b[(array_length(b, 1) + 1) / 2] AS median
    FROM (SELECT histogram_bounds::text::text[] AS b FROM pg_stats
          WHERE schemaname = current_schema() AND tablename = 'entities' AND attname = 'uscc') s`.execute(trx);
  return rows[0]?.median ?? null;
}

/** A query sent ahead of need: should anything fail before it is awaited, its failure is not left unhandled. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

/** int4 ids of a set, as one bytea in binary COPY: ten million ids in one value, not as hex. */
async function idList(trx: Transaction<Database>, set: RawBuilder<unknown>): Promise<Int32Array> {
  const [ids] = await copiedRow(trx, sql`SELECT string_agg(int4send(s.id), ''::bytea) FROM (${set}) s`);
  return int32s(ids ?? Buffer.alloc(0));
}

/** The one row of an aggregate query, read in binary COPY (which takes literals only, no parameters). */
async function copiedRow(trx: Transaction<Database>, query: RawBuilder<unknown>): Promise<(Buffer | null)[]> {
  const compiled = query.compile(trx);
  if (compiled.parameters.length) throw new Error('a COPY query cannot take parameters');
  let row: (Buffer | null)[] = [];
  for await (const r of copyBinaryOut(trx, compiled.sql)) row = r; // read to the end: the connection must finish the COPY
  return row;
}

/** int4send bytes (big-endian) as numbers: an aligned copy, byte-swapped natively. */
export function int32s(bytes: Buffer): Int32Array {
  const copy = Buffer.alloc(bytes.length);
  bytes.copy(copy);
  return new Int32Array(copy.swap32().buffer, copy.byteOffset, copy.length / 4);
}

/**
 * Drawable entities (uscc, id, stratum character) in code order, in binary COPY, chunk by chunk
 * as they arrive. The walk runs along entities_uscc_key, index-only. COPY takes no parameters:
 * `where` carries literals only.
 */
async function streamRows(trx: Transaction<Database>, where: RawBuilder<unknown>, onChunk: (c: Buffer) => void): Promise<void> {
  const query = sql`SELECT e.uscc, e.id, ${STRATUM_CHAR} FROM entities e WHERE ${where} ORDER BY e.uscc COLLATE "C"`.compile(trx);
  if (query.parameters.length) throw new Error('a COPY query cannot take parameters');
  for await (const chunk of await copyOutChunks(trx, query.sql)) onChunk(chunk);
}
