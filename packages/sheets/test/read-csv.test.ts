import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { chunked, readAll } from './helpers.ts';

const TEXT = '统一社会信用代码,名称,地址\r\n91350100M000100Y43,福州某某有限公司,"福州市鼓楼区\r\n五一路1号"\r\n';
const ROWS = [
  ['统一社会信用代码', '名称', '地址'],
  ['91350100M000100Y43', '福州某某有限公司', '福州市鼓楼区\n五一路1号'],
];

describe('CSV encodings', () => {
  it.each([
    ['UTF-8', Buffer.from(TEXT), 'utf-8'],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]), 'utf-8'],
    ['GBK', iconv.encode(TEXT, 'gbk'), 'gb18030'],
    ['GB18030 with BOM', iconv.encode(TEXT, 'gb18030', { addBOM: true }), 'gb18030'],
    ['UTF-16LE with BOM', iconv.encode(TEXT, 'utf-16le', { addBOM: true }), 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(TEXT, 'utf-16be')]), 'utf-16be'],
  ])('%s', async (_, bytes, encoding) => {
    for (const size of [1, 3, 7, 64, 1 << 16]) {
      const t = await readAll(chunked(bytes, size));
      expect(t.format).toBe('csv');
      expect(t.encoding).toBe(encoding);
      expect(t.rows).toEqual(ROWS);
    }
  });

  it('GB18030 four-byte characters (rare surnames in names) survive chunk splits', async () => {
    const text = '姓名,备注\n䶮,𠮷野家\n';
    for (const size of [1, 2, 5]) {
      expect((await readAll(chunked(iconv.encode(text, 'gb18030'), size))).rows).toEqual([['姓名', '备注'], ['䶮', '𠮷野家']]);
    }
  });

  it('decides the encoding at the first non-ASCII byte, however late', async () => {
    const ascii = 'uscc,name\n' + '91350100M000100Y43,ACME\n'.repeat(10_000); // ~240 KB of ASCII first
    const bytes = Buffer.concat([Buffer.from(ascii), iconv.encode('91350100M000100Y43,福州某某有限公司\n', 'gbk')]);
    const t = await readAll(chunked(bytes, 65536));
    expect(t.encoding).toBe('gb18030');
    expect(t.rows.at(-1)).toEqual(['91350100M000100Y43', '福州某某有限公司']);
    expect(t.rows).toHaveLength(10_002);
  });

  it('reports no encoding for pure ASCII and none for workbooks', async () => {
    expect((await readAll(Buffer.from('a,b\n1,2\n'))).encoding).toBeUndefined();
  });

  it('Big5 only when chardet is confident', async () => {
    const text = '序號,名稱,地址\n1,臺北市政府資訊處,臺北市信義區市府路一號\n2,新北市政府經濟發展局,新北市板橋區中山路一段\n';
    const t = await readAll(iconv.encode(text, 'big5'));
    expect(t.encoding).toBe('big5');
    expect(t.rows[1]).toEqual(['1', '臺北市政府資訊處', '臺北市信義區市府路一號']);
  });
});

describe('CSV structure', () => {
  it('keeps spreadsheet row numbers: leading and inner empty rows stay, trailing ones go', async () => {
    const t = await readAll(Buffer.from('\n,,\n标题\n名称,地址\n\n甲,乙\n\n,,\n   \n'));
    expect(t.rows).toEqual([[], [], ['标题'], ['名称', '地址'], [], ['甲', '乙']]);
  });

  it('trims cells, drops trailing empty cells, keeps ragged rows', async () => {
    const t = await readAll(Buffer.from(' a ,\tb\u3000, \n1\n1,2,3,,\n'));
    expect(t.rows).toEqual([['a', 'b'], ['1'], ['1', '2', '3']]);
  });

  it('handles quotes like Excel', async () => {
    const csv = 'a,b,c\n"x,y","he said ""hi""",""\n"multi\r\nline\rtext",plain "quote",after"\n"q"tail,"",z\n';
    expect((await readAll(Buffer.from(csv))).rows).toEqual([
      ['a', 'b', 'c'],
      ['x,y', 'he said "hi"'],
      ['multi\nline\ntext', 'plain "quote"', 'after"'],
      ['qtail', '', 'z'],
    ]);
  });

  it('handles a final line without a newline and a quote at a chunk edge', async () => {
    const csv = Buffer.from('a,b\n"1""",2\n"3","4"');
    for (const size of [1, 2, 3, 4, 5, 100]) {
      expect((await readAll(chunked(csv, size))).rows).toEqual([['a', 'b'], ['1"', '2'], ['3', '4']]);
    }
  });

  it.each([
    ['semicolon', 'a;b;c\n1;2,5;3\n', [['a', 'b', 'c'], ['1', '2,5', '3']]],
    ['tab', 'a\tb\n1\t2\n', [['a', 'b'], ['1', '2']]],
    ['comma beats one semicolon', 'a,b;c,d\n1,2,3\n', [['a', 'b;c', 'd'], ['1', '2', '3']]],
    ['Excel sep= hint', 'sep=;\na;b\n1;2\n', [['a', 'b'], ['1', '2']]],
  ])('delimiter: %s', async (_, csv, rows) => {
    expect((await readAll(Buffer.from(csv))).rows).toEqual(rows);
  });

  it('accepts classic-Mac line endings (CR only)', async () => {
    expect((await readAll(Buffer.from('a,b\r1,"x\ry"\r2,3\r'))).rows).toEqual([['a', 'b'], ['1', 'x\ny'], ['2', '3']]);
  });

  it('streams a large file in constant memory', async () => {
    const rows = 200_000;
    async function* generate() {
      yield Buffer.from('序号,名称,地址\n');
      for (let i = 0; i < rows; i += 1000) {
        let s = '';
        for (let j = i; j < i + 1000; j++) s += `${j},名称${j},"地址,${j}"\n`;
        yield Buffer.from(s);
      }
    }
    const { openTable } = await import('../src/read.ts');
    const table = await openTable(generate());
    let n = 0;
    let last: string[] = [];
    for await (const row of table.rows) {
      n++;
      last = row;
    }
    expect(n).toBe(rows + 1);
    expect(last).toEqual([String(rows - 1), `名称${rows - 1}`, `地址,${rows - 1}`]);
  });
});

describe('stopping early', () => {
  it('closes the source when the caller breaks out of a CSV', async () => {
    let closed = false;
    async function* source() {
      try {
        yield Buffer.from('a,b\n1,2\n');
        for (let i = 0; i < 1000; i++) yield Buffer.from('3,4\n'.repeat(1000));
      } finally {
        closed = true;
      }
    }
    const { openTable } = await import('../src/read.ts');
    const table = await openTable(source());
    for await (const row of table.rows) if (row[0] === '3') break;
    expect(closed).toBe(true);
  });
});
