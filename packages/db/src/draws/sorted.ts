import { compareUtf8 } from '@sxgk/core/draw/index';

/**
 * Position of `id` in an ascending (UTF-8 byte order) list, or -1: the snapshot's lookups.
 * Native string order agrees with UTF-8 order except around surrogates, so a native search runs
 * first (codes are ASCII in practice); only when it misses does the exact search decide.
 */
export function indexOfSorted(sorted: readonly string[], id: string): number {
  const fast = search(sorted, id, (a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return fast >= 0 ? fast : search(sorted, id, compareUtf8);
}

function search(sorted: readonly string[], id: string, compare: (a: string, b: string) => number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compare(sorted[mid]!, id);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
