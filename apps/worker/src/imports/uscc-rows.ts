import { USCC_VALUE } from '@sxgk/core/uscc';

// The row each code of an import was first seen on, to reject later repeats: a hash table of
// codes as numbers rather than a Map of a million strings. A valid code's 17 characters are
// base-31 digits (the 18th follows from them): the first nine make one exact number below 2^45,
// the other eight one below 2^40. A slot packs both and the row into four 32-bit words, side by
// side, so a probe of a table far larger than the CPU's caches costs one memory access.

const SLOT = 4; // hi's low 32 bits, hi's high 13 bits | lo's high 8 bits << 13, lo's low 32 bits, row (0 = free)
const TWO_32 = 4294967296;

export class UsccRows {
  private capacity = 1 << 16;
  private slots = new Uint32Array(this.capacity * SLOT);
  private size = 0;

  /**
   * Makes room for `rows` codes in all, so that the table is not rebuilt while they come: each
   * rebuild moves every code so far to a random place in a larger table, most of them a miss of
   * the CPU's caches.
   */
  reserve(rows: number): void {
    let capacity = this.capacity;
    while (rows * 2 > capacity) capacity *= 2;
    if (capacity > this.capacity) this.rebuild(capacity);
  }

  /**
   * For the valid code in bytes b[at, at + 18): the row it was first seen on, or 0 when it is
   * new — and then it is recorded as seen on `row` (> 0).
   */
  firstRow(b: Uint8Array, at: number, row: number): number {
    let hi = 0;
    let lo = 0;
    for (let i = 0; i < 9; i++) hi = hi * 31 + USCC_VALUE[b[at + i]!]!;
    for (let i = 9; i < 17; i++) lo = lo * 31 + USCC_VALUE[b[at + i]!]!;
    const w0 = hi >>> 0;
    const w1 = ((hi / TWO_32) | ((lo / TWO_32) << 13)) >>> 0;
    const w2 = lo >>> 0;
    const s = this.slots;
    const mask = this.capacity - 1;
    for (let slot = slotOf(w0, w1, w2, mask); ; slot = (slot + 1) & mask) {
      const k = slot * SLOT;
      const seen = s[k + 3]!;
      if (seen === 0) {
        s[k] = w0;
        s[k + 1] = w1;
        s[k + 2] = w2;
        s[k + 3] = row;
        if (++this.size * 2 > this.capacity) this.rebuild(this.capacity * 2);
        return 0;
      }
      if (s[k] === w0 && s[k + 2] === w2 && s[k + 1] === w1) return seen;
    }
  }

  private rebuild(capacity: number): void {
    const old = this.slots;
    this.capacity = capacity;
    this.slots = new Uint32Array(capacity * SLOT);
    const s = this.slots;
    const mask = capacity - 1;
    for (let i = 0; i < old.length; i += SLOT) {
      if (old[i + 3] === 0) continue;
      let slot = slotOf(old[i]!, old[i + 1]!, old[i + 2]!, mask);
      while (s[slot * SLOT + 3] !== 0) slot = (slot + 1) & mask;
      s.set(old.subarray(i, i + SLOT), slot * SLOT);
    }
  }
}

const slotOf = (w0: number, w1: number, w2: number, mask: number) =>
  (Math.imul(w0 ^ Math.imul(w1, 0x27d4eb2d), 0x9e3779b1) ^ Math.imul(w2, 0x85ebca6b)) & mask;
