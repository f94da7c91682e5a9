import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RISK_TIER,
  ENTITY_HEADERS,
  INSPECTOR_HEADERS,
  findHeaderRow,
  mapHeader,
  parseEntityRow,
  parseInspectorRow,
  rowValues,
  type EntityRecord,
  type InspectorRecord,
} from '../src/directory-import.ts';
import { makeUscc } from '../src/uscc.ts';

const USCC = '91350100M000100Y43';
const INDIVIDUAL = makeUscc('92460105MA5T12345');
const COOP = makeUscc('93460200MA5T12345');
const SOCIAL = makeUscc('51460000MJ0000123');

function entity(values: Record<string, string>): EntityRecord {
  const r = parseEntityRow({ 统一社会信用代码: USCC, 名称: '福州某某有限公司', ...values }, 5);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

function entityErrors(values: Record<string, string>) {
  const r = parseEntityRow({ 统一社会信用代码: USCC, 名称: '福州某某有限公司', ...values }, 5);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

function inspector(values: Record<string, string>): InspectorRecord {
  const r = parseInspectorRow({ 姓名: '张三', 执法证号: '46010012345', ...values }, 3);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}

function inspectorErrors(values: Record<string, string>) {
  const r = parseInspectorRow({ 姓名: '张三', 执法证号: '46010012345', ...values }, 3);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('mapHeader', () => {
  it('maps every entity alias', () => {
    for (const [field, aliases] of Object.entries(ENTITY_HEADERS)) {
      for (const alias of aliases) expect(mapHeader([alias], 'entities').columns, alias).toEqual([field]);
    }
  });

  it('maps every inspector alias', () => {
    for (const [field, aliases] of Object.entries(INSPECTOR_HEADERS)) {
      for (const alias of aliases) expect(mapHeader([alias], 'inspectors').columns, alias).toEqual([field]);
    }
  });

  it('ignores case, spacing, required marks and notes; unknown columns are null', () => {
    const m = mapHeader(['*统一社会信用代码', '企业 名称', '法定代表人（负责人、经营者）', 'Contact_Phone', '备注', ''], 'entities');
    expect(m).toEqual({ columns: ['uscc', 'name', 'legalRepresentative', 'contactPhone', null, null], missing: [] });
  });

  it('counts a repeated column once', () => {
    expect(mapHeader(['名称', '企业名称', 'uscc'], 'entities').columns).toEqual(['name', null, 'uscc']);
  });

  it('lists missing required columns', () => {
    expect(mapHeader(['名称'], 'entities').missing).toEqual(['缺少必填列“统一社会信用代码”']);
    expect(mapHeader([], 'entities').missing).toEqual(['缺少必填列“统一社会信用代码”', '缺少必填列“名称”']);
    expect(mapHeader(['姓名', '职务'], 'inspectors').missing).toEqual(['缺少必填列“执法证号”']);
    expect(mapHeader(['证件号码'], 'inspectors').missing).toEqual(['缺少必填列“姓名”']);
  });

  it('findHeaderRow skips title rows', () => {
    expect(findHeaderRow([['检查对象名录'], ['统一社会信用代码', '企业名称'], [USCC, 'x']], 'entities')).toBe(1);
    expect(findHeaderRow([['姓名', '执法证号']], 'inspectors')).toBe(0);
    expect(findHeaderRow([['姓名']], 'inspectors')).toBe(-1);
  });

  it('rowValues keys a row by header text (first of duplicates, missing cells empty)', () => {
    expect(rowValues(['名称', '', '名称', '地址'], ['a', 'b', 'c'])).toEqual({ 名称: 'a', 地址: '' });
  });
});

describe('parseEntityRow', () => {
  it('parses a complete row with defaults where the file is silent', () => {
    expect(entity({})).toEqual({
      uscc: USCC, name: '福州某某有限公司', kind: 'enterprise', status: 'active', legalRepresentative: '', contactPhone: '',
      address: '', regionCode: '350100', businessScope: '', industryTags: [], riskTier: DEFAULT_RISK_TIER,
      abnormalList: false, seriousViolationList: false, complaintCount: 0, tags: [],
    });
    expect(DEFAULT_RISK_TIER).toBe('B');
  });

  it('reads every column through Chinese headers', () => {
    const v = entity({
      统一社会信用代码: ' 91350100m000100y43 ', 名称: '', 企业名称: ' 某公司 ', 主体类型: '个体工商户', 登记状态: '注销', 法定代表人: '李四',
      联系电话: '0898-66668888', 住所: '海口市龙华区', 行政区划: '460106', 经营范围: '食品销售', 行业: '餐饮、零售;批发；餐饮',
      信用风险分类: 'C', 经营异常名录: '是', 严重违法失信名单: 'Y', 投诉次数: '3', 部门标签: '食品,重点',
    });
    expect(v).toEqual({
      uscc: USCC, name: '某公司', kind: 'individual', status: 'deregistered', legalRepresentative: '李四', contactPhone: '0898-66668888',
      address: '海口市龙华区', regionCode: '460106', businessScope: '食品销售', industryTags: ['餐饮', '零售', '批发'], riskTier: 'C',
      abnormalList: true, seriousViolationList: true, complaintCount: 3, tags: ['食品', '重点'],
    });
  });

  it('reads English keys (API rows)', () => {
    const r = parseEntityRow({ uscc: USCC, name: 'Acme', kind: 'cooperative', status: 'moved_out', riskTier: 'a', abnormalList: 'false', complaintCount: '0' }, 1);
    expect(r.ok && r.value).toMatchObject({ kind: 'cooperative', status: 'moved_out', riskTier: 'A', abnormalList: false });
  });

  it('uses the first non-empty of two columns for one field', () => {
    expect(entity({ 名称: '', 企业名称: '乙公司' }).name).toBe('乙公司');
  });

  it.each([
    ['企业', 'enterprise'], ['有限责任公司（自然人投资或控股）', 'enterprise'], ['股份有限公司(上市)', 'enterprise'],
    ['个人独资企业', 'enterprise'], ['普通合伙企业', 'enterprise'], ['分公司', 'enterprise'], ['外商投资企业', 'enterprise'],
    ['个体工商户', 'individual'], ['个体', 'individual'], ['农民专业合作社', 'cooperative'], ['合作社', 'cooperative'],
    ['其他', 'other'], ['其它', 'other'], ['enterprise', 'enterprise'], ['INDIVIDUAL', 'individual'], ['other', 'other'],
  ])('主体类型 %s → %s', (text, kind) => {
    expect(entity({ 类型: text }).kind).toBe(kind);
  });

  it('infers the kind from the USCC when the column is empty', () => {
    expect(entity({ 统一社会信用代码: INDIVIDUAL }).kind).toBe('individual');
    expect(entity({ 统一社会信用代码: COOP }).kind).toBe('cooperative');
    expect(entity({ 统一社会信用代码: SOCIAL }).kind).toBe('other');
    expect(entity({ 统一社会信用代码: USCC, kind: '' }).kind).toBe('enterprise');
  });

  it.each([
    ['存续', 'active'], ['在业', 'active'], ['开业', 'active'], ['存续（在营、开业、在册）', 'active'], ['active', 'active'],
    ['注销', 'deregistered'], ['已注销', 'deregistered'], ['吊销', 'revoked'], ['吊销，未注销', 'revoked'],
    ['撤销', 'cancelled'], ['迁出', 'moved_out'], ['deregistered', 'deregistered'], ['revoked', 'revoked'], ['cancelled', 'cancelled'],
  ])('登记状态 %s → %s', (text, status) => {
    expect(entity({ 经营状态: text }).status).toBe(status);
  });

  it.each([
    ['A', 'A'], ['b', 'B'], ['Ｃ', 'C'], ['D类', 'D'], ['A级', 'A'], ['低', 'A'], ['低风险', 'A'], ['中', 'B'], ['一般风险', 'B'],
    ['较高', 'C'], ['较高风险', 'C'], ['高', 'D'], ['高风险企业', 'D'],
  ])('风险等级 %s → %s', (text, tier) => {
    expect(entity({ 风险等级: text }).riskTier).toBe(tier);
  });

  it.each([
    ['是', true], ['否', false], ['Y', true], ['n', false], ['true', true], ['FALSE', false], ['1', true], ['0', false],
    ['yes', true], ['no', false], ['已列入', true], ['未列入', false], ['', false],
  ])('名录 %s → %s', (text, value) => {
    expect(entity({ 列入经营异常名录: text }).abnormalList).toBe(value);
    expect(entity({ 列入严重违法失信名单: text }).seriousViolationList).toBe(value);
  });

  it('region code: explicit, 12-digit statistical code, or from the USCC', () => {
    expect(entity({ 区划代码: '460107' }).regionCode).toBe('460107');
    expect(entity({ 行政区划代码: '460107001000' }).regionCode).toBe('460107');
    expect(entity({}).regionCode).toBe('350100');
  });

  it('complaint count accepts integers written as 3.0', () => {
    expect(entity({ 投诉次数: '3.0' }).complaintCount).toBe(3);
  });

  it('rejects a bad USCC with the precise reason', () => {
    expect(entityErrors({ 统一社会信用代码: '91350100M000100Y44' })).toEqual([
      { row: 5, column: '统一社会信用代码', reason: '统一社会信用代码校验位应为“3”，实际为“4”' },
    ]);
    expect(entityErrors({ 统一社会信用代码: '' })).toEqual([{ row: 5, column: '统一社会信用代码', reason: '统一社会信用代码不能为空' }]);
    expect(entityErrors({ 统一社会信用代码: '123' })[0]!.reason).toBe('统一社会信用代码长度应为18位（实际3位）');
  });

  it('names the canonical column when a required column is absent altogether', () => {
    const r = parseEntityRow({ 地址: 'x' }, 9);
    expect(r).toEqual({
      ok: false,
      errors: [
        { row: 9, column: '统一社会信用代码', reason: '统一社会信用代码不能为空' },
        { row: 9, column: '名称', reason: '名称不能为空' },
      ],
    });
  });

  it('rejects every unreadable value, each with its column as spelled in the file', () => {
    const errors = entityErrors({
      企业名称: 'x'.repeat(201), 名称: '', 企业类型: '事业单位', 经营状态: '歇业中', 行政区划: '4601', 信用风险分类: 'E',
      经营异常名录: '也许', 严重违法失信名单: '待定', 投诉次数: '-1',
    });
    expect(errors).toEqual([
      { row: 5, column: '企业名称', reason: '名称过长（最多200个字）' },
      { row: 5, column: '企业类型', reason: '主体类型“事业单位”无法识别，应为企业、个体工商户、农民专业合作社或其他' },
      { row: 5, column: '经营状态', reason: '登记状态“歇业中”无法识别，应为存续（在业）、注销、吊销、撤销或迁出' },
      { row: 5, column: '行政区划', reason: '行政区划代码应为6位数字，实际为“4601”' },
      { row: 5, column: '信用风险分类', reason: '信用风险分类应为A、B、C、D（或低、中、较高、高），实际为“E”' },
      { row: 5, column: '经营异常名录', reason: '经营异常名录应填“是”或“否”，实际为“也许”' },
      { row: 5, column: '严重违法失信名单', reason: '严重违法失信名单应填“是”或“否”，实际为“待定”' },
      { row: 5, column: '投诉次数', reason: '投诉次数应为0或正整数，实际为“-1”' },
    ]);
  });

  it.each(['1.5', 'abc', '三'])('rejects complaint count %s', (text) => {
    expect(entityErrors({ 投诉次数: text })[0]!.reason).toBe(`投诉次数应为0或正整数，实际为“${text}”`);
  });
});

describe('parseInspectorRow', () => {
  it('parses a complete row', () => {
    expect(
      inspector({ 职务: '科长', 执法证号: 'hn-0012', 有效期至: '2027-12-31', 业务专长: '食品、药品', 执法领域: '市场监管;食品安全', 在岗: '在岗' }),
    ).toEqual({
      name: '张三', position: '科长', certificateNo: 'HN-0012', certificateValidUntil: '2027-12-31',
      expertise: ['食品', '药品'], fields: ['市场监管', '食品安全'], active: true,
    });
  });

  it('defaults: no expiry, active', () => {
    expect(inspector({})).toMatchObject({ position: '', certificateValidUntil: null, expertise: [], fields: [], active: true });
  });

  it('reads English keys', () => {
    const r = parseInspectorRow({ name: 'Li', certificateNo: 'A1', certificateValidUntil: '2030/1/2', active: 'false', expertise: 'x', fields: 'y', position: 'p' }, 1);
    expect(r).toEqual({ ok: true, value: { name: 'Li', position: 'p', certificateNo: 'A1', certificateValidUntil: '2030-01-02', expertise: ['x'], fields: ['y'], active: false } });
  });

  it.each([
    ['2027-12-31', '2027-12-31'], ['2027/12/31', '2027-12-31'], ['2027.1.5', '2027-01-05'], ['2027年12月31日', '2027-12-31'],
    ['2027年1月5日', '2027-01-05'], ['20271231', '2027-12-31'], ['46752', '2027-12-31'], ['46752.5', '2027-12-31'],
    ['2027-12-31 00:00:00', '2027-12-31'], ['长期', null], ['长期有效', null], ['永久', null], ['', null],
  ])('有效期 %s → %s', (text, value) => {
    expect(inspector({ 证件有效期: text }).certificateValidUntil).toBe(value);
  });

  it.each([
    ['在岗', true], ['是', true], ['启用', true], ['正常', true], ['1', true], ['true', true],
    ['离岗', false], ['不在岗', false], ['否', false], ['停用', false], ['禁用', false], ['调离', false], ['退休', false], ['0', false], ['false', false],
  ])('在岗 %s → %s', (text, value) => {
    expect(inspector({ 状态: text }).active).toBe(value);
  });

  it('accepts every certificate alias', () => {
    for (const alias of INSPECTOR_HEADERS.certificateNo) {
      const r = parseInspectorRow({ 姓名: '张三', [alias]: 'X-1' }, 2);
      expect(r.ok && r.value.certificateNo, alias).toBe('X-1');
    }
  });

  it('rejects missing name and certificate', () => {
    expect(parseInspectorRow({ 职务: '科员' }, 7)).toEqual({
      ok: false,
      errors: [
        { row: 7, column: '姓名', reason: '姓名不能为空' },
        { row: 7, column: '执法证号', reason: '执法证号不能为空' },
      ],
    });
  });

  it('rejects every unreadable value', () => {
    expect(inspectorErrors({ 姓名: '张'.repeat(51), 执法证号: '', 证件号码: '琼A12345', 有效期至: '2027-02-30', 在岗状态: '出差' })).toEqual([
      { row: 3, column: '姓名', reason: '姓名过长（最多50个字）' },
      { row: 3, column: '证件号码', reason: '执法证号只能包含数字、字母和“-”' },
      { row: 3, column: '有效期至', reason: '证件有效期“2027-02-30”无法识别，请填写如 2027-12-31 的日期' },
      { row: 3, column: '在岗状态', reason: '在岗状态应填“在岗”或“离岗”，实际为“出差”' },
    ]);
    expect(inspectorErrors({ 执法证号: '1'.repeat(33) })).toEqual([
      { row: 3, column: '执法证号', reason: '执法证号过长（最多32位，实际33位）' },
    ]);
  });

  it.each(['下个月', '2027-13-01', '27-12-31', '123'])('rejects 有效期 %s', (text) => {
    expect(inspectorErrors({ 有效期: text })[0]!.reason).toBe(`证件有效期“${text}”无法识别，请填写如 2027-12-31 的日期`);
  });
});
