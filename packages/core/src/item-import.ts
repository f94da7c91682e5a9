import { headerLookup, normaliseHeader } from './header-match.ts';
import { splitList } from './text-list.ts';

// 随机抽查事项清单 (and 跨部门联合抽查事项清单) as published by departments: title rows, a
// header of one or two rows (a group title such as 抽查项目 over 抽查类别|抽查事项), then
// one item per row. Merged cells arrive filled by the sheet reader; CSV exports of merged
// cells leave them empty, hence the carry-down of the grouping columns.

export type ItemType = 'general' | 'key';

export interface ItemRow {
  row: number; // 1-based spreadsheet row
  compilingUnit: string;
  seq: string;
  category: string;
  name: string;
  entityKind: string;
  itemType: ItemType | null;
  methods: string[];
  inspectingBody: string;
  legalBasis: string;
  ratio: string;
  frequency: string;
  content: string;
  requiredField: string;
}

export interface JointItemRow {
  row: number;
  seq: string;
  field: string;
  name: string;
  entityKind: string;
  initiatingDepartment: string;
  cooperatingDepartments: string[];
  methods: string[];
  legalBasis: string;
  ratio: string;
  frequency: string;
  content: string;
}

export interface ImportRejection {
  row: number; // 1-based spreadsheet row; 0 = the file as a whole
  column: string; // header text as in the file
  reason: string;
}

/** `headerRow`: 1-based row of the (lower) header row, 0 when no header was found. */
export type ItemExtraction =
  | { kind: 'items'; headerRow: number; items: ItemRow[]; rejected: ImportRejection[] }
  | { kind: 'joint'; headerRow: number; items: JointItemRow[]; rejected: ImportRejection[] };

const ALIASES = {
  compilingUnit: ['编制单位名称', '编制单位', '编制部门', '部门'],
  seq: ['序号'],
  category: ['抽查类别', '抽查项目'],
  name: ['抽查事项', '事项名称', '抽查事项名称', '检查事项', '检查事项名称'],
  entityKind: ['检查对象', '抽查对象'],
  itemType: ['事项类别', '事项类型'],
  methods: ['检查方式', '抽查方式'],
  inspectingBody: ['检查主体', '实施主体', '抽查主体'],
  legalBasis: ['检查依据', '抽查依据', '法律依据'],
  ratio: ['抽查比例'],
  frequency: ['抽查频次'],
  content: ['抽查内容', '检查内容'],
  requiredField: ['执法领域', '所需专业'],
  field: ['抽查领域'],
  initiatingDepartment: ['发起部门'],
  cooperatingDepartments: ['配合部门'],
} as const;

type Field = keyof typeof ALIASES;
const fieldOf = headerLookup(ALIASES);
const CARRIED: readonly Field[] = ['seq', 'category', 'compilingUnit', 'field'];
const HEADER_SEARCH_ROWS = 30;

const ITEM_TYPES: Record<string, ItemType> = {
  一般检查事项: 'general', 一般事项: 'general', 一般检查: 'general', 一般: 'general',
  重点检查事项: 'key', 重点事项: 'key', 重点检查: 'key', 重点: 'key',
};

