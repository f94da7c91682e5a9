import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../client.ts';
import type { Task } from '../schema.ts';
import { DRAWABLE, LISTED_CHAR, LISTED_STRATUM, populationSets, STRATUM_CHAR } from './eligibility.ts';

// A task's population, stratum by stratum, in the spec's order (uscc ascending by UTF-8 bytes =
// COLLATE "C"). The id sets of eligibility.ts come back as compact int4 lists and become flags
// per entity id; then the registry is walked once in code order along entities_uscc_key, whose
// INCLUDE columns carry status and stratum, and each drawable flagged entity lands in its
// stratum. No hash joins and no sort of a million rows: a second or more on a small machine
// becomes a few hundred milliseconds. A small population is instead sorted in SQL.
export interface OrderedStratum {
  population: string[];
  /** int4 big-endian entity id per population position */
  entityIds: Buffer;
}

const MEMBER = 1;
const TARGETED = 2;
const MATCHING = 4;
const ADDED = 8;
const WALK_CHUNK = 262_144; // rows per walk query: small enough to overlap, large enough to amortise

type PopulationTask = Pick<Task, 'departmentIds' | 'directed' | 'filters' | 'year'>;

/**
 * `how` is for tests; by default the registry is walked when the population may hold more than an
 * eighth of it. Queries are sent ahead (node-pg queues them on the transaction's connection), so
 * Postgres walks the next chunk of the index while this process sorts out the last one.
 */
export async function loadPopulation(
  trx: Db, task: PopulationTask, added: readonly number[], strata: readonly string[], how?: 'walk' | 'sort',
): Promise<Map<string, OrderedStratum>> {
  const sets = populationSets(task);
  // sent ahead of need: if anything fails first, their own failure must not go unhandled
  const walkFrom = (last: string | null) => quiet(orderedChunk(trx, sql`${DRAWABLE}${last === null ? sql`` : sql` AND e.uscc > ${last}`}`, sql`LIMIT ${WALK_CHUNK}`));
  const sent = Promise.all([
    sql<{ maxId: number | null; n: number }>`SELECT (SELECT max(id) FROM entities) AS max_id,
      greatest((SELECT reltuples FROM pg_class WHERE oid = 'entities'::regclass), 0)::bigint AS n`.execute(trx).then((r) => r.rows[0]!),
    idList(trx, sets.members), idList(trx, sets.targeted), sets.matching ? idList(trx, sets.matching) : null,
  ]);
  // queued behind them, so Postgres walks while the flags are made (wasted only when the population is small)
  const first = how === 'sort' ? null : walkFrom(null);
  const [registry, members, targeted, matching] = await sent;
  const candidates = matching ? Math.min(matching.length, members.length) : members.length;
  const walk = how ? how === 'walk' : candidates * 8 >= Number(registry.n) && candidates > 10_000;
  let next = walk ? first : (await first, null);

  const flags = new Uint8Array((registry.maxId ?? 0) + 1);
  for (const id of members) flags[id]! |= MEMBER;
  for (const id of targeted) flags[id]! |= TARGETED;
  if (matching) for (const id of matching) flags[id]! |= MATCHING;
  for (const id of added) if (id < flags.length) flags[id]! |= ADDED;
  // drawable status aside (the walk or the sort checks it), who is in
  const wanted = matching ? MEMBER | MATCHING : MEMBER;
  const eligible = new Uint8Array(flags.length);
  for (let id = 0; id < flags.length; id++) {
    const f = flags[id]!;
    if (f & ADDED || ((f & wanted) === wanted && !(f & TARGETED))) eligible[id] = 1;
  }

  const slots = new Map(strata.map((key, i) => [(key === LISTED_STRATUM ? LISTED_CHAR : key).charCodeAt(0), i]));
  const parts = strata.map(() => [] as { codes: string[]; ids: Int32Array }[]);
  // two passes per chunk: each row's stratum slot (255 = not eligible) and the counts, then
  // arrays of the right size filled in order
  const take = (chunk: OrderedChunk) => {
    const codes = chunk.codes.split('\n');
    const ids = int32s(chunk.ids);
    const slot = new Uint8Array(codes.length);
    const counts = new Int32Array(strata.length);
    for (let i = 0; i < codes.length; i++) {
      if (walk && eligible[ids[i]!] !== 1) slot[i] = 255;
      else counts[(slot[i] = slots.get(chunk.strata.charCodeAt(i))!)]!++;
    }
    const mine = Array.from(counts, (n) => ({ codes: new Array<string>(n), ids: new Int32Array(n) }));
    const filled = new Int32Array(strata.length);
    for (let i = 0; i < codes.length; i++) {
      const k = slot[i]!;
      if (k === 255) continue;
      const j = filled[k]!++;
      mine[k]!.codes[j] = codes[i]!;
      mine[k]!.ids[j] = ids[i]!;
    }
    mine.forEach((m, k) => parts[k]!.push(m));
  };
  if (next) {
    for (let chunk = await next; chunk; chunk = await next) {
      next = chunk.strata.length < WALK_CHUNK ? Promise.resolve(null) : walkFrom(chunk.codes.slice(chunk.codes.lastIndexOf('\n') + 1));
      take(chunk);
    }
  } else {
    const ids: number[] = [];
    for (let id = 0; id < eligible.length; id++) if (eligible[id]) ids.push(id);
    const chunk = ids.length ? await orderedChunk(trx, sql`${DRAWABLE} AND e.id = ANY (${ids}::int[])`, sql``) : null;
    if (chunk) take(chunk);
  }
  return new Map(strata.map((key, k) => {
    const population = new Array<string>(parts[k]!.reduce((n, p) => n + p.codes.length, 0));
    const ids = new Int32Array(population.length);
    let at = 0;
    for (const p of parts[k]!) {
      for (let i = 0; i < p.codes.length; i++) population[at + i] = p.codes[i]!;
      ids.set(p.ids, at);
      at += p.codes.length;
    }
    return [key, { population, entityIds: Buffer.from(ids.buffer).swap32() }];
  }));
}

