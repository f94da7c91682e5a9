import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { Db } from '../client.ts';
import type { Database } from '../schema.ts';
import { copyBinaryOut } from '../repositories/copy-binary.ts';
import { dropWalking, halves, quiet, startWalking, streamRows, walkRange, type Walking } from './registry-walk.ts';
import { CodeRowReader, orderedStratum, StratumLines, type OrderedStratum } from './code-rows.ts';
import { DRAWABLE, LISTED_CHAR, LISTED_STRATUM, populationSets, type PopulationTask } from './eligibility.ts';

// A task's population, stratum by stratum, in the spec's order (uscc ascending by UTF-8 bytes =
// COLLATE "C"), as the bytes the snapshot stores and the digest hashes: UTF-8 codes joined by
// "\n". The id sets of eligibility.ts come back as compact int4 lists and become flags per entity
// id; then the registry is walked once in code order along entities_uscc_key (whose INCLUDE
// columns carry status and stratum), as rows of one binary COPY, and each drawable flagged
// entity's code is copied, byte for byte, into its stratum as the chunks arrive (code-rows.ts).
// No hash join, no sort of millions of rows, no string per entity; Postgres walks on while this
// process sorts out what has come. A small population is instead sorted in SQL.

export interface PopulationOptions {
  /** tests: force one way; by default the registry is walked when the population may hold more than an eighth of it */
  how?: 'walk' | 'sort';
  /**
   * a pool of its own (never the one `trx` came from: a walk waiting for a connection held by a
   * prepare waiting for the walk would wait forever): a large registry is then walked in two
   * halves on two of its connections, by two more Postgres processes, while `trx` reads the sets
   */
  walkers?: Db;
  /** the walk as startWalking began it (prepare does so first thing); by default begun here */
  walking?: Promise<Walking>;
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
  const { how, walkers } = opts;
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
  const walking = opts.walking ?? (walkers ? quiet(startWalking(walkers, task, how)) : null);

  // one query after another: they share the transaction's connection either way
  const read = async () => ({
    registry: (await sql<{ maxId: number | null; n: number }>`SELECT (SELECT max(id) FROM entities) AS max_id,
      greatest((SELECT reltuples FROM pg_class WHERE oid = 'entities'::regclass), 0)::bigint AS n`.execute(trx)).rows[0]!,
    members: await idList(trx, sets.members),
    targeted: await idList(trx, sets.targeted),
    matching: sets.matching ? await idList(trx, sets.matching) : null,
  });
  const { registry, members, targeted, matching } = await read().catch(async (e) => {
    await dropWalking(walking); // the walkers' connections go back to their pool first
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
  const walk = how ? how === 'walk' : count * 8 >= Number(registry.n) && count > 10_000;

  let parts: StratumLines[][]; // in code order: the lower half's, then the upper half's
  const w = await walking;
  const walks = !walk ? null : (w?.halves ?? (w?.split != null && walkers ? halves(walkers, w.split) : null));
  if (walks) {
    const sorted = walks.map(() => sorter());
    await Promise.all(walks.map((h, i) => h.release((chunk) => sorted[i]!.reader.push(chunk))));
    parts = sorted.map((x) => (x.reader.finish(), x.out));
  } else if (walk) {
    const whole = sorter();
    await walkRange(trx, null, null, (chunk) => whole.reader.push(chunk));
    whole.reader.finish();
    parts = [whole.out];
  } else {
    await dropWalking(walking); // begun on a guess that was wrong: let them finish first
    const sorted = sorter();
    if (count > 0) {
      const ids: number[] = [];
      for (let id = 0; id < size; id++) if (eligible[id]) ids.push(id);
      await streamRows(trx, sql`${DRAWABLE} AND e.id = ANY (${sql.lit(`{${ids.join(',')}}`)}::int[])`, (chunk) => sorted.reader.push(chunk));
      sorted.reader.finish();
    }
    parts = [sorted.out];
  }
  return { codes, strata: new Map(strata.map((key, k) => [key, orderedStratum(parts.map((p) => p[k]!))])) };
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

/**
 * int4send bytes (big-endian) as numbers, byte-swapped natively in place: the bytes are this
 * process's own (a COPY field), copied first only when they do not sit on a 4-byte boundary.
 */
function int32s(bytes: Buffer): Int32Array {
  let aligned = bytes;
  if (bytes.byteOffset % 4 !== 0) {
    aligned = Buffer.alloc(bytes.length); // never from the shared pool: starts on its own boundary
    bytes.copy(aligned);
  }
  return new Int32Array(aligned.swap32().buffer, aligned.byteOffset, aligned.length / 4);
}
