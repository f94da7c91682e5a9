import { headerLookup } from './header-match.ts';
import { splitList } from './text-list.ts';
import { validateUscc } from './uscc.ts';
import {
  kindFromUscc,
  parseActive,
  parseCount,
  parseEntityKind,
  parseRegion,
  parseRiskTier,
  parseStatus,
  parseValidUntil,
  parseYesNo,
} from './directory-values.ts';
import type { RiskTier } from './roles.ts';

// 两库: 检查对象名录库 (entities) and 执法检查人员名录库 (inspectors), imported from the
// spreadsheets departments already keep. Header names vary by system, so each field has
// Chinese aliases plus its English name (the same parser serves JSON from the API). Every
// error names the column as the file spells it, in words a clerk can act on.

export type EntityKind = 'enterprise' | 'individual' | 'cooperative' | 'other';
export type EntityStatus = 'active' | 'deregistered' | 'revoked' | 'cancelled' | 'moved_out';

export interface EntityRecord {
  uscc: string;
  name: string;
  kind: EntityKind;
  status: EntityStatus;
  legalRepresentative: string;
  contactPhone: string;
  address: string;
  regionCode: string;
  businessScope: string;
  industryTags: string[];
  riskTier: RiskTier;
  abnormalList: boolean;
  seriousViolationList: boolean;
  complaintCount: number;
  tags: string[];
}

export interface InspectorRecord {
  name: string;
  position: string;
  certificateNo: string;
  certificateValidUntil: string | null; // YYYY-MM-DD; null = 长期 or not given
  expertise: string[];
  fields: string[];
  active: boolean;
}

export type DirectoryKind = 'entities' | 'inspectors';
export type EntityField = keyof EntityRecord;
export type InspectorField = keyof InspectorRecord;

export interface RowError {
  row: number; // 1-based spreadsheet row
  column: string; // header text as in the file
  reason: string;
}

export type RowResult<T> = { ok: true; value: T } | { ok: false; errors: RowError[] };

export interface HeaderMapping<F extends string> {
  /** Field per column of the header row; null for columns that are not imported. */
  columns: (F | null)[];
  /** One message per required column that is absent; empty when the header is usable. */
  missing: string[];
}

/** Default 信用风险分类 when the file has none: B (一般风险) is neither favoured nor targeted. */
export const DEFAULT_RISK_TIER: RiskTier = 'B';

export const ENTITY_HEADERS: Record<EntityField, readonly string[]> = {
  uscc: ['统一社会信用代码', '信用代码', '社会信用代码', 'uscc'],
  name: ['名称', '企业名称', '主体名称', '市场主体名称', '单位名称', 'name'],
  kind: ['主体类型', '类型', '企业类型', '市场主体类型', 'kind'],
  status: ['登记状态', '经营状态', '企业状态', 'status'],
  legalRepresentative: ['法定代表人', '经营者', '负责人', '法定代表人姓名', 'legalRepresentative'],
  contactPhone: ['联系电话', '电话', '联系方式', 'contactPhone', 'phone'],
  address: ['住所', '地址', '经营场所', '注册地址', 'address'],
  regionCode: ['行政区划', '区划代码', '行政区划代码', 'regionCode'],
  businessScope: ['经营范围', 'businessScope'],
  industryTags: ['行业', '行业标签', '所属行业', '行业类别', 'industryTags'],
  riskTier: ['信用风险分类', '风险等级', '信用风险等级', '风险分类', 'riskTier'],
  abnormalList: ['经营异常名录', '列入经营异常名录', '是否列入经营异常名录', 'abnormalList'],
  seriousViolationList: ['严重违法失信名单', '列入严重违法失信名单', '是否列入严重违法失信名单', 'seriousViolationList'],
  complaintCount: ['投诉次数', '投诉举报次数', 'complaintCount'],
  tags: ['部门标签', '标签', 'tags'],
};

