import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { Db } from '../client.ts';
import type { Database, Task } from '../schema.ts';
import { copyBinaryOut } from '../repositories/copy-binary.ts';
import { DRAWABLE, LISTED_CHAR, LISTED_STRATUM, populationSets, STRATUM_CHAR } from './eligibility.ts';

// A task's population, stratum by stratum, in the spec's order (uscc ascending by UTF-8 bytes =
// COLLATE "C"), as the bytes the snapshot stores and the digest hashes: UTF-8 codes joined by
// "\n". The id sets of eligibility.ts come back as compact int4 lists and become flags per entity
// id; then the registry is walked once in code order along entities_uscc_key (whose INCLUDE
// columns carry status and stratum), chunk by chunk in binary COPY, and each drawable flagged
// entity's code is copied, byte for byte, into its stratum. No hash join, no sort of millions of
// rows, no string per entity; Postgres walks the next chunk while this process sorts out the
// last one. A small population is instead sorted in SQL.
export interface OrderedStratum {
  /** UTF-8 codes joined by "\n", ascending */
  bytes: Buffer;
  size: number;
  /** int4 big-endian entity id per population position */
  entityIds: Buffer;
}

const WALK_CHUNK = 262_144; // rows per walk query: small enough to overlap, large enough to amortise
const NL = 10;

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
  const upper = newSorted(strata.length);
  let eligible = new Uint8Array(0);
  let walk = false;
  // The helper walks the upper half of the registry, from the start when the directories look
  // large (while this connection reads the sets: its chunks are sorted out once the sets say who
  // is in, and dropped if it turns out that nobody walks).
  let setsRead = () => {};
  const setsReadNow = new Promise<void>((r) => (setsRead = r));
  const split = helper && how !== 'sort' ? await medianCode(trx) : null;
  const walkUpper = () => (split !== null && helper ? quiet(helper.transaction().execute((h) => walkRange(h, split, null, async (chunk) => {
    await setsReadNow;
    if (walk) sortOut(chunk, eligible, slot, upper, codes);
  }))) : null);
  const early = split !== null && (how === 'walk' || (!how && !sets.matching && (await looksLarge(trx, sets.directories))));
  let upperWalk = early ? walkUpper() : null;

  const [registry, members, targeted, matching] = await Promise.all([
    sql<{ maxId: number | null; n: number }>`SELECT (SELECT max(id) FROM entities) AS max_id,
      greatest((SELECT reltuples FROM pg_class WHERE oid = 'entities'::regclass), 0)::bigint AS n`.execute(trx).then((r) => r.rows[0]!),
    idList(trx, sets.members), idList(trx, sets.targeted), sets.matching ? idList(trx, sets.matching) : null,
  ]).catch(async (e) => {
    setsRead();
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
  // 2 = eligible and wanted: sortOut then keeps its code
  for (const id of opts.capture ?? []) if (id < size && eligible[id] === 1) eligible[id] = 2;
  walk = how ? how === 'walk' : count * 8 >= Number(registry.n) && count > 10_000;
  setsRead();

  const parts: Sorted[] = []; // in code order: the lower half's, then the upper half's
  if (walk) {
    const lower = newSorted(strata.length);
    parts.push(lower, upper);
    upperWalk ??= walkUpper();
    await Promise.all([walkRange(trx, null, split, (chunk) => sortOut(chunk, eligible, slot, lower, codes)), upperWalk]);
  } else {
    await upperWalk; // started on a guess that was wrong: let it finish first
    if (count > 0) {
      const ids: number[] = [];
      for (let id = 0; id < size; id++) if (eligible[id]) ids.push(id);
      const chunk = await ordered(trx, sql`${DRAWABLE} AND e.id = ANY (${sql.lit(`{${ids.join(',')}}`)}::int[])`, sql``);
      parts.push(newSorted(strata.length));
      if (chunk) sortOut(chunk, eligible, slot, parts[0]!, codes);
    }
  }
  return {
    codes,
    strata: new Map(strata.map((key, k) => {
      const lines = parts.flatMap((p) => p[k]!.lines);
      return [key, {
        bytes: Buffer.concat(lines.flatMap((b, i) => (i ? [NEWLINE, b] : [b]))),
        size: parts.reduce((n, p) => n + p[k]!.size, 0),
        entityIds: Buffer.concat(parts.flatMap((p) => p[k]!.ids)),
      }];
    })),
  };
}

/** Per stratum, the pieces of its codes and ids sorted out so far, in order. */
type Sorted = { lines: Buffer[]; ids: Buffer[]; size: number }[];
const newSorted = (n: number): Sorted => Array.from({ length: n }, () => ({ lines: [], ids: [], size: 0 }));

/**
 * Walks drawable entities with codes in [from, to) chunk by chunk (either end open when null),
 * asking for the next chunk before handing this one over: node-pg queues it on the connection.
 */
async function walkRange(t: Transaction<Database>, from: string | null, to: string | null, onChunk: (c: Chunk) => unknown): Promise<void> {
  const range = (after: Buffer | null) => sql.join([
    DRAWABLE,
    ...(after ? [sql`e.uscc > ${sql.lit(after.toString('utf8'))}`] : from !== null ? [sql`e.uscc >= ${sql.lit(from)}`] : []),
    ...(to !== null ? [sql`e.uscc < ${sql.lit(to)}`] : []),
  ], sql` AND `);
  let next: Promise<Chunk | null> | null = quiet(ordered(t, range(null), sql`LIMIT ${sql.lit(WALK_CHUNK)}`));
  while (next) {
    const chunk: Chunk | null = await next;
    if (!chunk) break;
    next = chunk.rows < WALK_CHUNK ? null : quiet(ordered(t, range(lastLine(chunk.codes)), sql`LIMIT ${sql.lit(WALK_CHUNK)}`));
    await onChunk(chunk);
  }
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

const NEWLINE = Buffer.from([NL]);
const lastLine = (codes: Buffer) => codes.subarray(codes.lastIndexOf(NL) + 1);

/** A query sent ahead of need: should anything fail before it is awaited, its failure is not left unhandled. */
function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}

interface Chunk {
  rows: number;
  /** UTF-8 codes joined by "\n" */
  codes: Buffer;
  /** int4 big-endian ids */
  ids: Buffer;
  /** one stratum character per row */
  strata: Buffer;
}

/**
 * Two passes over a chunk: each row's stratum and each stratum's size, then the rows copied in.
 * `eligible` by entity id: 0 = out, 1 = in, 2 = in and its code wanted (entity id → code).
 */
function sortOut(chunk: Chunk, eligible: Uint8Array, slot: Int8Array, out: Sorted, wanted: Map<number, string>): void {
  const { codes, ids, strata, rows } = chunk;
  const of = new Int8Array(rows);
  const ends = new Int32Array(rows);
  const bytes = new Int32Array(out.length);
  const counts = new Int32Array(out.length);
  for (let i = 0, start = 0; i < rows; i++) {
    const end = i + 1 < rows ? codes.indexOf(NL, start) : codes.length;
    ends[i] = end;
    const id = (ids[i * 4]! << 24) | (ids[i * 4 + 1]! << 16) | (ids[i * 4 + 2]! << 8) | ids[i * 4 + 3]!;
    const e = eligible[id];
    const k = e ? slot[strata[i]!]! : -1;
    of[i] = k;
    if (e === 2) wanted.set(id, codes.toString('utf8', start, end));
    if (k >= 0) {
      bytes[k]! += end - start + 1;
      counts[k]!++;
    }
    start = end + 1;
  }
  // byte loops rather than Buffer.copy: for 18-byte codes a native call costs more than the copy
  const lines = Array.from(bytes, (n) => Buffer.allocUnsafe(Math.max(0, n - 1)));
  const idsOut = Array.from(counts, (n) => Buffer.allocUnsafe(n * 4));
  const at = new Int32Array(out.length);
  const idAt = new Int32Array(out.length);
  for (let i = 0, start = 0; i < rows; i++) {
    const k = of[i]!;
    const end = ends[i]!;
    if (k >= 0) {
      const line = lines[k]!;
      let a = at[k]!;
      if (a > 0) line[a++] = NL; // a separator before every line but the first
      for (let j = start; j < end; j++) line[a++] = codes[j]!;
      at[k] = a;
      const idOut = idsOut[k]!;
      let b = idAt[k]!;
      for (let j = i * 4; j < i * 4 + 4; j++) idOut[b++] = ids[j]!;
      idAt[k] = b;
    }
    start = end + 1;
  }
  out.forEach((o, k) => {
    if (counts[k]! === 0) return;
    o.lines.push(lines[k]!);
    o.ids.push(idsOut[k]!);
    o.size += counts[k]!;
  });
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
 * Drawable entities in code order as three aggregates — codes, ids, one stratum character each —
 * read in binary COPY, so the codes arrive as the UTF-8 bytes they are. Walks entities_uscc_key
 * (index-only). COPY takes no parameters: `where` and `limit` carry literals only.
 */
async function ordered(trx: Transaction<Database>, where: RawBuilder<unknown>, limit: RawBuilder<unknown>): Promise<Chunk | null> {
  const [rows, codes, ids, strata] = await copiedRow(trx, sql`SELECT count(*)::int4, string_agg(uscc, E'\\n'), string_agg(int4send(id), ''::bytea), string_agg(s, '')
    FROM (SELECT e.uscc, e.id, ${STRATUM_CHAR} AS s FROM entities e WHERE ${where} ORDER BY e.uscc COLLATE "C" ${limit}) c`);
  return codes && ids && strata ? { rows: rows!.readInt32BE(0), codes, ids, strata } : null;
}
