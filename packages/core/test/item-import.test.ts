import { describe, expect, it } from 'vitest';
import { extractItems, type ItemRow, type JointItemRow } from '../src/item-import.ts';

const TITLE = Array(9).fill('海南省市场监管领域随机抽查事项清单\n（2020年版）');
const UPPER = ['编制单位名称', '序号', '抽查项目', '抽查项目', '检查对象', '事项类别', '检查方式', '检查主体', '检查依据'];
const LOWER = ['编制单位名称', '序号', '抽查类别', '抽查事项', '检查对象', '事项类别', '检查方式', '检查主体', '检查依据'];
const DATA = [
  ['省教育厅', '1', '中小学教育装备产品检查', '校服检查', '中小学校', '一般检查事项', '现场检查、书面检查，网络检查', '县级以上教育行政部门', '《教材管理办法》第三十六条'],
  ['省教育厅', '1', '中小学教育装备产品检查', '教学仪器检查', '中小学校', '重点检查事项', '现场检查', '县级以上教育行政部门', '依据二'],
];

function items(grid: string[][]): ItemRow[] {
  const r = extractItems(grid);
  expect(r.kind).toBe('items');
  return r.items as ItemRow[];
}

describe('extractItems: 随机抽查事项清单', () => {
  it('reads a title row and a two-row header with filled merges', () => {
    const r = extractItems([TITLE, UPPER, LOWER, ...DATA]);
    expect(r.kind).toBe('items');
    expect(r.headerRow).toBe(3);
    expect(r.rejected).toEqual([]);
    expect(r.items[0]).toEqual({
      row: 4,
      compilingUnit: '省教育厅',
      seq: '1',
      category: '中小学教育装备产品检查',
      name: '校服检查',
      entityKind: '中小学校',
      itemType: 'general',
      methods: ['现场检查', '书面检查', '网络检查'],
      inspectingBody: '县级以上教育行政部门',
      legalBasis: '《教材管理办法》第三十六条',
      ratio: '',
      frequency: '',
      content: '',
      requiredField: '',
    });
    expect((r.items[1] as ItemRow).itemType).toBe('key');
  });

  it('reads a two-row header exported to CSV (merged cells empty in the lower row)', () => {
    const upper = ['编制单位名称', '序号', '抽查项目', '', '检查对象', '事项类别', '检查方式', '检查主体', '检查依据'];
    const lower = ['', '', '抽查类别', '抽查事项', '', '', '', '', ''];
    const data = [DATA[0]!, ['', '', '', '教学仪器检查', '中小学校', '一般检查事项', '现场检查', '', '']];
    const r = extractItems([[TITLE[0]!], upper, lower, ...data]);
    expect(r.headerRow).toBe(3);
    expect(r.rejected).toEqual([]);
    const second = r.items[1] as ItemRow;
    // seq, category and compilingUnit are carried down; other empty cells stay empty.
    expect(second).toMatchObject({ row: 5, compilingUnit: '省教育厅', seq: '1', category: '中小学教育装备产品检查', name: '教学仪器检查', inspectingBody: '' });
  });

  it('reads a single-row header with every alias', () => {
    const header = ['部门', '序号', '抽查类别', '事项名称', '抽查对象', '事项类型', '抽查方式', '实施主体', '法律依据', '抽查比例', '抽查频次', '检查内容', '所需专业'];
    const row = ['市场监管局', '7', '食品', '食品生产检查', '企业、个体工商户', '重点', '现场检查/书面检查；现场检查', '市场监管部门', '《食品安全法》', '5%', '每年一次', '生产条件', '食品安全'];
    const [item] = items([header, row]);
    expect(item).toEqual({
      row: 2, compilingUnit: '市场监管局', seq: '7', category: '食品', name: '食品生产检查', entityKind: '企业、个体工商户',
      itemType: 'key', methods: ['现场检查', '书面检查'], inspectingBody: '市场监管部门', legalBasis: '《食品安全法》',
      ratio: '5%', frequency: '每年一次', content: '生产条件', requiredField: '食品安全',
    });
  });

  it.each([
    ['编制单位', '抽查项目', '抽查事项名称', '检查对象', '抽查依据', '抽查内容', '执法领域', '检查事项'],
  ])('accepts alternative header spellings', (...header) => {
    const r = extractItems([header, ['单位', '项目', '事项', '对象', '依据', '内容', '领域']]);
    expect(r.items[0]).toMatchObject({ compilingUnit: '单位', category: '项目', name: '事项', entityKind: '对象', legalBasis: '依据', content: '内容', requiredField: '领域' });
  });

  it('tolerates header noise: spaces, line breaks, required marks, notes, full-width', () => {
    const header = ['* 序 号', '抽查\n事项', '检查方式（现场/书面）', '事项类别：'];
    const [item] = items([header, ['1', '事项A', '现场检查', '一般检查事项']]);
    expect(item).toMatchObject({ seq: '1', name: '事项A', methods: ['现场检查'], itemType: 'general' });
  });

  it('skips empty rows and repeated header rows', () => {
    const r = extractItems([LOWER, DATA[0]!, [], ['', '  '], LOWER, ['', '', '', '事项B']]);
    expect(r.items.map((i) => i.row)).toEqual([2, 6]);
    expect(r.items[1]).toMatchObject({ compilingUnit: '省教育厅', seq: '1' }); // the repeat does not reset carry-down
    expect(r.rejected).toEqual([]);
  });

  it('rejects a row without a name, naming the column as in the file', () => {
    const r = extractItems([['序号', '事项名称', '检查对象'], ['1', '', '企业']]);
    expect(r.items).toEqual([]);
    expect(r.rejected).toEqual([{ row: 2, column: '事项名称', reason: '缺少事项名称（如为合并单元格，请取消合并并填充每一行）' }]);
  });

  it('rejects an unknown 事项类别 and reports every problem of the row', () => {
    const r = extractItems([['序号', '抽查事项', '事项类别'], ['1', '事项A', '特别检查事项'], ['2', '', '其他']]);
    expect(r.items).toEqual([]);
    expect(r.rejected).toEqual([
      { row: 2, column: '事项类别', reason: '事项类别应为“一般检查事项”或“重点检查事项”，实际为“特别检查事项”' },
      { row: 3, column: '抽查事项', reason: '缺少抽查事项（如为合并单元格，请取消合并并填充每一行）' },
      { row: 3, column: '事项类别', reason: '事项类别应为“一般检查事项”或“重点检查事项”，实际为“其他”' },
    ]);
  });

  it('leaves itemType null when the column is empty or absent', () => {
    expect(items([['抽查事项', '事项类别'], ['A', '']])[0]!.itemType).toBeNull();
    expect(items([['序号', '抽查事项'], ['1', 'A']])[0]!.itemType).toBeNull();
  });

  it('rejects a note merged across the table', () => {
    const r = extractItems([LOWER, DATA[0]!, Array(9).fill('注：本清单根据法律法规动态调整')]);
    expect(r.items).toHaveLength(1);
    expect(r.rejected).toEqual([{ row: 3, column: '抽查事项', reason: '该行是跨列合并的说明文字，不是抽查事项' }]);
  });

  it('carries the grouping columns down but not across an explicit new value', () => {
    const r = items([
      ['编制单位名称', '序号', '抽查类别', '抽查事项'],
      ['甲局', '1', '类一', 'a'],
      ['', '', '', 'b'],
      ['', '2', '类二', 'c'],
      ['乙局', '', '', 'd'],
    ]);
    expect(r.map((i) => [i.compilingUnit, i.seq, i.category, i.name])).toEqual([
      ['甲局', '1', '类一', 'a'],
      ['甲局', '1', '类一', 'b'],
      ['甲局', '2', '类二', 'c'],
      ['乙局', '2', '类二', 'd'],
    ]);
  });

  it('reports a grid without a recognisable header', () => {
    for (const grid of [[], [['姓名', '电话'], ['张三', '1']], [['序号', '检查对象'], ['1', '企业']]]) {
      expect(extractItems(grid)).toEqual({
        kind: 'items',
        headerRow: 0,
        items: [],
        rejected: [{ row: 0, column: '', reason: '未找到表头：前30行中没有“抽查事项”或“事项名称”列' }],
      });
    }
  });
});

describe('extractItems: 跨部门联合抽查事项清单', () => {
  it('recognises a joint list and splits 配合部门', () => {
    const r = extractItems([
      ['海南省跨部门联合抽查事项清单'],
      ['序号', '抽查领域', '抽查事项', '检查对象', '发起部门', '配合部门'],
      ['1', '食品安全', '校园食品安全检查', '学校食堂', '省教育厅', '省市场监管局、省卫生健康委\n省公安厅'],
      ['', '', '餐饮服务检查', '餐饮企业', '省市场监管局', ''],
    ]);
    expect(r.kind).toBe('joint');
    expect(r.headerRow).toBe(2);
    expect(r.rejected).toEqual([]);
    const [a, b] = r.items as JointItemRow[];
    expect(a).toEqual({
      row: 3, seq: '1', field: '食品安全', name: '校园食品安全检查', entityKind: '学校食堂', initiatingDepartment: '省教育厅',
      cooperatingDepartments: ['省市场监管局', '省卫生健康委', '省公安厅'], methods: [], legalBasis: '', ratio: '', frequency: '', content: '',
    });
    expect(b).toMatchObject({ row: 4, seq: '1', field: '食品安全', initiatingDepartment: '省市场监管局', cooperatingDepartments: [] });
  });
});
