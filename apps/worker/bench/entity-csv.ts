import { makeUscc, USCC_ALPHABET } from '@sxgk/core/uscc';
import { BRAND, GIVEN, INDUSTRY, REGIONS, SURNAMES } from '@sxgk/db/seed/names';

// Synthetic 检查对象 directories for the benchmark and the tests: believable Chinese text in
// the 15 columns a market-regulation export carries, unique codes, deterministic per seed.
export const ENTITY_CSV_HEADER = [
  '统一社会信用代码', '企业名称', '主体类型', '登记状态', '法定代表人', '联系电话', '住所', '行政区划代码',
  '经营范围', '行业', '信用风险分类', '经营异常名录', '严重违法失信名单', '投诉次数', '部门标签',
];

/** The n-th code of a series: base-31 digits of n after '91' + region, so codes never repeat. */
export function usccFor(n: number, region = '410100'): string {
  let body = '';
  for (let i = 0; i < 9; i++, n = Math.floor(n / 31)) body = USCC_ALPHABET[n % 31] + body;
  return makeUscc(`91${region}${body}`);
}

export function entityRow(n: number, seed = 0): string[] {
  const r = (k: number) => (Math.imul(n + 1, 2654435761) ^ Math.imul(seed + k, 40503)) >>> 0;
  const pick = <T>(list: readonly T[], k: number) => list[r(k) % list.length]!;
  const region = pick(REGIONS, 1);
  const industry = pick(INDUSTRY, 2);
  const brand = pick(BRAND, 3) + pick(BRAND, 4).slice(0, 1);
  return [
    usccFor(n, region.code), `河南${brand}${industry.word}有限公司`, '有限责任公司', '存续',
    pick(SURNAMES, 5) + pick(GIVEN, 6) + pick(GIVEN, 7), `13${String(r(8) % 1e9).padStart(9, '0')}`,
    `${region.name}${pick(['人民路', '建设路', '文化路', '中原路'], 9)}${1 + (r(10) % 300)}号`, region.code,
    `${industry.word}销售；${industry.word}技术服务`, industry.tag,
    pick(['A', 'B', 'B', 'C', 'D'], 11), r(12) % 30 === 0 ? '是' : '否', '否', String(r(13) % 10 === 0 ? 1 + (r(14) % 5) : 0),
    pick(['重点监管', '', '食品、餐饮'], 15),
  ];
}

/** A whole CSV as UTF-8 bytes (CSV quoting where a cell needs it). */
export function entityCsv(rows: number, opts: { seed?: number; row?: (n: number) => string[] } = {}): Buffer {
  const parts: string[] = [ENTITY_CSV_HEADER.join(',')];
  const make = opts.row ?? ((n: number) => entityRow(n, opts.seed));
  for (let n = 0; n < rows; n++) parts.push(make(n).map(csvCell).join(','));
  return Buffer.from(parts.join('\r\n') + '\r\n', 'utf8');
}

export function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}
