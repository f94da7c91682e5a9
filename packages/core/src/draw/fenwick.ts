// A Fenwick (binary indexed) tree of 0/1 membership over positions 0..size-1: O(log n) add,
// remove, rank and k-th member. Step 2 keeps one per load level of a group's pool.

export class Fenwick {
  readonly tree: Int32Array; // 1-based
  private readonly topBit: number;

  constructor(readonly size: number, full = false) {
    this.tree = new Int32Array(size + 1);
    if (full) for (let i = 1; i <= size; i++) this.tree[i] = i & -i; // every position present
    let b = 1;
    while (b * 2 <= size) b *= 2;
    this.topBit = b;
  }

  add(pos: number, delta: number): void {
    for (let i = pos + 1; i <= this.size; i += i & -i) this.tree[i]! += delta;
  }

  /** Number of members at positions < pos. */
  rank(pos: number): number {
    let s = 0;
    for (let i = pos; i > 0; i -= i & -i) s += this.tree[i]!;
    return s;
  }

  /** Position of the member with `idx` members before it (0-based); idx < member count. */
  select(idx: number): number {
    let pos = 0;
    let rest = idx;
    for (let b = this.topBit; b > 0; b >>= 1) {
      const next = pos + b;
      if (next <= this.size && this.tree[next]! <= rest) {
        pos = next;
        rest -= this.tree[next]!;
      }
    }
    return pos; // 1-based prefix end = 0-based position of the answer
  }
}
