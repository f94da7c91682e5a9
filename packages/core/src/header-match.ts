// Matching spreadsheet headers against known column names. Real headers carry noise the
// clerk does not notice: full-width characters, line breaks inside the cell, a “*” marking
// required columns, notes such as “法定代表人（负责人、经营者）”.

/** Canonical form for comparison: NFKC, no whitespace/_/-, no required-marks, no trailing notes. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\s_\-]+/g, '')
    .replace(/^[*※★]+|[*※★]+$/g, '')
    .replace(/(\([^()]*\)|【[^【】]*】|\[[^\]]*\])+$/, '')
    .replace(/[:：]$/, '')
    .toLowerCase();
}

/** Header text → field, for an alias table `{ field: ['中文名', 'englishName', …] }`. */
export function headerLookup<F extends string>(aliases: Record<F, readonly string[]>): (header: string) => F | null {
  const index = new Map<string, F>();
  for (const field of Object.keys(aliases) as F[]) {
    for (const alias of aliases[field]) index.set(normaliseHeader(alias), field);
  }
  const cache = new Map<string, F | null>(); // the same few headers repeat on every row
  return (header) => {
    let hit = cache.get(header);
    if (hit === undefined) {
      hit = index.get(normaliseHeader(header)) ?? null;
      if (cache.size < 10_000) cache.set(header, hit);
    }
    return hit;
  };
}
