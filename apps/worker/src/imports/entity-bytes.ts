import {
  mapHeader, parseEntityRow, rowValues, type EntityField, type RowError,
} from '@sxgk/core/directory-import';
import { isCanonicalUscc, makeUscc } from '@sxgk/core/uscc';
import type { CsvRecord } from '@sxgk/sheets/csv-records';
import type { EntityBatch } from './entity-batch.ts';
import { FIELD_COPY, registryCopy, REGISTRY_FIELDS, tagsCopy } from './entity-copy.ts';

// parseEntityRow for a million rows, on the UTF-8 bytes of each cell: same results, written
// straight as binary COPY fields. A typical row is read without decoding a single cell: the code
// is checked on its bytes, free text is copied as it is, and every column with
// few distinct values (类型, 状态, 风险分类, 是/否 …) is parsed once per distinct text — by
// parseEntityRow itself, on a one-cell row — and its COPY field remembered. A row with anything
// unusual (a code to fold, a name too long, a value not understood) goes to parseEntityRow whole,
// so what is written and how a rejection reads is exactly what core says.

const TEXT_FIELDS = new Set<EntityField>(['name', 'legalRepresentative', 'contactPhone', 'address', 'businessScope']);

const SAMPLE_USCC = makeUscc('91410100000000000');
const CACHE_LIMIT = 50_000; // distinct texts kept per column; beyond that, parse without keeping
const FAILED = Symbol('failed');

/** ok: the row is written, its code (canonical) first in its registry fragment. */
export type RowOutcome = { ok: true } | { ok: false; errors: RowError[] } | { empty: true };

/** One field's way through the fast path, worked out once per file (a row costs no lookups by name). */
interface FieldPlan {
  field: EntityField;
  columns: readonly number[];
  kind: 'code' | 'text' | 'memo';
  memo: BytesMemo;
  /** empty cells, remembered per the part of the code they default from: [from, to) within it */
  defaults: BytesMemo;
  defaultFrom: number;
  defaultTo: number;
}