export const INSPECTOR_HEADERS: Record<InspectorField, readonly string[]> = {
  name: ['姓名', '执法人员姓名', 'name'],
  position: ['职务', 'position'],
  certificateNo: ['执法证号', '证件号码', '执法证件号码', '执法证编号', '执法证件号', 'certificateNo'],
  certificateValidUntil: ['有效期至', '证件有效期', '有效期', '执法证有效期', 'certificateValidUntil'],
  expertise: ['业务专长', '专长', 'expertise'],
  fields: ['执法领域', 'fields'],
  active: ['在岗', '状态', '在岗状态', '是否在岗', 'active'],
};

const REQUIRED = { entities: ['uscc', 'name'], inspectors: ['name', 'certificateNo'] } as const;
const lookups = { entities: headerLookup(ENTITY_HEADERS), inspectors: headerLookup(INSPECTOR_HEADERS) };
const canonical = (kind: DirectoryKind, field: string): string =>
  (kind === 'entities' ? ENTITY_HEADERS[field as EntityField] : INSPECTOR_HEADERS[field as InspectorField])[0]!;

export function mapHeader(headerRow: string[], kind: 'entities'): HeaderMapping<EntityField>;
export function mapHeader(headerRow: string[], kind: 'inspectors'): HeaderMapping<InspectorField>;
export function mapHeader(headerRow: string[], kind: DirectoryKind): HeaderMapping<EntityField | InspectorField>;
export function mapHeader(headerRow: string[], kind: DirectoryKind): HeaderMapping<string> {
  return mapColumns(headerRow, kind);
}

function mapColumns(headerRow: string[], kind: DirectoryKind): HeaderMapping<string> {
  const lookup = lookups[kind];
  const seen = new Set<string>();
  const columns = headerRow.map((text) => {
    const field = text ? lookup(text) : null;
    if (!field || seen.has(field)) return null; // a repeated column: the first one counts
    seen.add(field);
    return field;
  });
  const missing = REQUIRED[kind].filter((f) => !seen.has(f)).map((f) => `缺少必填列“${canonical(kind, f)}”`);
  return { columns, missing };
}

/** 0-based index of the first row (within `searchRows`) naming all required columns, or -1. */
export function findHeaderRow(rows: string[][], kind: DirectoryKind, searchRows = 20): number {
  const limit = Math.min(rows.length, searchRows);
  for (let i = 0; i < limit; i++) {
    if (mapColumns(rows[i]!, kind).missing.length === 0) return i;
  }
  return -1;
}

/** One data row keyed by header text, as parseEntityRow / parseInspectorRow expect. */
export function rowValues(headerRow: string[], row: string[]): Record<string, string> {
  const values: Record<string, string> = {};
  headerRow.forEach((h, i) => {
    if (h && !(h in values)) values[h] = row[i] ?? '';
  });
  return values;
}

// Field → { column as spelled in the input, trimmed value }. Of two columns for the same
// field the first non-empty one wins.
function collect(values: Record<string, unknown>, kind: DirectoryKind): Map<string, { column: string; value: string }> {
  const lookup = lookups[kind];
  const found = new Map<string, { column: string; value: string }>();
  for (const [column, raw] of Object.entries(values)) {
    const field = lookup(column);
    if (!field) continue;
    const value = raw === null || raw === undefined ? '' : String(raw).trim();
    const prev = found.get(field);
    if (!prev || (!prev.value && value)) found.set(field, { column, value });
  }
  return found;
}

class RowCheck {
  readonly errors: RowError[] = [];
  constructor(
    private readonly found: Map<string, { column: string; value: string }>,
    private readonly kind: DirectoryKind,
    private readonly rowNo: number,
  ) {}
  value(field: string): string {
    return this.found.get(field)?.value ?? '';
  }
  fail(field: string, reason: string): void {
    this.errors.push({ row: this.rowNo, column: this.found.get(field)?.column ?? canonical(this.kind, field), reason });
  }
  /** Runs `parse` on a non-empty value; an empty one gives `fallback`. */
  parse<T>(field: string, fallback: T, parse: (v: string) => T | undefined, reason: (v: string) => string): T {
    const v = this.value(field);
    if (!v) return fallback;
    const out = parse(v);
    if (out === undefined) {
      this.fail(field, reason(v));
      return fallback;
    }
    return out;
  }
}