const quiet = <T>(p: Promise<T>): Promise<T> => {
  p.catch(() => undefined);
  return p;
};

/** int4 ids of a set, as one bytea: a million ids in one value instead of a million rows. */
async function idList(trx: Db, set: RawBuilder<unknown>): Promise<Int32Array> {
  const { rows } = await sql<{ ids: Buffer | null }>`SELECT string_agg(int4send(s.id), ''::bytea) AS ids FROM (${set}) s`.execute(trx);
  return int32s(rows[0]?.ids ?? Buffer.alloc(0));
}

/** int4send bytes (big-endian) as numbers: an aligned copy, byte-swapped natively. */
export function int32s(bytes: Buffer): Int32Array {
  const copy = Buffer.alloc(bytes.length);
  bytes.copy(copy);
  return new Int32Array(copy.swap32().buffer, copy.byteOffset, copy.length / 4);
}

interface OrderedChunk { codes: string; ids: Buffer; strata: string }

async function orderedChunk(trx: Db, where: RawBuilder<unknown>, limit: RawBuilder<unknown>): Promise<OrderedChunk | null> {
  const { rows } = await sql<{ codes: string | null; ids: Buffer | null; strata: string | null }>`
    SELECT string_agg(uscc, E'\\n') AS codes, string_agg(int4send(id), ''::bytea) AS ids, string_agg(stratum, '') AS strata
    FROM (SELECT e.uscc, e.id, ${STRATUM_CHAR} AS stratum FROM entities e WHERE ${where}
          ORDER BY e.uscc COLLATE "C" ${limit}) c`.execute(trx);
  const r = rows[0];
  return r?.codes && r.ids && r.strata ? { codes: r.codes, ids: r.ids, strata: r.strata } : null;
}
