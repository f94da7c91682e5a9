import { describe, expect, it } from 'vitest';
import { parseEntityRow, rowValues } from '@sxgk/core/directory-import';
import { ENTITY_CSV_HEADER, entityRow, usccFor } from '../bench/entity-csv.ts';
import { entityRowParser } from '../src/imports/entity-rows.ts';

// The fast parser must say exactly what parseEntityRow says, row for row.
function expectSame(header: string[], rows: string[][]) {
  const fast = entityRowParser(header);
  rows.forEach((cells, i) => expect(fast(cells, i + 2)).toEqual(parseEntityRow(rowValues(header, cells), i + 2)));
}

const code = usccFor(77);
const variants: [number, string][] = [
  [0, code.toLowerCase()], [0, ` ${code} `], [0, code.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0))],
  [0, `${code.slice(0, 17)}${code[17] === '0' ? '1' : '0'}`], [0, ''], [0, '91410100ABC'], [0, `92${code.slice(2)}`],
  [1, ''], [1, '名'.repeat(201)], [1, '𠀀'.repeat(150)], [2, ''], [2, '个体工商户'], [2, '火星公司？'], [2, 'cooperative'],
  [3, '吊销，未注销'], [3, '正常'], [3, '不知道'], [7, ''], [7, '410102001'], [7, '4101'], [9, '食品、餐饮；零售'], [9, ''],
  [10, '较高'], [10, 'E'], [10, ''], [11, '是'], [11, '也许'], [12, 'Y'], [13, '3.0'], [13, '-1'], [13, ''], [14, '重点，重点、A'],
];

describe('entityRowParser', () => {
  it('agrees with parseEntityRow on generated rows', () => {
    expectSame(ENTITY_CSV_HEADER, Array.from({ length: 2000 }, (_, n) => entityRow(n)));
  });

  it('agrees on odd and invalid cells, one column at a time', () => {
    expectSame(ENTITY_CSV_HEADER, variants.map(([col, v]) => entityRow(5).map((c, i) => (i === col ? v : i === 0 && col !== 0 ? code : c))));
  });

  it('agrees when columns are missing, repeated or named differently', () => {
    const header = ['信用代码', '名称', '电话', '企业名称', '联系电话', '', '统一社会信用代码', '名称'];
    expectSame(header, [
      [code, '甲', '', '乙', '139', 'x', 'ignored', '丙'],
      ['', '', '138', '乙', '139', 'x', code, '丙'],
      [code, '', '', '', '', '', '', ''],
      [code.toLowerCase(), '丁'],
    ]);
  });
});
