import { compareUtf8 } from '@sxgk/core/draw/index';

/** Position of `id` in an ascending (UTF-8 byte order) list, or -1: the snapshot's lookups. */
export function indexOfSorted(sorted: readonly string[], id: string): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareUtf8(sorted[mid]!, id);
    if (c === 0) return mid;
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
