import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { REDACTED, maskPersonName, redactEntityForPublic, redactFormAnswers, redactText } from '../src/redaction.ts';

describe('maskPersonName', () => {
  it.each([
    ['张三', '张*'], ['欧阳娜娜', '欧***'], ['李', '*'], ['', ''], [' 王小明 ', '王**'],
    ['买买提·艾力', '买*****'], ['𠮷野家', '𠮷**'], ['张*', '张*'],
  ])('%s → %s', (name, masked) => expect(maskPersonName(name)).toBe(masked));
});

describe('redactText', () => {
  it.each([
    ['身份证号11010519491231002X，', `身份证号${REDACTED}，`],
    ['id 11010519491231002x end', `id ${REDACTED} end`],
    ['电话13812345678', `电话${REDACTED}`],
    ['手机 138 1234 5678 或 +86-139-1234-5678', `手机 ${REDACTED} 或 ${REDACTED}`],
    ['座机0591-87654321；(010)12345678；02112345678', `座机${REDACTED}；${REDACTED}；${REDACTED}`],
    ['全角１３８１２３４５６７８', `全角${REDACTED}`],
    ['a13812345678b110105194912310021c', `a${REDACTED}b${REDACTED}c`],
  ])('%s', (s, out) => expect(redactText(s)).toBe(out));

  it.each([
    '统一社会信用代码914403001922038216', // an all-digit USCC begins with 9, never a region code
    '订单号2138123456789', // a phone number inside a longer number is not a phone number
    '罚款 50000 元，2026-03-16 前改正',
    '检查 12 户，发现 3 户未公示年报',
    '11010519491231002', // 17 digits
  ])('leaves %s alone', (s) => expect(redactText(s)).toBe(s));
});

// Items that must never survive, glued into arbitrary text with a non-digit separator.
const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
const idNumber = fc.tuple(fc.integer({ min: 1, max: 8 }), digits(16), fc.constantFrom(...'0123456789Xx'))
  .map(([a, b, c]) => `${a}${b}${c}`);
const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([a, b]) => `1${a}${b}`);
const landline = fc.tuple(fc.integer({ min: 2, max: 3 }), fc.integer({ min: 7, max: 8 }), fc.boolean())
  .chain(([a, b, dash]) => fc.tuple(digits(a), digits(b)).map(([x, y]) => `0${x}${dash ? '-' : ''}${y}`));
const item = fc.oneof(idNumber, mobile, landline);
const sep = fc.constantFrom(' ', '，', '：', '号', 'a', '\n');
const text = fc.array(fc.tuple(fc.string(), sep, item, sep), { maxLength: 5 }).map((parts) => ({
  s: parts.map(([f, a, i, b]) => `${f}${a}${i}${b}`).join(''),
  items: parts.map(([, , i]) => i),
}));

const ID_RE = /(?<![0-9０-９])[1-8]\d{16}[\dXx](?![0-9０-９])/;
const MOBILE_RE = /(?<![0-9０-９])1[3-9]\d{9}(?![0-9０-９])/;

describe('redactText properties', () => {
  it('no embedded ID number or mobile number survives', () => {
    fc.assert(fc.property(text, ({ s, items }) => {
      const out = redactText(s);
      for (const i of items) expect(out).not.toContain(i);
      expect(out).not.toMatch(ID_RE);
      expect(out).not.toMatch(MOBILE_RE);
    }), { numRuns: 500 });
  });

  it('is idempotent, also on digit-heavy noise', () => {
    const noise = fc.string({ unit: fc.constantFrom(...'0123456789Xx -+()（）１３８０a号'), maxLength: 60 });
    fc.assert(fc.property(fc.oneof(noise, text.map((t) => t.s), fc.string()), (s) => {
      const once = redactText(s);
      expect(redactText(once)).toBe(once);
    }), { numRuns: 1000 });
  });
});

describe('redactEntityForPublic', () => {
  const base = {
    uscc: '91350100M000100Y43', name: '福州某某科技有限公司', kind: 'enterprise' as const, status: 'active' as const,
    legalRepresentative: '张三', address: '福州市鼓楼区某路1号，电话0591-87654321', contactPhone: '13812345678',
    regionCode: '350102', riskTier: 'B' as const,
  };

  it('shows an enterprise’s legal representative and address, never its phone', () => {
    const pub = redactEntityForPublic(base);
    expect(pub).toEqual({
      uscc: base.uscc, name: base.name, kind: 'enterprise', status: 'active',
      address: `福州市鼓楼区某路1号，电话${REDACTED}`, legalRepresentative: '张三',
    });
    expect(JSON.stringify(pub)).not.toContain('138');
  });

  it('masks an individual business’s operator and withholds its address', () => {
    const shop = { ...base, uscc: '92350102MA2XXXXX1X', kind: 'individual' as const, name: '鼓楼区张三水果店' };
    expect(redactEntityForPublic(shop)).toEqual({
      uscc: shop.uscc, name: '鼓楼区张三水果店', kind: 'individual', status: 'active', address: null, legalRepresentative: '张*',
    });
    // without a trade name the registered name is the operator's own
    expect(redactEntityForPublic({ ...shop, name: '张三' }).name).toBe('张*');
    expect(redactEntityForPublic({ ...shop, legalRepresentative: '' }).legalRepresentative).toBeNull();
    expect(redactEntityForPublic({ ...base, address: '  ', legalRepresentative: '' })).toMatchObject({ address: null, legalRepresentative: null });
  });
});

describe('redactFormAnswers', () => {
  const fields = [{ key: 'finding' }, { key: 'contact', confidential: true }, { key: 'photos' }, { key: 'count' }, { key: 'absent' }];

  it('drops confidential and undeclared answers and redacts every string, however nested', () => {
    expect(redactFormAnswers({
      finding: '负责人13812345678称已整改', contact: '0591-87654321', extra: 'secret',
      photos: [{ caption: '身份证11010519491231002X' }, 'ok'], count: 3, absent: null,
    }, fields)).toEqual({
      finding: `负责人${REDACTED}称已整改`, photos: [{ caption: `身份证${REDACTED}` }, 'ok'], count: 3, absent: null,
    });
  });

  it('does not invent answers', () => {
    expect(redactFormAnswers({}, fields)).toEqual({});
  });
});
