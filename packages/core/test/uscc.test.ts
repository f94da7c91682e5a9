import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { USCC_ALPHABET, isCanonicalUscc, makeUscc, usccCheckChar, validateUscc } from '../src/uscc.ts';

// Published codes of well-known companies; each passing by chance would be a 1-in-31 event.
const REAL = [
  '91350100M000100Y43',
  '91110000802100433B', // 百度在线网络技术（北京）有限公司
  '914403001922038216', // 华为技术有限公司
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '91330100799655058B', // 阿里巴巴（中国）有限公司
  '91110108551385082Q', // 小米科技有限责任公司
  '911100001000128855',
];

const first17 = fc
  .tuple(
    fc.array(fc.constantFrom(...USCC_ALPHABET), { minLength: 2, maxLength: 2 }),
    fc.array(fc.constantFrom(...'0123456789'), { minLength: 6, maxLength: 6 }),
    fc.array(fc.constantFrom(...USCC_ALPHABET), { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, c]) => [...a, ...b, ...c].join(''));

describe('validateUscc', () => {
  it.each(REAL)('accepts the real code %s', (code) => {
    expect(validateUscc(code)).toEqual({ ok: true, uscc: code });
  });

  it('trims, upper-cases and folds full-width characters', () => {
    expect(validateUscc('  91350100m000100y43\t')).toEqual({ ok: true, uscc: '91350100M000100Y43' });
    expect(validateUscc('９１３５０１００Ｍ０００１００Ｙ４３')).toEqual({ ok: true, uscc: '91350100M000100Y43' });
  });

  it('reports the length', () => {
    expect(validateUscc('91350100M000100Y4')).toEqual({ ok: false, reason: '长度应为18位（实际17位）' });
    expect(validateUscc('91350100M000100Y433')).toEqual({ ok: false, reason: '长度应为18位（实际19位）' });
    expect(validateUscc('   ')).toEqual({ ok: false, reason: '不能为空' });
  });

  it.each([
    ['91350100O000100Y43', 9, 'O'],
    ['9135010IM000100Y43', 8, 'I'],
    ['Z1350100M000100Y43', 1, 'Z'],
    ['91350100M000100Y4S', 18, 'S'],
    ['91350100M00010VY43', 15, 'V'],
    ['91350100M000100Y4-', 18, '-'],
    ['91350100M000100中43', 16, '中'],
  ])('rejects %s: character %i “%s” not in the alphabet', (code, pos, ch) => {
    expect(validateUscc(code)).toEqual({ ok: false, reason: `第${pos}位字符“${ch}”不在代码字符集中` });
  });

  it('requires digits for the region code', () => {
    expect(validateUscc(makeUscc('9135A100M000100Y4'))).toEqual({ ok: false, reason: '第3-8位应为行政区划代码（6位数字）' });
  });

  it('accepts any code character in positions 1-2 and 9-17', () => {
    expect(validateUscc(makeUscc('YX350100ABCDEFGHJ')).ok).toBe(true);
    expect(validateUscc(makeUscc('N2460100KLMNPQRTU')).ok).toBe(true);
  });

  it('reports the expected check character', () => {
    expect(validateUscc('91350100M000100Y44')).toEqual({ ok: false, reason: '校验位应为“3”，实际为“4”' });
    expect(validateUscc('91110000802100433A')).toEqual({ ok: false, reason: '校验位应为“B”，实际为“A”' });
  });

  it('maps a remainder of 0 to check character 0', () => {
    // Σ ≡ 0 (mod 31) gives 31 - 0 = 31, which the standard writes as 0.
    expect(usccCheckChar('00000000000000000')).toBe('0');
  });

  it('usccCheckChar rejects bad input', () => {
    expect(() => usccCheckChar('123')).toThrow(RangeError);
    expect(() => usccCheckChar('9135010OM000100Y4')).toThrow(RangeError);
  });

  it('makeUscc output always validates', () => {
    fc.assert(
      fc.property(first17, (f) => {
        const code = makeUscc(f);
        expect(validateUscc(code)).toEqual({ ok: true, uscc: code });
      }),
    );
  });

  it('detects every single-character substitution', () => {
    fc.assert(
      fc.property(first17, fc.nat(17), fc.constantFrom(...USCC_ALPHABET), (f, pos, ch) => {
        const code = makeUscc(f);
        fc.pre(code[pos] !== ch);
        const changed = code.slice(0, pos) + ch + code.slice(pos + 1);
        expect(validateUscc(changed).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isCanonicalUscc: the check on bytes', () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const asValidated = (s: string) => {
    const r = validateUscc(s);
    return r.ok && r.uscc === s;
  };

  it('accepts valid codes where they stand in a buffer', () => {
    fc.assert(fc.property(first17, (f) => {
      const b = bytes(`x,${makeUscc(f)},y`);
      expect(isCanonicalUscc(b, 2)).toBe(true);
      expect(isCanonicalUscc(b, 1)).toBe(false);
    }));
  });

  it('agrees with validateUscc on codes with one character changed, lower case or cut short', () => {
    const spoilt = fc.tuple(first17, fc.nat(17), fc.constantFrom(...USCC_ALPHABET, 'a', 'y', 'I', 'O', ' ', '-', '０'))
      .map(([f, at, c]) => { const s = [...makeUscc(f)]; s[at] = c; return s.join(''); });
    fc.assert(fc.property(spoilt, (s) => {
      const b = bytes(s);
      expect(b.length === 18 && isCanonicalUscc(b, 0)).toBe(asValidated(s));
    }));
    expect(isCanonicalUscc(bytes(REAL[0]!.slice(0, 17)), 0)).toBe(false);
  });
});
