// An ascending id list kept as the one "\n"-joined text it is stored and hashed as, and read by
// position without splitting it up: ten million ids are 190 MB of text, and as many separate
// strings would take several times that in memory and a second or more to make.
export class IdLines {
  private readonly starts: Int32Array;

  constructor(readonly text: string) {
    let n = text === '' ? 0 : 1;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
    this.starts = new Int32Array(n + 1);
    let line = 0;
    if (n) for (let at = -1; line < n; at = text.indexOf('\n', at + 1)) this.starts[line++] = at + 1;
    this.starts[n] = text.length + 1; // where a line after the last would start
  }

  get length(): number {
    return this.starts.length - 1;
  }

  at(i: number): string {
    return this.text.slice(this.starts[i]!, this.starts[i + 1]! - 1);
  }

  toArray(): string[] {
    return this.text === '' ? [] : this.text.split('\n');
  }
}

/** A population or pool as the core reads it: an array, or the lines of one text. */
export type IdList = readonly string[] | IdLines;

export const idAt = (list: IdList, i: number): string => (list instanceof IdLines ? list.at(i) : list[i]!);
