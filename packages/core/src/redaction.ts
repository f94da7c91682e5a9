import type { EntityKind, EntityRecord, EntityStatus } from './directory-import.ts';

// What may reach the public pages. Natural persons' ID numbers, phone numbers and home addresses
// never do; an individual business's operator is shown as 张*; an enterprise's legal
// representative and registered address are public registry facts and are shown as they are.

/** What replaces a removed number; full-width so it cannot be mistaken for data or re-matched. */
export const REDACTED = '＊＊＊';

/**
 * Keep the first character, one '*' per hidden character: 张三 → 张*, 欧阳娜娜 → 欧***. Keeping the
 * length is deliberate (the public record tells 张* from 张**); a one-character name is shown as '*',
 * since keeping its first character would keep all of it.
 */
export function maskPersonName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length <= 1) return '*'.repeat(chars.length);
  return chars[0] + '*'.repeat(chars.length - 1);
}

// Digits as clerks type them, half- or full-width. Every pattern refuses a digit on either side,
// so numbers inside longer numbers (order numbers, amounts) are left alone.
const D = '[0-9０-９]';
const NOT_AFTER_DIGIT = `(?<!${D})`;
const NOT_BEFORE_DIGIT = `(?!${D})`;
const PATTERNS = [
  // 18-digit resident ID: region codes begin 1–8, so all-digit USCCs (which begin 9 for 工商) survive
  `[1-8１-８]${D}{16}[0-9０-９XxＸｘ]`,
  // mobile, optionally +86 and spaced or hyphenated as 138 1234 5678
  `(?:\\+?86[- ]?)?[1１][3-9３-９]${D}[- ]?${D}{4}[- ]?${D}{4}`,
  // landline with area code: 0591-87654321, (0591)87654321, 01012345678
  `[(（]?[0０]${D}{2,3}[)）]?[-－ ]?${D}{7,8}`,
].map((p) => new RegExp(`${NOT_AFTER_DIGIT}${p}${NOT_BEFORE_DIGIT}`, 'g'));

/**
 * Free text with ID numbers, mobile and landline numbers replaced by ＊＊＊. Idempotent: the
 * replacement has no digits, so a second pass finds nothing the first one left.
 */
export function redactText(s: string): string {
  return PATTERNS.reduce((text, re) => text.replace(re, REDACTED), s);
}

export interface PublicEntity {
  uscc: string;
  name: string;
  kind: EntityKind;
  status: EntityStatus;
  /** null for 个体工商户, whose business address is often the operator's home. */
  address: string | null;
  /** Masked for 个体工商户 (the operator is a natural person); null when unknown. */
  legalRepresentative: string | null;
}

type EntityInput = Pick<EntityRecord, 'uscc' | 'name' | 'kind' | 'status' | 'legalRepresentative' | 'address'>;

/** Only the public fields; contact phone and everything else is dropped by construction. */
export function redactEntityForPublic(entity: EntityInput): PublicEntity {
  const { uscc, kind, status } = entity;
  const person = entity.legalRepresentative.trim();
  if (kind === 'individual') {
    // a 个体工商户 without a trade name is registered under the operator's own name
    const name = entity.name.trim() === person && person ? maskPersonName(person) : entity.name;
    return { uscc, name, kind, status, address: null, legalRepresentative: person ? maskPersonName(person) : null };
  }
  const address = redactText(entity.address.trim());
  return { uscc, name: entity.name, kind, status, address: address || null, legalRepresentative: person || null };
}

export interface FormField {
  key: string;
  confidential?: boolean;
}

function redactValue(v: unknown): unknown {
  if (typeof v === 'string') return redactText(v);
  if (Array.isArray(v)) return v.map(redactValue);
  if (v !== null && typeof v === 'object') {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, redactValue(x)]));
  }
  return v;
}

/**
 * The public copy of a filled-in inspection form: confidential fields dropped, every string (also
 * inside arrays and objects) redacted. Answers to keys the form does not declare are dropped too —
 * the form definition is the allow-list, so a stale or injected key cannot leak.
 */
export function redactFormAnswers(answers: Readonly<Record<string, unknown>>, fields: readonly FormField[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (!f.confidential && Object.hasOwn(answers, f.key)) out[f.key] = redactValue(answers[f.key]);
  }
  return out;
}
