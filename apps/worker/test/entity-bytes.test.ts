import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseEntityRow, rowValues } from '@sxgk/core/directory-import';
import { ENTITY_CSV_HEADER, entityRow, usccFor } from '../bench/entity-csv.ts';
import { EntityBatch } from '../src/imports/entity-batch.ts';
import { recordOf } from '@sxgk/sheets/csv-records';
import { entityRowWriter } from '../src/imports/entity-bytes.ts';
import { REGISTRY_FIELDS, registryCopy, tagsCopy } from '../src/imports/entity-copy.ts';

// The byte-level writer must do exactly what parseEntityRow and the one serialization do, row
// for row: the same binary COPY fields for a good row, the same errors for a bad one.
function expectSame(header: string[], rows: string[][]) {
  const write = entityRowWriter(header);
  const hasTags = header.some((h) => ['部门标签', '标签', 'tags'].includes(h));
  rows.forEach((cells, i) => {
    const batch = new EntityBatch('00000000-0000-0000-0000-000000000000');
    const got = write(recordOf(cells, i + 2), batch);
    const want = parseEntityRow(rowValues(header, cells.map((c) => c.trim())), i + 2);
    if (cells.every((c) => c.trim() === '')) return expect(got).toEqual({ empty: true });
    if (!want.ok) return expect(got).toEqual(want);
    expect(got).toEqual({ ok: true });
    // the tuple's field count, then the fields
    expect(batch.registry.buf.subarray(0, 2).readInt16BE()).toBe(REGISTRY_FIELDS.length + 2);
    expect(batch.registry.buf.subarray(2, batch.registry.length).equals(registryCopy(want.value))).toBe(true);
    expect(batch.tags.buf.subarray(0, batch.tags.length).equals(tagsCopy(hasTags ? want.value.tags : null))).toBe(true);
  });
}

const code = usccFor(77);
const variants: [number, string][] = [
  [0, code.toLowerCase()], [0, ` ${code} `], [0, code.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))],
  [0, `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`], [0, ''], [0, '91410100ABC'], [0, `92${code.slice(2)}`],
  [1, ''], [1, '名'.repeat(201)], [1, '名'.repeat(200)], [1, '𠀀'.repeat(150)], [1, '\u3000某店\u00a0'], [1, '\ufeff某\\店\t一\n二\r'],
  [2, ''], [2, '个体工商户'], [2, '火星公司？'], [2, 'cooperative'], [3, '吊销，未注销'], [3, '正常'], [3, '不知道'],
  [4, ' \u2003张三\u202f'], [6, '\u205f\u2028地址\u2029'], [7, ''], [7, '410102001'], [7, '4101'], [9, '食品、餐饮；零售'], [9, ''],
  [10, '较高'], [10, 'E'], [10, ''], [11, '是'], [11, '也许'], [12, 'Y'], [13, '3.0'], [13, '-1'], [13, ''], [14, '重点，重点、A'], [14, ''],
];

describe('entityRowWriter', () => {
  it('agrees with parseEntityRow on generated rows', () => {
    expectSame(ENTITY_CSV_HEADER, Array.from({ length: 2000 }, (_, n) => entityRow(n)));
  });

  it('agrees on odd and invalid cells, one column at a time', () => {
    expectSame(ENTITY_CSV_HEADER, variants.map(([col, v]) => entityRow(5).map((c, i) => (i === col ? v : i === 0 && col !== 0 ? code : c))));
  });

  it('agrees when columns are missing, repeated or named differently, and on empty rows', () => {
    const header = ['信用代码', '名称', '电话', '企业名称', '联系电话', '', '统一社会信用代码', '名称'];
    expectSame(header, [
      [code, '甲', '', '乙', '139', 'x', 'ignored', '丙'],
      ['', '', '138', '乙', '139', 'x', code, '丙'],
      [code, '', '', '', '', '', '', ''],
      [code.toLowerCase(), '丁'],
      ['  ', '', '\u3000'],
    ]);
  });

  it('agrees on any text in any column', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '1', ' ', '\t', '\\', '"', '名', '\u3000', '\u00a0', '𠀀', '是', '否', 'B', '、'), maxLength: 8 });
    fc.assert(fc.property(fc.nat(14), text, (col, v) => {
      expectSame(ENTITY_CSV_HEADER, [entityRow(7).map((c, i) => (i === col ? v : c))]);
    }), { numRuns: 3000 });
  });
});
