import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import XLSX from 'xlsx';
import { cellText } from '../src/read-xlsx.ts';
import { chunked, readAll } from './helpers.ts';

const HAINAN = new URL('../../../test/fixtures/hainan-item-list-2020.xlsx', import.meta.url);

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('xlsx', () => {
  it('reads the Hainan list: merged cells filled, matching exceljs’ in-memory model cell by cell', async () => {
    const bytes = readFileSync(HAINAN);
    const t = await readAll(bytes);
    expect(t.format).toBe('xlsx');
    expect(t.sheetName).toBe('Sheet1');
    expect(t.rows).toHaveLength(391);

    // exceljs' full (non-streaming) reader resolves merges itself; it is the reference.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    for (let r = 1; r <= ws.rowCount; r++) {
      const expected: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) expected.push(cellText(ws.getRow(r).getCell(c).value));
      while (expected.length && expected.at(-1) === '') expected.pop();
      expect(t.rows[r - 1], `row ${r}`).toEqual(expected);
    }
    expect(t.rows[0]).toEqual(Array(9).fill('海南省市场监管领域随机抽查事项清单\n（2020年版）'));
    expect(t.rows[6]![3]).toBe(t.rows[5]![3]); // D6:D7 merged vertically
  });

  it('streams an xlsx given in small chunks', async () => {
    const t = await readAll(chunked(readFileSync(HAINAN), 999));
    expect(t.rows).toHaveLength(391);
  });

  it('converts every kind of cell value to text', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('说明', { state: 'hidden' }).addRow(['hidden sheet comes first in tab order']);
      const ws = wb.addWorksheet('数据');
      ws.addRow(['类型', '值']);
      ws.addRow(['integer', 91350100123456]);
      ws.addRow(['huge', 1e21]);
      ws.addRow(['float', 0.1 + 0.2]);
      ws.addRow(['negative', -12.5]);
      ws.addRow(['date', new Date(Date.UTC(2024, 0, 5))]);
      ws.addRow(['datetime', new Date(Date.UTC(2024, 0, 5, 13, 30, 15))]);
      ws.addRow(['rich', { richText: [{ text: '福州' }, { font: { bold: true }, text: '某某公司' }] }]);
      ws.addRow(['formula', { formula: '1+2', result: 3 }]);
      ws.addRow(['string formula', { formula: '"a"&"b"', result: 'ab' }]);
      ws.addRow(['date formula', { formula: 'DATE(2027,12,31)', result: 46752 }]).getCell(2).numFmt = 'yyyy-mm-dd';
      ws.addRow(['bool', true]);
      ws.addRow(['link', { text: '官网', hyperlink: 'https://www.samr.gov.cn' }]);
      ws.addRow(['lines', ' 第一行\r\n第二行 ']);
      ws.addRow(['escaped', 'a_x000D_\nb']);
      ws.addRow(['error', { error: '#N/A' }]);
      ws.addRow(['chinese date fmt', 45296]).getCell(2).numFmt = 'yyyy"年"m"月"d"日"';
      ws.addRow(['percent', 0.25]).getCell(2).numFmt = '0%';
    });
    const t = await readAll(bytes);
    expect(t.sheetName).toBe('数据');
    expect(Object.fromEntries(t.rows.slice(1).map(([k, v]) => [k, v]))).toEqual({
      integer: '91350100123456',
      huge: '1000000000000000000000',
      float: '0.3',
      negative: '-12.5',
      date: '2024-01-05',
      datetime: '2024-01-05 13:30:15',
      rich: '福州某某公司',
      formula: '3',
      'string formula': 'ab',
      'date formula': '2027-12-31',
      bool: 'TRUE',
      link: '官网',
      lines: '第一行\n第二行',
      escaped: 'a\nb',
      error: '#N/A',
      'chinese date fmt': '2024-01-05',
      percent: '0.25',
    });
  });

  it('keeps row numbers across missing rows, fills merges, drops trailing empty rows and cells', async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet('S');
      ws.getCell('A1').value = '标题';
      ws.mergeCells('A1:C1');
      ws.getCell('A3').value = '名称';
      ws.getCell('B3').value = '地址';
      ws.getCell('A4').value = '甲';
      ws.mergeCells('A4:A6'); // rows 5 and 6 have no other cells
      ws.getCell('B6').value = '乙';
      ws.getCell('A8').value = '丙';
      ws.getCell('D8').value = '  ';
      ws.getCell('A12').style = { font: { bold: true } }; // styled but empty
    });
    const t = await readAll(bytes);
    expect(t.rows).toEqual([['标题', '标题', '标题'], [], ['名称', '地址'], ['甲'], ['甲'], ['甲', '乙'], [], ['丙']]);
  });

  it('uses the first sheet when every sheet is hidden', async () => {
    const bytes = await workbookBytes((wb) => {
      wb.addWorksheet('A', { state: 'hidden' }).addRows([['a'], ['1']]);
      wb.addWorksheet('B', { state: 'veryHidden' }).addRows([['b'], ['2']]);
    });
    expect((await readAll(bytes)).rows).toEqual([['a'], ['1']]);
  });
});

describe('xls (Excel 97-2003)', () => {
  function xlsBytes(ws: XLSX.WorkSheet, hiddenFirst = false): Buffer {
    const wb = XLSX.utils.book_new();
    if (hiddenFirst) XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['x'], ['y']]), '隐藏');
    XLSX.utils.book_append_sheet(wb, ws, '清单');
    if (hiddenFirst) wb.Workbook = { Sheets: [{ name: '隐藏', Hidden: 1 }, { name: '清单', Hidden: 0 }] };
    return XLSX.write(wb, { type: 'buffer', bookType: 'biff8' }) as Buffer;
  }

  it('reads values, dates and merged cells', async () => {
    const ws = XLSX.utils.aoa_to_sheet([
      ['清单标题'],
      ['序号', '名称', '日期', '金额'],
      [1, '甲', new Date(Date.UTC(2027, 11, 31)), 1e21],
      [null, '乙', null, 0.1 + 0.2],
      [null, ' 丙\r\n丁 ', null, true],
    ], { cellDates: true });
    ws['!merges'] = [XLSX.utils.decode_range('A1:D1'), XLSX.utils.decode_range('A3:A5')];
    const bytes = xlsBytes(ws, true);
    expect([...bytes.subarray(0, 4)]).toEqual([0xd0, 0xcf, 0x11, 0xe0]);
    const t = await readAll(chunked(bytes, 4096));
    expect(t.format).toBe('xls');
    expect(t.sheetName).toBe('清单');
    expect(t.rows).toEqual([
      ['清单标题', '清单标题', '清单标题', '清单标题'],
      ['序号', '名称', '日期', '金额'],
      ['1', '甲', '2027-12-31', '1000000000000000000000'],
      ['1', '乙', '', '0.3'],
      ['1', '丙\n丁', '', 'TRUE'],
    ]);
  });

  it('counts rows above the used range', async () => {
    const ws = XLSX.utils.sheet_add_aoa({}, [['名称'], ['甲']], { origin: 'B3' });
    expect((await readAll(xlsBytes(ws))).rows).toEqual([[], [], ['', '名称'], ['', '甲']]);
  });
});

describe('stopping early', () => {
  it('a workbook can be abandoned after a few rows', async () => {
    const { openTable } = await import('../src/read.ts');
    const table = await openTable(readFileSync(HAINAN));
    let n = 0;
    for await (const _ of table.rows) if (++n === 5) break;
    expect(n).toBe(5);
  });
});