const LIST_SEPARATORS = /[、，,；;\n]+/;

export function parseEntityRow(values: Record<string, string>, rowNo: number): RowResult<EntityRecord> {
  const row = new RowCheck(collect(values, 'entities'), 'entities', rowNo);
  let uscc = '';
  const usccText = row.value('uscc');
  const checked = validateUscc(usccText);
  if (checked.ok) uscc = checked.uscc;
  else row.fail('uscc', `统一社会信用代码${checked.reason}`);

  const name = row.value('name');
  if (!name) row.fail('name', '名称不能为空');
  else if ([...name].length > 200) row.fail('name', '名称过长（最多200个字）');

  const kind = row.parse('kind', kindFromUscc(uscc), parseEntityKind, (v) => `主体类型“${v}”无法识别，应为企业、个体工商户、农民专业合作社或其他`);
  const status = row.parse<EntityStatus>('status', 'active', parseStatus, (v) => `登记状态“${v}”无法识别，应为存续（在业）、注销、吊销、撤销或迁出`);
  const regionCode = row.parse('regionCode', uscc ? uscc.slice(2, 8) : '', parseRegion, (v) => `行政区划代码应为6位数字，实际为“${v}”`);
  const riskTier = row.parse('riskTier', DEFAULT_RISK_TIER, parseRiskTier, (v) => `信用风险分类应为A、B、C、D（或低、中、较高、高），实际为“${v}”`);
  const yesNo = (label: string) => (v: string) => `${label}应填“是”或“否”，实际为“${v}”`;
  const abnormalList = row.parse('abnormalList', false, parseYesNo, yesNo('经营异常名录'));
  const seriousViolationList = row.parse('seriousViolationList', false, parseYesNo, yesNo('严重违法失信名单'));
  const complaintCount = row.parse('complaintCount', 0, parseCount, (v) => `投诉次数应为0或正整数，实际为“${v}”`);

  if (row.errors.length) return { ok: false, errors: row.errors };
  return {
    ok: true,
    value: {
      uscc,
      name,
      kind,
      status,
      legalRepresentative: row.value('legalRepresentative'),
      contactPhone: row.value('contactPhone'),
      address: row.value('address'),
      regionCode,
      businessScope: row.value('businessScope'),
      industryTags: splitList(row.value('industryTags'), LIST_SEPARATORS),
      riskTier,
      abnormalList,
      seriousViolationList,
      complaintCount,
      tags: splitList(row.value('tags'), LIST_SEPARATORS),
    },
  };
}

export function parseInspectorRow(values: Record<string, string>, rowNo: number): RowResult<InspectorRecord> {
  const row = new RowCheck(collect(values, 'inspectors'), 'inspectors', rowNo);
  const name = row.value('name');
  if (!name) row.fail('name', '姓名不能为空');
  else if ([...name].length > 50) row.fail('name', '姓名过长（最多50个字）');

  // Upper-cased so that “a123” and “A123” are one certificate.
  const certificateNo = row.value('certificateNo').normalize('NFKC').toUpperCase();
  if (!certificateNo) row.fail('certificateNo', '执法证号不能为空');
  else if (certificateNo.length > 32) row.fail('certificateNo', `执法证号过长（最多32位，实际${certificateNo.length}位）`);
  else if (!/^[0-9A-Z-]+$/.test(certificateNo)) row.fail('certificateNo', '执法证号只能包含数字、字母和“-”');

  const certificateValidUntil = row.parse<string | null>('certificateValidUntil', null, parseValidUntil, (v) => `证件有效期“${v}”无法识别，请填写如 2027-12-31 的日期`);
  const active = row.parse('active', true, parseActive, (v) => `在岗状态应填“在岗”或“离岗”，实际为“${v}”`);

  if (row.errors.length) return { ok: false, errors: row.errors };
  return {
    ok: true,
    value: {
      name,
      position: row.value('position'),
      certificateNo,
      certificateValidUntil,
      expertise: splitList(row.value('expertise'), LIST_SEPARATORS),
      fields: splitList(row.value('fields'), LIST_SEPARATORS),
      active,
    },
  };
}