export function extractItems(rows: string[][]): ItemExtraction {
  const header = findHeader(rows);
  if (!header) {
    return {
      kind: 'items',
      headerRow: 0,
      items: [],
      rejected: [{ row: 0, column: '', reason: `未找到表头：前${HEADER_SEARCH_ROWS}行中没有“抽查事项”或“事项名称”列` }],
    };
  }
  const { columns, lastRow } = header;
  const joint = columns.has('initiatingDepartment') || columns.has('cooperatingDepartments') || columns.has('field');
  const items: (ItemRow | JointItemRow)[] = [];
  const rejected: ImportRejection[] = [];
  const carried = new Map<Field, string>();
  const nameCol = columns.get('name')!;

  for (let i = lastRow + 1; i < rows.length; i++) {
    const cells = rows[i]!;
    const rowNo = i + 1;
    if (cells.every((c) => !c || !c.trim())) continue;
    const get = (f: Field): string => {
      const col = columns.get(f);
      let v = col ? (cells[col.index] ?? '').trim() : '';
      if (CARRIED.includes(f)) {
        if (v) carried.set(f, v);
        else v = carried.get(f) ?? '';
      }
      return v;
    };
    if (isBanner(cells)) {
      rejected.push({ row: rowNo, column: nameCol.text, reason: '该行是跨列合并的说明文字，不是抽查事项' });
      continue;
    }
    if (fieldOf(cells[nameCol.index] ?? '') === 'name') continue; // header repeated on every printed page
    for (const f of CARRIED) get(f); // keep carry-down current even for rejected rows
    const name = get('name');
    const problems: ImportRejection[] = [];
    if (!name) {
      problems.push({ row: rowNo, column: nameCol.text, reason: `缺少${nameCol.text}（如为合并单元格，请取消合并并填充每一行）` });
    }
    let itemType: ItemType | null = null;
    const typeText = get('itemType');
    if (typeText) {
      itemType = ITEM_TYPES[normaliseHeader(typeText)] ?? null;
      if (!itemType) {
        problems.push({
          row: rowNo,
          column: columns.get('itemType')!.text,
          reason: `事项类别应为“一般检查事项”或“重点检查事项”，实际为“${typeText}”`,
        });
      }
    }
    if (problems.length) {
      rejected.push(...problems);
      continue;
    }
    const shared = {
      row: rowNo,
      seq: get('seq'),
      name,
      entityKind: get('entityKind'),
      methods: splitList(get('methods')),
      legalBasis: get('legalBasis'),
      ratio: get('ratio'),
      frequency: get('frequency'),
      content: get('content'),
    };
    items.push(
      joint
        ? {
            ...shared,
            field: get('field'),
            initiatingDepartment: get('initiatingDepartment'),
            cooperatingDepartments: splitList(get('cooperatingDepartments')),
          }
        : {
            ...shared,
            compilingUnit: get('compilingUnit'),
            category: get('category'),
            itemType,
            inspectingBody: get('inspectingBody'),
            requiredField: get('requiredField'),
          },
    );
  }
  return joint
    ? { kind: 'joint', headerRow: lastRow + 1, items: items as JointItemRow[], rejected }
    : { kind: 'items', headerRow: lastRow + 1, items: items as ItemRow[], rejected };
}

interface HeaderColumn {
  index: number;
  text: string;
}

// The header is the row naming the most known columns. A neighbouring row that also names
// columns is the other half of a two-row header; per column the lower row's specific name
// (抽查事项) beats the upper row's group title (抽查项目).
function findHeader(rows: string[][]): { columns: Map<Field, HeaderColumn>; lastRow: number } | null {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  let best = -1;
  let bestScore = 1; // one matching cell is not a header
  for (let i = 0; i < limit; i++) {
    const score = matchedFields(rows[i]!).size;
    if (score > bestScore) [best, bestScore] = [i, score];
  }
  if (best < 0) return null;
  let upper = best;
  let lower = best;
  if (best > 0 && isHeaderLike(rows[best - 1]!)) upper = best - 1;
  else if (best + 1 < rows.length && isHeaderLike(rows[best + 1]!)) lower = best + 1;

  const columns = new Map<Field, HeaderColumn>();
  const width = Math.max(rows[upper]!.length, rows[lower]!.length);
  for (let c = 0; c < width; c++) {
    const lowText = (rows[lower]![c] ?? '').trim();
    const upText = (rows[upper]![c] ?? '').trim();
    const low = fieldOf(lowText);
    const [field, text] = low ? [low, lowText] : [fieldOf(upText), upText];
    if (field && !columns.has(field)) columns.set(field, { index: c, text });
  }
  return columns.has('name') ? { columns, lastRow: lower } : null;
}

function matchedFields(row: string[]): Set<Field> {
  const fields = new Set<Field>();
  for (const cell of row) {
    const f = cell ? fieldOf(cell) : null;
    if (f) fields.add(f);
  }
  return fields;
}

// Data rows practically never contain two header names; a group-title row may carry
// titles we do not know, so half of its cells naming columns is enough.
function isHeaderLike(row: string[]): boolean {
  const filled = new Set(row.filter((c) => c && c.trim()));
  const known = [...filled].filter((c) => fieldOf(c)).length;
  return known >= 2 || (known === 1 && known * 2 >= filled.size);
}

// A note such as “注：……” merged across the table is filled into every column by the reader.
function isBanner(cells: string[]): boolean {
  const filled = cells.filter((c) => c && c.trim());
  return filled.length >= 3 && filled.every((c) => c === filled[0]);
}