export function entityRowWriter(header: string[]) {
  const columns = fieldColumns(header);
  const hasTags = columns.has('tags');
  const headerOf = (f: EntityField) => header[columns.get(f)?.[0] ?? -1] ?? '';
  const usccHeader = headerOf('uscc');
  const nameHeader = headerOf('name');
  const planOf = (field: EntityField): FieldPlan => ({
    field, columns: columns.get(field) ?? [], kind: field === 'uscc' ? 'code' : TEXT_FIELDS.has(field) ? 'text' : 'memo',
    memo: new BytesMemo(), defaults: new BytesMemo(),
    defaultFrom: field === 'regionCode' ? 2 : 0, defaultTo: field === 'kind' ? 2 : field === 'regionCode' ? 8 : 0,
  });
  const plans = REGISTRY_FIELDS.map(planOf);
  const tagsPlan = planOf('tags');
  const namePlan = plans.find((p) => p.field === 'name')!;
  let from = 0;
  let to = 0;

  // First non-empty trimmed cell among the field's columns, as parseEntityRow's collect() chooses.
  const cell = (r: CsvRecord, p: FieldPlan): boolean => {
    for (const c of p.columns) {
      if (c >= r.count) continue;
      from = trimStart(r.buf, r.starts[c]!, r.ends[c]!);
      to = trimEnd(r.buf, from, r.ends[c]!);
      if (to > from) return true;
    }
    from = to = 0;
    return false;
  };

  // The field as binary COPY for a cell text, parsed once per distinct text (by parseEntityRow on a
  // one-cell row, so with the sample code whatever the row's). An empty cell of kind or
  // regionCode defaults from the row's code, so its value is remembered per that part of the code.
  function parsedCopy(f: EntityField, text: string | null, uscc: string): Uint8Array | typeof FAILED {
    const values: Record<string, string> = { [usccHeader]: uscc, [nameHeader]: '名称' };
    if (text !== null) values[headerOf(f)] = text;
    const parsed = parseEntityRow(values, 0);
    if (!parsed.ok) return FAILED;
    return f === 'tags' ? tagsCopy(parsed.value.tags) : (FIELD_COPY[f as keyof typeof FIELD_COPY] as (x: unknown) => Buffer)(parsed.value[f]);
  }
  function memoCopy(p: FieldPlan, r: CsvRecord, present: boolean, codeAt: number): Uint8Array | typeof FAILED {
    if (present) return p.memo.get(r.buf, from, to) ?? p.memo.set(r.buf, from, to, parsedCopy(p.field, r.buf.toString('utf8', from, to), SAMPLE_USCC));
    const a = codeAt + p.defaultFrom;
    const b = codeAt + p.defaultTo;
    return p.defaults.get(r.buf, a, b) ?? p.defaults.set(r.buf, a, b, parsedCopy(p.field, null, r.buf.toString('latin1', codeAt, codeAt + 18)));
  }

  /** The whole row by parseEntityRow, written from its record, in place of what the fast path wrote. */
  function slow(r: CsvRecord, out: EntityBatch, mark: number, tagMark: number): RowOutcome {
    out.registry.length = mark;
    out.tags.length = tagMark;
    const cells = Array.from({ length: r.count }, (_, i) => r.buf.toString('utf8', r.starts[i], r.ends[i]).trim());
    const parsed = parseEntityRow(rowValues(header, cells), r.rowNo);
    if (!parsed.ok) return parsed;
    out.begin();
    const fields = registryCopy(parsed.value);
    const tags = tagsCopy(hasTags ? parsed.value.tags : null);
    out.registry.bytes(fields, 0, fields.length);
    out.tags.bytes(tags, 0, tags.length);
    return OK;
  }
  const noTags = tagsCopy(null);

  // No function is made per row: under tsx every named closure costs a defineProperty call.
  /** Writes the row into `out` (keep or drop it after), or answers why it is rejected, or that it is empty. */
  return function writeRow(r: CsvRecord, out: EntityBatch): RowOutcome {
    let empty = true;
    for (let i = 0; i < r.count && empty; i++) empty = trimStart(r.buf, r.starts[i]!, r.ends[i]!) === r.ends[i];
    if (empty) return EMPTY;
    const mark = out.registry.length;
    const tagMark = out.tags.length;
    out.begin();
    if (!cell(r, plans[0]!) || to - from !== 18 || !isCanonicalUscc(r.buf, from)) return slow(r, out, mark, tagMark);
    const codeAt = from;
    for (let i = 0; i < plans.length; i++) {
      const p = plans[i]!;
      if (p.kind === 'code') {
        out.registry.int32(18);
        out.registry.bytes(r.buf, codeAt, codeAt + 18);
      } else if (p.kind === 'text') {
        const present = cell(r, p);
        if (p === namePlan && (!present || codePoints(r.buf, from, to) > 200)) return slow(r, out, mark, tagMark);
        out.registry.int32(to - from);
        out.registry.bytes(r.buf, from, to);
      } else {
        const v = memoCopy(p, r, cell(r, p), codeAt);
        if (v === FAILED) return slow(r, out, mark, tagMark);
        out.registry.bytes(v, 0, v.length);
      }
    }
    if (hasTags) {
      const v = memoCopy(tagsPlan, r, cell(r, tagsPlan), codeAt);
      if (v === FAILED) return slow(r, out, mark, tagMark);
      out.tags.bytes(v, 0, v.length);
    } else {
      out.tags.bytes(noTags, 0, noTags.length);
    }
    return OK;
  };
}

const OK: RowOutcome = { ok: true };
const EMPTY: RowOutcome = { empty: true };

/**
 * A value per distinct byte string (a cell's text), found by a hash of the bytes, so that no
 * string is made to look one up. Keeps at most CACHE_LIMIT texts; beyond, makes without keeping.
 */
class BytesMemo {
  private readonly buckets = new Map<number, { key: Uint8Array; value: Uint8Array | typeof FAILED }[]>();
  private size = 0;
  // the text found last: columns like 状态 or 类型 repeat row after row, and a compare beats a hash
  private last: { key: Uint8Array; value: Uint8Array | typeof FAILED } | null = null;

  get(b: Uint8Array, from: number, to: number): Uint8Array | typeof FAILED | undefined {
    if (this.last && sameBytes(this.last.key, b, from, to)) return this.last.value;
    const list = this.buckets.get(hashOf(b, from, to));
    if (!list) return undefined;
    for (const e of list) {
      if (!sameBytes(e.key, b, from, to)) continue;
      this.last = e;
      return e.value;
    }
    return undefined;
  }

  set(b: Uint8Array, from: number, to: number, value: Uint8Array | typeof FAILED): Uint8Array | typeof FAILED {
    if (this.size++ >= CACHE_LIMIT) return value;
    const h = hashOf(b, from, to);
    const entry: { key: Uint8Array; value: Uint8Array | typeof FAILED } = { key: b.slice(from, to), value };
    const list = this.buckets.get(h);
    if (list) list.push(entry);
    else this.buckets.set(h, [entry]);
    this.last = entry;
    return value;
  }
}

function sameBytes(key: Uint8Array, b: Uint8Array, from: number, to: number): boolean {
  if (key.length !== to - from) return false;
  for (let i = 0; i < key.length; i++) if (key[i] !== b[from + i]) return false;
  return true;
}

/** FNV-1a of b[from, to). */
function hashOf(b: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ b[i]!, 16777619);
  return h;
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
