// "Ascending" in sxgk-draw-v1 always means by UTF-8 bytes. UTF-8 byte order equals Unicode code
// point order, and JS strings compare by UTF-16 code units, which agrees with code point order
// except where the first differing units are both >= 0xD800: surrogates (code points above
// U+FFFF) must then sort after U+E000..U+FFFF. compareUtf8 is the one definition of the order.

/** Negative, zero or positive as `a` sorts before, equal to or after `b` by UTF-8 bytes. */
export function compareUtf8(a: string, b: string): number {
  if (a === b) return 0;
  const n = a.length < b.length ? a.length : b.length;
  let i = 0;
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (i === n) return a.length - b.length; // a proper prefix sorts first
  let x = a.charCodeAt(i);
  let y = b.charCodeAt(i);
  if (x >= 0xd800 && y >= 0xd800) {
    // move surrogates above U+FFFF and U+E000..U+FFFF down into the gap they leave
    x = x < 0xe000 ? x + 0x2000 : x - 0x800;
    y = y < 0xe000 ? y + 0x2000 : y - 0x800;
  }
  return x - y;
}

/** True when no code unit is >= 0xD800, i.e. native string order already is UTF-8 order. */
export function isPlain(s: string): boolean {
  return !/[\uD800-\uFFFF]/.test(s);
}

/** Lone surrogates have no UTF-8 form (TextEncoder would silently turn them into U+FFFD). */
export function isWellFormed(s: string): boolean {
  return !/\p{Cs}/u.test(s);
}

/**
 * `ids` ascending by UTF-8 bytes: the same array when it already is (a database reading with
 * ORDER BY ... COLLATE "C" hands them over sorted, so huge populations cost one linear pass),
 * otherwise a sorted copy. `plain` (no unit >= 0xD800 anywhere) allows V8's native sort, whose
 * UTF-16 order then coincides with compareUtf8 and is about twice as fast.
 */
export function ascendingUtf8(ids: readonly string[], plain = ids.every(isPlain)): readonly string[] {
  if (isAscending(ids, plain)) return ids;
  return plain ? ids.slice().sort() : ids.slice().sort(compareUtf8);
}

function isAscending(ids: readonly string[], plain: boolean): boolean {
  for (let i = 1; i < ids.length; i++) {
    const a = ids[i - 1]!;
    const b = ids[i]!;
    if (plain ? a > b : compareUtf8(a, b) > 0) return false;
  }
  return true;
}

/** Orders exclusions by (target, then inspector), as the inspector digest hashes them. */
export function comparePairs(a: readonly [string, string], b: readonly [string, string]): number {
  return compareUtf8(a[0], b[0]) || compareUtf8(a[1], b[1]);
}

/**
 * Checks that strings arrive in ascending order, one at a time (for hashers fed from a stream).
 * Native comparison is exact unless both strings hold a unit >= 0xD800, so compareUtf8's
 * character loop only runs for those.
 */
export class AscendingCheck {
  private prev: string | undefined;
  private prevPlain = true;

  constructor(private readonly strict: boolean) {}

  /** False when `next` sorts before the previous string (or equals it, when strict). */
  next(next: string): boolean {
    const plain = isPlain(next);
    const prev = this.prev;
    let ok = true;
    if (prev !== undefined) {
      const c = plain || this.prevPlain ? (prev < next ? -1 : prev === next ? 0 : 1) : compareUtf8(prev, next);
      ok = c < 0 || (!this.strict && c === 0);
    }
    this.prev = next;
    this.prevPlain = plain;
    return ok;
  }

  /**
   * Checks a chunk of plain strings and moves on to its last one; answers the index of the first
   * one out of order, or -1. Native order is exact whenever one side is plain.
   */
  plainChunk(chunk: readonly string[]): number {
    let prev = this.prev;
    for (let i = 0; i < chunk.length; i++) {
      const next = chunk[i]!;
      if (prev !== undefined && (this.strict ? !(prev < next) : prev > next)) return i;
      prev = next;
    }
    if (chunk.length) {
      this.prev = prev;
      this.prevPlain = true;
    }
    return -1;
  }

  /** Moves on to `last` (a batch checked some other way ended with it). */
  skipTo(last: string): void {
    this.prev = last;
    this.prevPlain = isPlain(last);
  }

  get last(): string | undefined {
    return this.prev;
  }

  reset(): void {
    this.prev = undefined;
    this.prevPlain = true;
  }
}
