import { USCC_VALUE } from '@sxgk/core/uscc';

// The row each code of an import was first seen on, to reject later repeats: a hash table of
// codes as numbers rather than a Map of a million strings. A valid code's 17 characters are
// base-31 digits (the 18th follows from them): the first nine make one exact number, the
// other eight another.

export class UsccRows {
  private capacity = 1 << 16;
  private hi = new Float64Array(this.capacity);
  private lo = new Float64Array(this.capacity);
  private rows = new Int32Array(this.capacity); // 0 = free slot
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
    const mask = this.capacity - 1;
    for (let slot = slotOf(hi, lo, mask); ; slot = (slot + 1) & mask) {
      const seen = this.rows[slot]!;
      if (seen === 0) {
        this.hi[slot] = hi;
        this.lo[slot] = lo;
        this.rows[slot] = row;
        if (++this.size * 2 > this.capacity) this.grow();
        return 0;
      }
      if (this.hi[slot] === hi && this.lo[slot] === lo) return seen;
    }
  }

  private grow(): void {
    const { hi, lo, rows } = this;
    this.capacity *= 2;
    this.hi = new Float64Array(this.capacity);
    this.lo = new Float64Array(this.capacity);
    this.rows = new Int32Array(this.capacity);
    const mask = this.capacity - 1;
    for (let i = 0; i < rows.length; i++) {
      if (rows[i] === 0) continue;
      let slot = slotOf(hi[i]!, lo[i]!, mask);
      while (this.rows[slot] !== 0) slot = (slot + 1) & mask;
      this.hi[slot] = hi[i]!;
      this.lo[slot] = lo[i]!;
      this.rows[slot] = rows[i]!;
    }
  }
}

// both halves fold to 32 bits (>>> 0 keeps the low ones, the division the high ones)
const slotOf = (hi: number, lo: number, mask: number) =>
  (Math.imul((hi >>> 0) ^ ((hi / 4294967296) | 0), 0x9e3779b1) ^ Math.imul((lo >>> 0) ^ ((lo / 4294967296) | 0), 0x85ebca6b)) & mask;
