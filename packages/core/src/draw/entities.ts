import type { RandomStream } from './stream.ts';

// Step 1: a partial Fisher-Yates shuffle of each stratum's ascending population. Only the k
// drawn positions matter, so for small ratios the swaps live in a Map instead of a copy of the
// whole population (10 million ids would otherwise be copied to draw a few thousand).

/** k = min(N, ceil(N * ratioBp / 10000)), integers only (N * ratioBp < 2^53 for any real N). */
export function sampleSize(n: number, ratioBp: number): number {
  const p = n * ratioBp;
  const r = p % 10000;
  const k = (p - r) / 10000 + (r > 0 ? 1 : 0);
  return k < n ? k : n;
}

/** The stratum's selection, in draw order; `population` must be ascending and is not modified. */
export function selectStratum(population: readonly string[], ratioBp: number, stream: RandomStream): string[] {
  const n = population.length;
  const k = sampleSize(n, ratioBp);
  const selected = new Array<string>(k);
  if (k * 4 > n) {
    const a = population.slice();
    for (let i = 0; i < k; i++) {
      const j = i + stream.uniform(n - i);
      const t = a[j]!;
      a[j] = a[i]!;
      a[i] = t;
      selected[i] = t;
    }
  } else {
    // moved[j] = what the array would hold at j after the swaps so far; position i is never read
    // again once drawn, so only the displaced value needs recording.
    const moved = new Map<number, string>();
    for (let i = 0; i < k; i++) {
      const j = i + stream.uniform(n - i);
      const atJ = moved.get(j) ?? population[j]!;
      moved.set(j, moved.get(i) ?? population[i]!);
      selected[i] = atJ;
    }
  }
  return selected;
}
