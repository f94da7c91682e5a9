import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { escapeCell, writeCsv, writeXlsx } from '../src/write.ts';
import { readAll } from './helpers.ts';

describe('escapeCell', () => {
  it.each([
    ['=HYPERLINK("http://evil","点我")', `'=HYPERLINK("http://evil","点我")`],
    ['+86 13800000000', `'+86 13800000000`],
    ['-1+2', `'-1+2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `'\t=1`],
    ['\r=1', `'\r=1`],
    ['普通文本', '普通文本'],
    [' =1', ' =1'],
    ['a=b', 'a=b'],
    ['', ''],
  ])('string %j → %j', (input, output) => {
    expect(escapeCell(input)).toBe(output);
  });

  it('keeps numbers as numbers and formats other types', () => {
    expect(escapeCell(-5)).toBe(-5);
    expect(escapeCell(3.25)).toBe(3.25);
    expect(escapeCell(Number.NaN)).toBe('');
    expect(escapeCell(null)).toBe('');
    expect(escapeCell(undefined)).toBe('');
    expect(escapeCell(true)).toBe('是');
    expect(escapeCell(false)).toBe('否');
    expect(escapeCell(10n)).toBe('10');
    expect(escapeCell(['现场检查', '书面检查'])).toBe('现场检查、书面检查');
    expect(escapeCell(['=1', 'b'])).toBe(`'=1、b`);
    expect(escapeCell([])).toBe('');
  });

  it('writes dates as the China calendar day', () => {
    expect(escapeCell(new Date('2024-01-05T00:00:00+08:00'))).toBe('2024-01-05');
    expect(escapeCell(new Date('2024-01-05T00:00:00Z'))).toBe('2024-01-05');
    expect(escapeCell(new Date('2024-01-05T23:30:00+08:00'))).toBe('2024-01-05');
    expect(escapeCell(new Date('invalid'))).toBe('');
  });
});

describe('writeXlsx', () => {
  const columns = [
    { key: 'uscc', header: '统一社会信用代码', width: 24 },
    { key: 'name', header: '名称' },
    { key: 'count', header: '投诉次数' },
    { key: 'listed', header: '经营异常名录' },
  ];

  it('writes a bold, frozen header and escaped rows that read back', async () => {
    async function* rows() {
      yield { uscc: '91350100M000100Y43', name: '=cmd|\' /C calc\'!A0', count: 3, listed: true };
      yield { uscc: '914403001922038216', name: '华为技术有限公司', count: 0, listed: false, extra: 'ignored' };
    }
    const bytes = await writeXlsx({ sheetName: '检查对象/导出', columns, rows: rows() });
    expect(bytes).toBeInstanceOf(Uint8Array);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('检查对象_导出');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getColumn(1).width).toBe(24);
    expect(ws.getCell('C2').value).toBe(3); // numbers stay numeric

    const t = await readAll(bytes);
    expect(t.rows).toEqual([
      ['统一社会信用代码', '名称', '投诉次数', '经营异常名录'],
      ['91350100M000100Y43', `'=cmd|' /C calc'!A0`, '3', '是'],
      ['914403001922038216', '华为技术有限公司', '0', '否'],
    ]);
  });

  it('accepts a plain array and writes a header-only sheet for no rows', async () => {
    const t = await readAll(await writeXlsx({ sheetName: '', columns, rows: [{ uscc: 'x', name: 'y' }] }));
    expect(t.sheetName).toBe('Sheet1');
    expect(t.rows[1]).toEqual(['x', 'y']);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await writeXlsx({ sheetName: 'S', columns, rows: [] })) as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBe(1);
  });

  it('truncates sheet names to Excel’s 31 characters', async () => {
    const t = await readAll(await writeXlsx({ sheetName: '名'.repeat(40), columns, rows: [{ uscc: 'a' }] }));
    expect(t.sheetName).toBe('名'.repeat(31));
  });
});

describe('writeCsv', () => {
  it('writes BOM, CRLF, quoting and the same escaping', () => {
    const csv = writeCsv(
      [{ key: 'row', header: '行号' }, { key: 'reason', header: '原因' }, { key: 'v', header: '=值' }],
      [{ row: 3, reason: '名称不能为空, "必填"', v: '@x' }, { row: 4, reason: '第一行\n第二行', v: ['a', 'b'] }],
    );
    expect(csv).toBe('\uFEFF行号,原因,\'=值\r\n3,"名称不能为空, ""必填""",\'@x\r\n4,"第一行\n第二行",a、b\r\n');
  });

  it('round-trips through the reader', async () => {
    const csv = writeCsv([{ key: 'a', header: '名称' }, { key: 'b', header: '说明' }], [{ a: '甲', b: 'x,"y"\nz' }]);
    expect((await readAll(Buffer.from(csv))).rows).toEqual([['名称', '说明'], ['甲', 'x,"y"\nz']]);
  });
});
