import {
  mapHeader, parseEntityRow, rowValues, type EntityField, type EntityRecord, type RowResult,
} from '@sxgk/core/directory-import';
import { makeUscc, usccCheckChar, validateUscc } from '@sxgk/core/uscc';

// parseEntityRow for a million rows: same results, several times faster. Most columns hold a
// few distinct texts (类型, 状态, 风险分类, 是/否 …), so each distinct text of such a column is
// parsed once — by parseEntityRow itself, on a one-cell row — and remembered. Free-text
// columns are taken as parseEntityRow takes them. A row with any problem is handed to
// parseEntityRow whole, so rejections read exactly as core words them.

const MEMO_FIELDS = [
  'kind', 'status', 'regionCode', 'industryTags', 'riskTier', 'abnormalList', 'seriousViolationList', 'complaintCount', 'tags',
] as const satisfies readonly EntityField[];
const TEXT_FIELDS = ['legalRepresentative', 'contactPhone', 'address', 'businessScope'] as const satisfies readonly EntityField[];
type MemoField = (typeof MEMO_FIELDS)[number];

const SAMPLE_USCC = makeUscc('91410100000000000');
const CACHE_LIMIT = 50_000; // distinct texts kept per column; beyond that, parse without keeping
const FAILED = Symbol('failed');

export type EntityRowParser = (cells: string[], rowNo: number) => RowResult<EntityRecord>;

export function entityRowParser(header: string[]): EntityRowParser {
  const columns = fieldColumns(header);
  const headerOf = (f: EntityField) => header[columns.get(f)?.[0] ?? -1] ?? '';
  const usccHeader = headerOf('uscc');
  const nameHeader = headerOf('name');
  const caches = new Map(MEMO_FIELDS.map((f) => [f, new Map<string, unknown>()]));

  // First non-empty cell among the field's columns, as parseEntityRow's collect() chooses.
  const cell = (cells: string[], f: EntityField): string => {
    const cols = columns.get(f);
    if (!cols) return '';
    for (const c of cols) {
      const v = (cells[c] ?? '').trim();
      if (v) return v;
    }
    return '';
  };

  // kind and regionCode default from the code when empty, so their key carries its part.
  const memo = (f: MemoField, text: string, uscc: string): unknown => {
    const key = text || (f === 'kind' ? `\0${uscc.slice(0, 2)}` : f === 'regionCode' ? `\0${uscc.slice(2, 8)}` : '\0');
    const cache = caches.get(f)!;
    let v = cache.get(key);
    if (v === undefined) {
      const values: Record<string, string> = { [usccHeader]: text ? SAMPLE_USCC : uscc, [nameHeader]: '名称' };
      if (text) values[headerOf(f)] = detach(text);
      const r = parseEntityRow(values, 0);
      v = r.ok ? r.value[f] : FAILED;
      if (cache.size < CACHE_LIMIT) cache.set(detach(key), v);
    }
    return v;
  };

  return function parse(cells, rowNo) {
    const uscc = plainUscc(cell(cells, 'uscc'));
    const name = cell(cells, 'name');
    if (!uscc || !name || (name.length > 200 && [...name].length > 200)) return parseEntityRow(rowValues(header, cells), rowNo);
    const value = { uscc, name } as EntityRecord;
    for (const f of MEMO_FIELDS) {
      const v = memo(f, cell(cells, f), uscc);
      if (v === FAILED) return parseEntityRow(rowValues(header, cells), rowNo);
      (value as unknown as Record<string, unknown>)[f] = v;
    }
    for (const f of TEXT_FIELDS) value[f] = cell(cells, f);
    return { ok: true, value };
  };
}

// A code as registries export it (18 upper-case ASCII code characters) is checked without
// validateUscc's Unicode folding; anything else goes through validateUscc.
const PLAIN_USCC = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
function plainUscc(text: string): string | null {
  if (PLAIN_USCC.test(text)) return usccCheckChar(text.slice(0, 17)) === text[17] ? detach(text) : null;
  const checked = validateUscc(text);
  return checked.ok ? detach(checked.uscc) : null;
}

// A cell is a slice of a whole decoded chunk of the file; what outlives the row (the codes kept
// for duplicate checks, the cached texts) is copied, so the chunk can be freed.
const detach = (s: string): string => (` ${s}`).slice(1);

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
