import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../client.ts';

// Puts each stratum's eligible entities in the spec's order (uscc ascending by UTF-8 bytes =
// COLLATE "C"). Sorting a million codes costs Postgres about a second on a small machine, while
// walking the index entities_uscc_key (uscc is COLLATE "C", INCLUDE id) costs a tenth of that, so
// a large population is read off the index and filtered here; a small one is sorted in SQL.
export interface OrderedStratum {
  population: string[];
  /** int4 big-endian entity id per population position */
  entityIds: Buffer;
}

const CHUNK = 1_000_000;

/** `eligible`: stratum → entity ids (any order), each entity in one stratum. `how` is for tests. */
export async function orderPopulation(trx: Db, eligible: Map<string, Int32Array>, how?: 'index' | 'sort'): Promise<Map<string, OrderedStratum>> {
  const total = [...eligible.values()].reduce((n, ids) => n + ids.length, 0);
  const { rows } = await sql<{ n: number }>`SELECT greatest(reltuples, 0)::bigint AS n FROM pg_class WHERE oid = 'entities'::regclass`.execute(trx);
  const large = total * 8 >= (rows[0]?.n ?? 0) && total > 10_000;
  return (how ?? (large ? 'index' : 'sort')) === 'index' ? fromIndex(trx, eligible) : sortedInSql(trx, eligible);
}

/** Walks the whole registry in code order, keeping the eligible: one pass, no sort. */
async function fromIndex(trx: Db, eligible: Map<string, Int32Array>): Promise<Map<string, OrderedStratum>> {
  const keys = [...eligible.keys()];
  let maxId = 0;
  for (const ids of eligible.values()) for (const id of ids) if (id > maxId) maxId = id;
  const stratumOf = new Uint8Array(maxId + 1); // 0 = not eligible, else 1 + index in keys
  keys.forEach((k, i) => { for (const id of eligible.get(k)!) stratumOf[id] = i + 1; });
  const out = keys.map((k) => ({ population: [] as string[], ids: Buffer.alloc(eligible.get(k)!.length * 4), n: 0 }));

  let last: string | null = null;
  for (;;) {
    const after: RawBuilder<unknown> = last === null ? sql`` : sql`WHERE uscc COLLATE "C" > ${last}`;
    const { rows }: { rows: { codes: string | null; ids: Buffer | null }[] } = await sql<{ codes: string | null; ids: Buffer | null }>`
      SELECT string_agg(uscc, E'\\n') AS codes, string_agg(int4send(id), ''::bytea) AS ids
      FROM (SELECT uscc, id FROM entities ${after} ORDER BY uscc COLLATE "C" LIMIT ${CHUNK}) c`.execute(trx);
    const { codes, ids } = rows[0]!;
    if (!codes || !ids) break;
    const list: string[] = codes.split('\n');
    for (let i = 0; i < list.length; i++) {
      const id = ids.readInt32BE(i * 4);
      const s = id <= maxId ? stratumOf[id]! : 0;
      if (s === 0) continue;
      const o = out[s - 1]!;
      o.population.push(list[i]!);
      o.ids.writeInt32BE(id, 4 * o.n++);
    }
    last = list[list.length - 1]!;
    if (list.length < CHUNK) break;
  }
  return new Map(keys.map((k, i) => [k, { population: out[i]!.population, entityIds: out[i]!.ids.subarray(0, 4 * out[i]!.n) }]));
}

/** A small population: Postgres sorts it (the hasher downstream still checks the order). */
async function sortedInSql(trx: Db, eligible: Map<string, Int32Array>): Promise<Map<string, OrderedStratum>> {
  const out = new Map<string, OrderedStratum>();
  for (const [key, ids] of eligible) {
    if (ids.length === 0) {
      out.set(key, { population: [], entityIds: Buffer.alloc(0) });
      continue;
    }
    const { rows } = await sql<{ codes: string; ids: Buffer }>`
      SELECT string_agg(uscc, E'\\n') AS codes, string_agg(int4send(id), ''::bytea) AS ids
      FROM (SELECT e.uscc, e.id FROM unnest(${Array.from(ids)}::int[]) AS u(id) JOIN entities e ON e.id = u.id
            ORDER BY e.uscc COLLATE "C") c`.execute(trx);
    out.set(key, { population: rows[0]!.codes.split('\n'), entityIds: rows[0]!.ids });
  }
  return out;
}
