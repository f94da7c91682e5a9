import {
  mapHeader, parseEntityRow, rowValues, type EntityField, type EntityRecord, type RowError,
} from '@sxgk/core/directory-import';
import { makeUscc, USCC_ALPHABET } from '@sxgk/core/uscc';
import type { EntityBatch } from './entity-batch.ts';
import { FIELD_COPY, registryCopy, REGISTRY_FIELDS, tagsCopy } from './entity-copy.ts';

// parseEntityRow for a million rows, on the UTF-8 bytes of each cell: same results, written
// straight as COPY bytes. A typical row is read without decoding a single cell: the code is
// checked on its bytes, free text is copied (escaped where COPY needs it), and every column with
// few distinct values (类型, 状态, 风险分类, 是/否 …) is parsed once per distinct text — by
// parseEntityRow itself, on a one-cell row — and its COPY bytes remembered. A row with anything
// unusual (a code to fold, a name too long, a value not understood) goes to parseEntityRow whole,
// so what is written and how a rejection reads is exactly what core says.

const MEMO_FIELDS = [
  'kind', 'status', 'regionCode', 'industryTags', 'riskTier', 'abnormalList', 'seriousViolationList', 'complaintCount', 'tags',
] as const satisfies readonly EntityField[];
const TEXT_FIELDS = new Set<EntityField>(['name', 'legalRepresentative', 'contactPhone', 'address', 'businessScope']);
type MemoField = (typeof MEMO_FIELDS)[number];

const SAMPLE_USCC = makeUscc('91410100000000000');
const CACHE_LIMIT = 50_000; // distinct texts kept per column; beyond that, parse without keeping
const FAILED = Symbol('failed');

const ALPHABET_INDEX = new Int8Array(256).fill(-1);
for (let i = 0; i < USCC_ALPHABET.length; i++) ALPHABET_INDEX[USCC_ALPHABET.charCodeAt(i)] = i;
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A row: cell i is buf[starts[i], ends[i]), UTF-8. */
export interface ByteRow {
  buf: Buffer;
  starts: Int32Array;
  ends: Int32Array;
  count: number;
  rowNo: number;
}

export type RowOutcome = { ok: true; uscc: string } | { ok: false; errors: RowError[] } | { empty: true };

export function entityRowWriter(header: string[]) {
  const columns = fieldColumns(header);
  const hasTags = columns.has('tags');
  const headerOf = (f: EntityField) => header[columns.get(f)?.[0] ?? -1] ?? '';
  const usccHeader = headerOf('uscc');
  const nameHeader = headerOf('name');
  const memo = new Map(MEMO_FIELDS.map((f) => [f, new Map<string, string | typeof FAILED>()]));
  let from = 0;
  let to = 0;

  // First non-empty trimmed cell among the field's columns, as parseEntityRow's collect() chooses.
  const cell = (r: ByteRow, f: EntityField): boolean => {
    for (const c of columns.get(f) ?? []) {
      if (c >= r.count) continue;
      from = trimStart(r.buf, r.starts[c]!, r.ends[c]!);
      to = trimEnd(r.buf, from, r.ends[c]!);
      if (to > from) return true;
    }
    from = to = 0;
    return false;
  };

  // The field's COPY text for a cell text (kind and regionCode default from the code, so an empty
  // cell's key carries that part of it), parsed once per distinct text.
  const memoCopy = (f: MemoField, r: ByteRow | null, uscc: string): string | typeof FAILED => {
    const text = r ? r.buf.toString('latin1', from, to) : '';
    const key = text || (f === 'kind' ? `\0${uscc.slice(0, 2)}` : f === 'regionCode' ? `\0${uscc.slice(2, 8)}` : '\0');
    const cache = memo.get(f)!;
    let v = cache.get(key);
    if (v === undefined) {
      const values: Record<string, string> = { [usccHeader]: text ? SAMPLE_USCC : uscc, [nameHeader]: '名称' };
      if (text) values[headerOf(f)] = r!.buf.toString('utf8', from, to);
      const parsed = parseEntityRow(values, 0);
      v = !parsed.ok ? FAILED : f === 'tags' ? tagsCopy(parsed.value.tags) : (FIELD_COPY[f] as (x: unknown) => string)(parsed.value[f]);
      if (cache.size < CACHE_LIMIT) cache.set(key, v);
    }
    return v;
  };

  /** The whole row by parseEntityRow, written from its record. */
  const slow = (r: ByteRow, out: EntityBatch): RowOutcome => {
    const cells = Array.from({ length: r.count }, (_, i) => r.buf.toString('utf8', r.starts[i], r.ends[i]).trim());
    const parsed = parseEntityRow(rowValues(header, cells), r.rowNo);
    if (!parsed.ok) return parsed;
    write(out, parsed.value);
    return { ok: true, uscc: parsed.value.uscc };
  };
  const write = (out: EntityBatch, v: EntityRecord) => {
    out.registry.text(registryCopy(v));
    out.tags.text(tagsCopy(hasTags ? v.tags : null));
  };

  /** Writes the row into `out` (keep or drop it after), or answers why it is rejected, or that it is empty. */
  return function writeRow(r: ByteRow, out: EntityBatch): RowOutcome {
    let empty = true;
    for (let i = 0; i < r.count && empty; i++) empty = trimStart(r.buf, r.starts[i]!, r.ends[i]!) === r.ends[i];
    if (empty) return { empty: true };
    const mark = out.registry.length;
    const tagMark = out.tags.length;
    const giveUp = () => {
      out.registry.length = mark;
      out.tags.length = tagMark;
      return slow(r, out);
    };

    if (!cell(r, 'uscc') || !plainUscc(r.buf, from, to)) return giveUp();
    const uscc = r.buf.toString('latin1', from, to);
    for (const f of REGISTRY_FIELDS) {
      if (f !== 'uscc') out.registry.byte(0x09);
      if (f === 'uscc') {
        out.registry.bytes(r.buf, from, to);
      } else if (TEXT_FIELDS.has(f)) {
        const present = cell(r, f);
        if (f === 'name' && (!present || codePoints(r.buf, from, to) > 200)) return giveUp();
        out.registry.escaped(r.buf, from, to);
      } else {
        const v = memoCopy(f as MemoField, cell(r, f) ? r : null, uscc);
        if (v === FAILED) return giveUp();
        out.registry.text(v);
      }
    }
    if (hasTags) {
      const v = memoCopy('tags', cell(r, 'tags') ? r : null, uscc);
      if (v === FAILED) return giveUp();
      out.tags.text(v);
    } else {
      out.tags.text(tagsCopy(null));
    }
    return { ok: true, uscc };
  };
}

