import { USCC_VALUE } from '@sxgk/core/uscc';

// The row each code of an import was first seen on, to reject later repeats: a hash table of
// codes as numbers rather than a Map of a million strings. A valid code's 17 characters are
// base-31 digits (the 18th follows from them): the first nine make one exact number, the
// other eight another. A slot holds both and the row side by side, so a probe of a table far
// larger than the CPU's caches costs one memory access, not three.

const SLOT = 3; // hi, lo, row (0 = free)

export class UsccRows {
  private capacity = 1 << 16;
  private slots = new Float64Array(this.capacity * SLOT);
  private size = 0;

  /**
   * For the valid code in bytes b[at, at + 18): the row it was first seen on, or 0 when it is
   * new — and then it is recorded as seen on `row` (> 0).
   */
  firstRow(b: Uint8Array, at: number, row: number): number {
    let hi = 0;
    let lo = 0;
    for (let i = 0; i < 9; i++) hi = hi * 31 + USCC_VALUE[b[at + i]!]!;
    for (let i = 9; i < 17; i++) lo = lo * 31 + USCC_VALUE[b[at + i]!]!;
    const s = this.slots;
    const mask = this.capacity - 1;
    for (let slot = slotOf(hi, lo, mask); ; slot = (slot + 1) & mask) {
      const k = slot * SLOT;
      const seen = s[k + 2]!;
      if (seen === 0) {
        s[k] = hi;
        s[k + 1] = lo;
        s[k + 2] = row;
        if (++this.size * 2 > this.capacity) this.grow();
        return 0;
      }
      if (s[k] === hi && s[k + 1] === lo) return seen;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Float64Array(this.capacity * SLOT);
    const s = this.slots;
    const mask = this.capacity - 1;
    for (let i = 0; i < old.length; i += SLOT) {
      if (old[i + 2] === 0) continue;
      let slot = slotOf(old[i]!, old[i + 1]!, mask);
      while (s[slot * SLOT + 2] !== 0) slot = (slot + 1) & mask;
      const k = slot * SLOT;
      s[k] = old[i]!;
      s[k + 1] = old[i + 1]!;
      s[k + 2] = old[i + 2]!;
    }
  }
}

// both halves fold to 32 bits (>>> 0 keeps the low ones, the division the high ones)
const slotOf = (hi: number, lo: number, mask: number) =>
  (Math.imul((hi >>> 0) ^ ((hi / 4294967296) | 0), 0x9e3779b1) ^ Math.imul((lo >>> 0) ^ ((lo / 4294967296) | 0), 0x85ebca6b)) & mask;
