import { sql, type RawBuilder, type Transaction } from 'kysely';
import type { Db } from '../client.ts';
import type { Database } from '../schema.ts';
import { copyOutChunks } from '../repositories/copy-binary.ts';
import { DRAWABLE, populationSets, STRATUM_CHAR, type PopulationTask } from './eligibility.ts';

// The registry walked in code order along entities_uscc_key (whose INCLUDE columns carry status
// and stratum), as rows of binary COPY (code-rows.ts reads them). A large registry is walked in
// two halves, split at the median code, on two connections of a pool of its own ("walkers"),
// starting before the caller knows who is in: the chunks are held until it does.

/**
 * One half's walk: its chunks held until someone takes them — up to HELD_BYTES, after which the
 * walk waits (Postgres then stops sending, and the two cores go to reading the sets).
 */
export class HeldWalk {
  readonly done: Promise<void>;
  #held: Buffer[] | null = [];
  #heldBytes = 0;
  #take: ((chunk: Buffer) => void) | null = null;
  #released = () => {};
  readonly #releasing = new Promise<void>((r) => (this.#released = r));

  constructor(walkers: Db, from: string | null, to: string | null, heldBytes = HELD_BYTES) {
    this.done = quiet(walkers.transaction().execute((w) => walkRange(w, from, to, (chunk) => {
      if (!this.#held) return this.#take?.(chunk);
      this.#held.push(chunk);
      this.#heldBytes += chunk.length;
      return this.#heldBytes >= heldBytes ? this.#releasing : undefined;
    })));
  }

  /** Hands what came so far, and what comes next, to `take`; null drops it all. Answers when the walk is over. */
  release(take: ((chunk: Buffer) => void) | null): Promise<void> {
    const held = this.#held ?? [];
    this.#held = null;
    this.#take = take;
    if (take) for (const chunk of held) take(chunk);
    this.#released();
    return this.done;
  }
}

const HELD_BYTES = 16 << 20;

export interface Walking {
  /** where the halves meet; null: no statistics yet, so no halves */
  split: string | null;
  /** the two halves, lower first, when they were started on a guess that the population is large */
  halves: HeldWalk[] | null;
}

/**
 * Starts walking the registry in two halves on `walkers`, before the sets are read, when a task's
 * population looks large: when the directories hold more than an eighth of the registry (or
 * always, for `how` 'walk'; never for 'sort' or with filters, which make it small). Reads only the
 * planner's statistics, so it can run before and beside the draw's own transaction.
 */
export async function startWalking(walkers: Db, task: PopulationTask, how?: 'walk' | 'sort'): Promise<Walking> {
  if (how === 'sort') return { split: null, halves: null };
  const sets = populationSets(task);
  const split = await medianCode(walkers);
  const start = split !== null && (how === 'walk' || (!sets.matching && (await looksLarge(walkers, sets.directories))));
  return { split, halves: start ? halves(walkers, split) : null };
}

/** Drops whatever a walk begun on a guess brings; answers once its connections are back in their pool. */
export async function dropWalking(walking: Promise<Walking> | null | undefined): Promise<void> {
  const w = await walking?.catch(() => null);
  await Promise.all(w?.halves?.map((h) => h.release(null).catch(() => undefined)) ?? []);
}

export const halves = (walkers: Db, split: string): HeldWalk[] => [new HeldWalk(walkers, null, split), new HeldWalk(walkers, split, null)];

/** Drawable entities with codes in [from, to) (either end open when null), in code order, chunk by chunk. */
export function walkRange(t: Transaction<Database>, from: string | null, to: string | null, onChunk: (c: Buffer) => unknown): Promise<void> {
  const range = [
    DRAWABLE,
    ...(from !== null ? [sql`e.uscc >= ${sql.lit(from)}`] : []),
    ...(to !== null ? [sql`e.uscc < ${sql.lit(to)}`] : []),
  ];
  return streamRows(t, sql.join(range, sql` AND `), onChunk);
}

/**
 * Drawable entities (uscc, id, stratum character) in code order, in binary COPY, chunk by chunk
 * as they arrive. COPY takes no parameters: `where` carries literals only.
 */
export async function streamRows(trx: Transaction<Database>, where: RawBuilder<unknown>, onChunk: (c: Buffer) => unknown): Promise<void> {
  const query = sql`SELECT e.uscc, e.id, ${STRATUM_CHAR} FROM entities e WHERE ${where} ORDER BY e.uscc COLLATE "C"`.compile(trx);
  if (query.parameters.length) throw new Error('a COPY query cannot take parameters');
  for await (const chunk of await copyOutChunks(trx, query.sql)) await onChunk(chunk); // a promise: wait for it
}

/** Whether the directories hold more than an eighth of the registry, by the planner's statistics (no when unknown). */
async function looksLarge(db: Db, directories: readonly number[]): Promise<boolean> {
  const { rows } = await sql<{ share: number | null }>`
    SELECT sum(m.f) AS share FROM pg_stats s, unnest(s.most_common_vals::text::int[], s.most_common_freqs) AS m(v, f)
    WHERE s.schemaname = current_schema() AND s.tablename = 'directory_entries' AND s.attname = 'department_id'
      AND m.v = ANY (${[...directories]}::int[])`.execute(db);
  const { rows: [sizes] } = await sql<{ directory: number; registry: number }>`
    SELECT (SELECT reltuples FROM pg_class WHERE oid = 'directory_entries'::regclass)::float8 AS directory,
           (SELECT reltuples FROM pg_class WHERE oid = 'entities'::regclass)::float8 AS registry`.execute(db);
  return (rows[0]?.share ?? 0) * (sizes?.directory ?? 0) * 8 >= (sizes?.registry ?? Infinity);
}

/** The registry's middle code by the planner's statistics (none before ANALYZE): where the halves meet. */
export async function medianCode(db: Db): Promise<string | null> {
  const { rows } = await sql<{ median: string | null }>`
    SELECT b[(array_length(b, 1) + 1) / 2] AS median
    FROM (SELECT histogram_bounds::text::text[] AS b FROM pg_stats
          WHERE schemaname = current_schema() AND tablename = 'entities' AND attname = 'uscc') s`.execute(db);
  return rows[0]?.median ?? null;
}

/** A promise awaited later, if at all: its failure is not left unhandled meanwhile. */
export function quiet<T>(p: Promise<T>): Promise<T> {
  p.catch(() => undefined);
  return p;
}