/** A code as registries export it: 18 upper-case code characters, 6 digits of region, the right check character. */
function plainUscc(b: Buffer, from: number, to: number): boolean {
  if (to - from !== 18) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = b[from + i]!;
    const v = ALPHABET_INDEX[c]!;
    if (v < 0 || (i >= 2 && i < 8 && (c < 0x30 || c > 0x39))) return false;
    sum += v * WEIGHTS[i]!;
  }
  return b[from + 17] === USCC_ALPHABET.charCodeAt((31 - (sum % 31)) % 31);
}

/** Code points of UTF-8 bytes: every byte but continuation bytes starts one. */
function codePoints(b: Buffer, from: number, to: number): number {
  if (to - from <= 200) return to - from; // no more code points than bytes
  let n = 0;
  for (let i = from; i < to; i++) if ((b[i]! & 0xc0) !== 0x80) n++;
  return n;
}

// What String.prototype.trim removes, as UTF-8: TAB, LF, VT, FF, CR, space, U+00A0, U+1680,
// U+2000–U+200A, U+2028, U+2029, U+202F, U+205F, U+3000, U+FEFF.
function spaceAt(b: Buffer, i: number, to: number): number {
  const c = b[i]!;
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) return 1;
  if (c === 0xc2) return i + 1 < to && b[i + 1] === 0xa0 ? 2 : 0;
  if (i + 2 >= to) return 0;
  const d = b[i + 1]!;
  const e = b[i + 2]!;
  if (c === 0xe1) return d === 0x9a && e === 0x80 ? 3 : 0;
  if (c === 0xe2) return (d === 0x80 && ((e >= 0x80 && e <= 0x8a) || e === 0xa8 || e === 0xa9 || e === 0xaf)) || (d === 0x81 && e === 0x9f) ? 3 : 0;
  if (c === 0xe3) return d === 0x80 && e === 0x80 ? 3 : 0;
  if (c === 0xef) return d === 0xbb && e === 0xbf ? 3 : 0;
  return 0;
}

function trimStart(b: Buffer, from: number, to: number): number {
  for (let n; from < to && (n = spaceAt(b, from, to)) > 0;) from += n;
  return from;
}

function trimEnd(b: Buffer, from: number, to: number): number {
  for (;;) {
    if (to <= from) return from;
    const c = b[to - 1]!;
    if (c < 0x80) {
      if (c === 0x20 || (c >= 0x09 && c <= 0x0d)) to--;
      else return to;
    } else if (to - 2 >= from && spaceAt(b, to - 2, to) === 2) to -= 2;
    else if (to - 3 >= from && spaceAt(b, to - 3, to) === 3) to -= 3;
    else return to;
  }
}

/** Columns per field in header order, counting a header text once, as rowValues() does. */
function fieldColumns(header: string[]): Map<EntityField, number[]> {
  const columns = new Map<EntityField, number[]>();
  const seen = new Set<string>();
  header.forEach((text, i) => {
    if (!text || seen.has(text)) return;
    seen.add(text);
    const field = mapHeader([text], 'entities').columns[0];
    if (field) columns.set(field, [...(columns.get(field) ?? []), i]);
  });
  return columns;
}
