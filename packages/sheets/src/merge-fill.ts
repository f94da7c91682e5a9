// Government lists merge 编制单位/序号/抽查类别 cells over many rows; a row-by-row consumer
// needs the value on every row, so each cell of a merged range gets the master's value.

export interface MergeRange {
  top: number; // 1-based, inclusive
  left: number;
  bottom: number;
  right: number;
}

// A title merged across the whole sheet (A1:XFD1) must not blow up into 16 384 cells.
const MAX_FILL_COLUMN = 1024;

/** Fills rows presented in order 1, 2, 3, … without gaps; the master is read on its top row. */
export class MergeFiller {
  private readonly pending: MergeRange[];
  private active: { range: MergeRange; value: string }[] = [];

  constructor(merges: MergeRange[]) {
    this.pending = [...merges].sort((a, b) => b.top - a.top); // pop() yields the next top
  }

  apply(rowNo: number, row: string[]): void {
    while (this.pending.length && this.pending[this.pending.length - 1]!.top <= rowNo) {
      const range = this.pending.pop()!;
      const value = range.top === rowNo ? (row[range.left - 1] ?? '') : '';
      this.active.push({ range, value });
    }
    if (this.active.length === 0) return;
    this.active = this.active.filter((a) => a.range.bottom >= rowNo);
    for (const { range, value } of this.active) {
      // An empty master shows an empty range (stale values in hidden cells included).
      const right = Math.min(range.right, value ? MAX_FILL_COLUMN : row.length);
      while (row.length < right) row.push('');
      for (let c = range.left; c <= right; c++) row[c - 1] = value;
    }
  }
}

/** "B3:D7" → range; null for single cells and malformed references. */
export function parseRangeRef(ref: string): MergeRange | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) return null;
  const a = { col: columnNumber(m[1]!), row: Number(m[2]) };
  const b = { col: columnNumber(m[3]!), row: Number(m[4]) };
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
