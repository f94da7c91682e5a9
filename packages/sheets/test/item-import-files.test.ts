import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import XLSX from 'xlsx';
// sheets has no dependency on core; the relative import keeps this end-to-end check here,
// since core itself may not read files.
import { extractItems, type ItemRow, type JointItemRow } from '@sxgk/core/item-import';
import { writeCsv } from '../src/write.ts';
import { readAll } from './helpers.ts';

const HAINAN = new URL('../../../test/fixtures/hainan-item-list-2020.xlsx', import.meta.url);

async function extract(bytes: Uint8Array) {
  const { rows, format } = await readAll(bytes);
  return { format, ...extractItems(rows) };
}

describe('事项清单 files end to end', () => {
  it('the Hainan 2020 list gives exactly 388 items and no rejections', async () => {
    const r = await extract(readFileSync(HAINAN));
    expect(r.format).toBe('xlsx');
    expect(r.kind).toBe('items');
    expect(r.headerRow).toBe(3);
    expect(r.rejected).toEqual([]);
    expect(r.items).toHaveLength(388);
    const items = r.items as ItemRow[];
    expect(items[0]).toEqual({
      row: 4,
      compilingUnit: '省教育厅',
      seq: '1',
      category: '中小学教育装备产品检查',
      name: '中小学教育装备产品（文体教育用品）检查',
      entityKind: '中小学校',
      itemType: 'general',
      methods: ['现场检查', '书面检查', '网络检查', '专业机构核查'],
      inspectingBody: '县级以上教育行政部门和市场监管部门',
      legalBasis: '《教育部关于新形势下进一步做好普通中小学装备工作的意见》（教基一〔2016〕3号）第四条第（四）项',
      ratio: '',
      frequency: '',
      content: '',
      requiredField: '',
    });
    expect(items.at(-1)).toMatchObject({ row: 391, compilingUnit: '省市场监管局', seq: '122', name: '商标代理行为的检查' });
    expect(items.every((i) => i.name && i.compilingUnit && i.seq && i.category && i.itemType)).toBe(true);
    expect(items.every((i) => i.methods.length > 0 && !i.legalBasis.includes('\r'))).toBe(true);
  });

  const grid = [
    ['某市随机抽查事项清单'],
    ['编制单位名称', '序号', '抽查项目', '', '检查对象', '事项类别', '检查方式'],
    ['', '', '抽查类别', '抽查事项', '', '', ''],
    ['市教育局', '1', '教育装备检查', '校服检查', '中小学校', '一般检查事项', '现场检查，书面检查'],
    ['', '', '', '教学仪器检查', '中小学校', '重点检查事项', '现场检查'],
  ];
  const csvText = grid.map((r) => r.join(',')).join('\r\n') + '\r\n';
  const expectItems = (items: ItemRow[]) => {
    expect(items.map((i) => [i.row, i.compilingUnit, i.seq, i.category, i.name, i.itemType, i.methods])).toEqual([
      [4, '市教育局', '1', '教育装备检查', '校服检查', 'general', ['现场检查', '书面检查']],
      [5, '市教育局', '1', '教育装备检查', '教学仪器检查', 'key', ['现场检查']],
    ]);
  };

  it.each([
    ['UTF-8 CSV', () => Buffer.from(csvText)],
    ['UTF-8 CSV with BOM', () => Buffer.from(`\uFEFF${csvText}`)],
    ['GBK CSV', () => iconv.encode(csvText, 'gbk')],
  ])('a two-row header list as %s (merged cells exported empty)', async (_, bytes) => {
    const r = await extract(bytes());
    expect(r.format).toBe('csv');
    expect(r.rejected).toEqual([]);
    expectItems(r.items as ItemRow[]);
  });

  it('the same list as .xls with merged cells', async () => {
    const ws = XLSX.utils.aoa_to_sheet(grid);
    ws['!merges'] = ['A1:G1', 'A2:A3', 'B2:B3', 'C2:D2', 'E2:E3', 'F2:F3', 'G2:G3', 'A4:A5', 'B4:B5', 'C4:C5'].map((a) => XLSX.utils.decode_range(a));
    const wb = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(wb, ws, '清单');
    const r = await extract(XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer);
    expect(r.format).toBe('xls');
    expect(r.rejected).toEqual([]);
    expectItems(r.items as ItemRow[]);
  });

  it('a joint list written by writeCsv and read back', async () => {
    const cols = ['序号', '抽查领域', '抽查事项', '检查对象', '发起部门', '配合部门'].map((h) => ({ key: h, header: h }));
    const csv = writeCsv(cols, [
      { 序号: 1, 抽查领域: '食品安全', 抽查事项: '校园食品安全检查', 检查对象: '学校食堂', 发起部门: '市教育局', 配合部门: ['市市场监管局', '市卫健委'] },
    ]);
    const r = await extract(Buffer.from(csv));
    expect(r.kind).toBe('joint');
    expect(r.items as JointItemRow[]).toMatchObject([{ row: 2, seq: '1', field: '食品安全', cooperatingDepartments: ['市市场监管局', '市卫健委'] }]);
  });
});
