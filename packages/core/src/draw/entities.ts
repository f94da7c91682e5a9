import type { RandomStream } from './stream.ts';

// Step 1: a partial Fisher-Yates shuffle of each stratum's ascending population, done on
// positions (0..N-1) so the caller maps them to ids, entity rows or both. Only the k drawn
// positions matter, so for small ratios the swaps live in a Map instead of a copy of the whole
// range (10 million positions would otherwise be written to draw a few thousand).

/** k = min(N, ceil(N * ratioBp / 10000)), integers only (N * ratioBp < 2^53 for any real N). */
export function sampleSize(n: number, ratioBp: number): number {
  const p = n * ratioBp;
  const r = p % 10000;
  const k = (p - r) / 10000 + (r > 0 ? 1 : 0);
  return k < n ? k : n;
}

/** The stratum's selection as positions in its ascending population of `n`, in draw order. */
export function selectPositions(n: number, ratioBp: number, stream: RandomStream): Int32Array {
  const k = sampleSize(n, ratioBp);
  const selected = new Int32Array(k);
  if (k * 4 > n) {
    const a = new Int32Array(n);
    for (let i = 0; i < n; i++) a[i] = i;
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
    const moved = new Map<number, number>();
    for (let i = 0; i < k; i++) {
      const j = i + stream.uniform(n - i);
      const atJ = moved.get(j) ?? j;
      moved.set(j, moved.get(i) ?? i);
      selected[i] = atJ;
    }
  }
  return selected;
}
