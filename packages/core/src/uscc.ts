// 统一社会信用代码 (GB 32100-2015): 18 characters, the last one a mod-31 check character.
// Positions 1-2 (登记管理部门 / 机构类别) are accepted as any code character because the
// registries keep adding categories; positions 9-17 carry a GB 11714 organisation code whose
// own check digit is deliberately NOT verified — legacy registrations violate it too often.

export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // no I O Z S V
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

/** Each code character's value (0–30) by its ASCII byte; -1 for any other byte. */
export const USCC_VALUE = new Int8Array(256).fill(-1);
for (let i = 0; i < USCC_ALPHABET.length; i++) USCC_VALUE[USCC_ALPHABET.charCodeAt(i)] = i;

export type UsccResult = { ok: true; uscc: string } | { ok: false; reason: string };

/** Check character for the first 17 characters (assumed to be in the alphabet). */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) throw new RangeError('usccCheckChar needs exactly 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_ALPHABET.indexOf(first17[i]!);
    if (v < 0) throw new RangeError(`character ${first17[i]} is not in the USCC alphabet`);
    sum += v * WEIGHTS[i]!;
  }
  return USCC_ALPHABET[(31 - (sum % 31)) % 31]!;
}

/** Appends the check character; for generating demo and benchmark data. */
export function makeUscc(first17: string): string {
  return first17 + usccCheckChar(first17);
}

/**
 * Whether the 18 bytes at b[at] are a code validateUscc accepts as it stands (nothing to trim,
 * fold or upper-case): for bulk imports, which check codes on their bytes, without a string each.
 */
export function isCanonicalUscc(b: Uint8Array, at: number): boolean {
  if (at + 18 > b.length) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = b[at + i]!;
    const v = USCC_VALUE[c]!;
    if (v < 0 || (i >= 2 && i < 8 && (c < 0x30 || c > 0x39))) return false;
    sum += v * WEIGHTS[i]!;
  }
  return b[at + 17] === USCC_ALPHABET.charCodeAt((31 - (sum % 31)) % 31);
}

export function validateUscc(code: string): UsccResult {
  // NFKC folds full-width ＡＢ１２ pasted from Word documents into ASCII.
  const s = code.normalize('NFKC').trim().toUpperCase();
  if (s.length === 0) return { ok: false, reason: '不能为空' };
  const chars = [...s];
  if (chars.length !== 18) return { ok: false, reason: `长度应为18位（实际${chars.length}位）` };
  for (let i = 0; i < 18; i++) {
    if (!USCC_ALPHABET.includes(chars[i]!)) {
      return { ok: false, reason: `第${i + 1}位字符“${chars[i]}”不在代码字符集中` };
    }
  }
  if (!/^\d{6}$/.test(s.slice(2, 8))) return { ok: false, reason: '第3-8位应为行政区划代码（6位数字）' };
  const expected = usccCheckChar(s.slice(0, 17));
  if (s[17] !== expected) return { ok: false, reason: `校验位应为“${expected}”，实际为“${s[17]}”` };
  return { ok: true, uscc: s };
}
