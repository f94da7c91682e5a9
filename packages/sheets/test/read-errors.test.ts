import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import XLSX from 'xlsx';
import { openTable, TableError, type TableErrorCode } from '../src/read.ts';
import { chunked, readAll, storedZip } from './helpers.ts';

const NOT_A_TABLE = '文件不是表格（支持 .xlsx、.xls、.csv）';

async function refusal(source: Uint8Array | AsyncIterable<Uint8Array>, opts?: { maxBytes?: number }) {
  try {
    await readAll(source, opts);
  } catch (e) {
    expect(e).toBeInstanceOf(TableError);
    return { code: (e as TableError).code, message: (e as TableError).message };
  }
  throw new Error('expected a TableError');
}

// openTable itself must reject: nothing may have been handed to the caller yet.
async function refusedAtOpen(source: Uint8Array | AsyncIterable<Uint8Array>, code: TableErrorCode, message?: string) {
  const err = await openTable(source).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(TableError);
  expect((err as TableError).code).toBe(code);
  if (message) expect((err as TableError).message).toBe(message);
}

function ole(streams: Record<string, Uint8Array>): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  for (const [name, data] of Object.entries(streams)) XLSX.CFB.utils.cfb_add(cfb, `/${name}`, data);
  return XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer;
}

async function xlsxBytes(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').addRows(rows);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('openTable refuses before yielding rows', () => {
  it('empty input', async () => {
    await refusedAtOpen(new Uint8Array(), 'EMPTY', '文件为空');
    await refusedAtOpen((async function* () {})(), 'EMPTY', '文件为空');
    await refusedAtOpen(chunked(new Uint8Array(), 1), 'EMPTY');
  });

  it('input over maxBytes, given whole or streamed', async () => {
    const big = Buffer.alloc(2 * 1024 * 1024 + 1, 'a,b\n');
    expect(await refusal(big, { maxBytes: 2 * 1024 * 1024 })).toEqual({ code: 'TOO_LARGE', message: '文件过大：最大允许 2 MB' });
    expect(await refusal(chunked(big, 1000), { maxBytes: 1536 * 1024 })).toEqual({ code: 'TOO_LARGE', message: '文件过大：最大允许 1.5 MB' });
    expect(await refusal(chunked(Buffer.from('a,b\n1,2\n'), 3), { maxBytes: 5 })).toEqual({ code: 'TOO_LARGE', message: expect.stringContaining('文件过大') });
  });

  it('a stream that exceeds the limit after the first rows fails while iterating', async () => {
    const csv = Buffer.from('名称,地址\n' + 'x,y\n'.repeat(100_000));
    const table = await openTable(chunked(csv, 4096), { maxBytes: 200_000 });
    const seen: string[][] = [];
    await expect(async () => {
      for await (const row of table.rows) seen.push(row);
    }).rejects.toMatchObject({ code: 'TOO_LARGE' });
    expect(seen.length).toBeGreaterThan(1);
  });

  it.each([
    ['PDF', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')],
    ['PNG', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])],
    ['JPEG', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46])],
    ['gzip', Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0])],
    ['RAR', Buffer.from('Rar!\x1a\x07\x00')],
    ['RTF', Buffer.from('{\\rtf1\\ansi 名称}')],
    ['random binary', Buffer.from([0x41, 0x42, 0x00, 0x01, 0x02, 0x03, 0x43, 0x44])],
    ['empty zip', Buffer.from([0x50, 0x4b, 0x05, 0x06, ...Array(18).fill(0)])],
    ['docx', storedZip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' })],
    ['plain zip', storedZip({ 'readme.txt': 'hello' })],
    ['Word 97 (OLE)', ole({ WordDocument: new Uint8Array(600) })],
    ['plain XML', Buffer.from('<?xml version="1.0"?><root/>')],
  ])('%s is not a table', async (_, bytes) => {
    await refusedAtOpen(bytes, 'NOT_A_TABLE', NOT_A_TABLE);
  });

  it.each([
    ['HTML saved as .xls', '<html><head><meta charset="utf-8"></head><body><table><tr><td>名称</td></tr></table></body></html>'],
    ['bare table', '\uFEFF  <table border=1><tr><td>x</td></tr></table>'],
    ['SpreadsheetML 2003', '<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'],
    ['MHT', 'MIME-Version: 1.0\r\nContent-Type: multipart/related'],
  ])('%s is refused with advice', async (_, text) => {
    await refusedAtOpen(Buffer.from(text), 'UNSUPPORTED_FORMAT', '文件是网页或 XML 格式（常见于业务系统导出的 .xls），请用 Excel 打开后“另存为” .xlsx 再上传');
  });

  it('OpenDocument and .xlsb get their own message', async () => {
    await refusedAtOpen(storedZip({ mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' }), 'UNSUPPORTED_FORMAT', '暂不支持 OpenDocument 表格（.ods），请另存为 .xlsx 后上传');
    await refusedAtOpen(storedZip({ 'xl/workbook.bin': 'x' }), 'UNSUPPORTED_FORMAT', '暂不支持二进制工作簿（.xlsb），请另存为 .xlsx 后上传');
  });

  it('password-protected workbooks', async () => {
    await refusedAtOpen(ole({ EncryptionInfo: new Uint8Array(600), EncryptedPackage: new Uint8Array(600) }), 'ENCRYPTED', '文件设置了打开密码，请在 Excel 中取消密码后再上传');
  });

  it('damaged workbooks', async () => {
    const xlsx = await xlsxBytes([['a', 'b'], [1, 2]]);
    await refusedAtOpen(xlsx.subarray(0, xlsx.length - 30), 'BAD_WORKBOOK');
    await refusedAtOpen(storedZip({ 'xl/workbook.xml': '<workbook/>' }), 'BAD_WORKBOOK');
    const book = XLSX.utils.book_new();
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['a'], ['b']]), 'S');
    const xls = XLSX.write(book, { type: 'buffer', bookType: 'biff8' }) as Buffer;
    await refusedAtOpen(xls.subarray(0, 1024), 'BAD_WORKBOOK');
  });

  it('tables without a data row', async () => {
    const msg = '表格中没有数据（至少需要表头和一行数据）';
    await refusedAtOpen(Buffer.from('统一社会信用代码,名称\r\n'), 'NO_DATA', msg);
    await refusedAtOpen(Buffer.from('\n\n  \n,,,\n'), 'NO_DATA', msg);
    await refusedAtOpen(Buffer.from('\uFEFF'), 'NO_DATA', msg);
    await refusedAtOpen(await xlsxBytes([['名称']]), 'NO_DATA', msg);
    await refusedAtOpen(await xlsxBytes([]), 'NO_DATA', msg);
  });

  it('NUL bytes: at the start the file is binary, later the CSV is broken', async () => {
    await refusedAtOpen(Buffer.from('名称,地址\n甲,\0乙\n'), 'NOT_A_TABLE', NOT_A_TABLE);
    const late = Buffer.concat([Buffer.from('名称,地址\n' + '甲,乙\n'.repeat(20_000)), Buffer.from('x,\0\n')]);
    expect(await refusal(chunked(late, 8192))).toEqual({ code: 'BAD_CSV', message: '文件含有空字符（NUL），不是有效的 CSV 文本表格' });
  });

  it('an unclosed quote names the row', async () => {
    expect(await refusal(Buffer.from('a,b\n1,2\n3,"4\n5,6\n'))).toEqual({ code: 'BAD_CSV', message: '第3行的引号没有闭合，请检查该行内容' });
  });

  it('an endless line is refused instead of buffered', async () => {
    const line = Buffer.from('a,b\n1,2\n' + 'x'.repeat(5_000_000));
    expect(await refusal(chunked(line, 65536))).toEqual({ code: 'BAD_CSV', message: '第3行过长，可能有未闭合的引号，或文件不是 CSV 表格' });
  });
});

describe('refused streams are released', () => {
  it('stops the producer of a refused upload', async () => {
    let closed = false;
    async function* pdf() {
      try {
        yield Buffer.from('%PDF-1.7\n');
        for (;;) yield Buffer.alloc(65536, 0x20);
      } finally {
        closed = true;
      }
    }
    await expect(openTable(pdf())).rejects.toMatchObject({ code: 'NOT_A_TABLE' });
    expect(closed).toBe(true);
  });
});
