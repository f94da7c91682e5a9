import { hexToBytes } from '@noble/hashes/utils.js';
import { invalidInput } from './errors.ts';
import type { InspectorGroupInput, StratumInput } from './types.ts';
import { ascendingUtf8, compareUtf8, comparePairs, isWellFormed } from './utf8.ts';

// Validation plus the canonical (ascending) order every step of the spec works in. The same code
// checks inputs before a draw and records handed to the verifier, which may be any JSON, so the
// checks take nothing for granted. Field paths name the caller's own array positions.

export interface CanonicalStratum {
  key: string;
  ratioBp: number;
  /** ascending by UTF-8 bytes, distinct */
  population: readonly string[];
}

export interface CanonicalGroup {
  key: string;
  perTarget: number;
  /** ascending by UTF-8 bytes, distinct */
  pool: readonly string[];
}

const SUSPECT = /[\t\n\uD800-\uFFFF]/;

/**
 * Checks one id or key; answers whether it is "plain" (no unit >= 0xD800). Tabs and newlines
 * would make the line-framed digests ambiguous; lone surrogates have no UTF-8 form.
 */
function checkText(v: unknown, path: string, index = -1): boolean {
  if (typeof v === 'string' && v !== '' && !SUSPECT.test(v)) return true; // the hot path: no allocation
  const field = index < 0 ? path : `${path}[${index}]`;
  if (typeof v !== 'string' || v === '') throw invalidInput(field, v, '应为非空字符串');
  if (/[\t\n]/.test(v)) throw invalidInput(field, v, '不得包含制表符或换行符');
  if (!isWellFormed(v)) throw invalidInput(field, v, '含有无效的 Unicode 代理字符');
  return false;
}

function checkArray(v: unknown, field: string): readonly unknown[] {
  if (!Array.isArray(v)) throw invalidInput(field, v, '应为数组');
  return v;
}

function checkInt(v: unknown, field: string, max: number): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0 || v > max) {
    throw invalidInput(field, v, `应为 0 到 ${max} 之间的整数`);
  }
  return v;
}

function checkUniqueKeys(keys: readonly string[], field: string): void {
  const seen = new Set<string>();
  keys.forEach((k, i) => {
    if (seen.has(k)) throw invalidInput(`${field}[${i}].key`, k, '键重复');
    seen.add(k);
  });
}

export function parseSecret(secret: unknown): Uint8Array {
  if (typeof secret !== 'string' || !/^[0-9a-f]{64}$/.test(secret)) {
    throw invalidInput('secret', secret, '应为 64 位小写十六进制（32 字节）');
  }
  return hexToBytes(secret);
}

export function checkBeacon(beacon: unknown): string {
  if (typeof beacon !== 'string' || !isWellFormed(beacon)) {
    throw invalidInput('beacon', beacon, '应为有效的 UTF-8 文本');
  }
  return beacon;
}

/** Strata by ascending key, each population ascending; an entity may stand in one stratum only. */
export function canonicalStrata(input: unknown): CanonicalStratum[] {
  const list = checkArray(input, 'strata');
  const strata = list.map((raw, i): CanonicalStratum & { plain: boolean; index: number } => {
    const s = (raw ?? {}) as Partial<StratumInput>;
    checkText(s.key, `strata[${i}].key`);
    const ratioBp = checkInt(s.ratioBp, `strata[${i}].ratioBp`, 10000);
    const ids = checkArray(s.population, `strata[${i}].population`);
    const path = `strata[${i}].population`;
    let plain = true;
    for (let j = 0; j < ids.length; j++) if (!checkText(ids[j], path, j)) plain = false;
    const population = ascendingUtf8(ids as readonly string[], plain);
    return { key: s.key as string, ratioBp, population, plain, index: i };
  });
  checkUniqueKeys(strata.map((s) => s.key), 'strata');
  strata.sort((a, b) => compareUtf8(a.key, b.key));
  const repeated = findRepeat(strata.map((s) => s.population), strata.every((s) => s.plain));
  if (repeated !== undefined) {
    const holders = strata.filter((s) => s.population.includes(repeated));
    const last = holders.at(-1)!;
    throw invalidInput(
      `strata[${last.index}].population`,
      repeated,
      holders.length === 1
        ? `对象 ${repeated} 重复出现`
        : `对象 ${repeated} 同时出现在层级 ${holders.map((s) => s.key).join('、')} 中`,
    );
  }
  return strata.map(({ key, ratioBp, population }) => ({ key, ratioBp, population }));
}

/** Groups by ascending key, each pool ascending; an inspector may stand in one group only. */
export function canonicalGroups(input: unknown): CanonicalGroup[] {
  const list = checkArray(input, 'inspectorGroups');
  const owner = new Map<string, string>();
  const groups = list.map((raw, i): CanonicalGroup => {
    const g = (raw ?? {}) as Partial<InspectorGroupInput>;
    checkText(g.key, `inspectorGroups[${i}].key`);
    const perTarget = checkInt(g.perTarget, `inspectorGroups[${i}].perTarget`, 0xffffffff);
    const ids = checkArray(g.pool, `inspectorGroups[${i}].pool`);
    let plain = true;
    ids.forEach((id, j) => {
      if (!checkText(id, `inspectorGroups[${i}].pool`, j)) plain = false;
      const other = owner.get(id as string);
      if (other !== undefined) {
        throw invalidInput(`inspectorGroups[${i}].pool[${j}]`, id, other === g.key ? '检查人员重复' : `检查人员同时属于 ${other} 组`);
      }
      owner.set(id as string, g.key as string);
    });
    return { key: g.key as string, perTarget, pool: ascendingUtf8(ids as readonly string[], plain) };
  });
  checkUniqueKeys(groups.map((g) => g.key), 'inspectorGroups');
  return groups.sort((a, b) => compareUtf8(a.key, b.key));
}

/** Exclusions ascending by (target, inspector). Repeats are harmless to the spec and kept. */
export function canonicalExclusions(input: unknown): [string, string][] {
  const list = checkArray(input, 'exclusions');
  const pairs = list.map((raw, i): [string, string] => {
    const pair = checkArray(raw, `exclusions[${i}]`);
    if (pair.length !== 2) throw invalidInput(`exclusions[${i}]`, raw, '应为 [对象, 检查人员]');
    checkText(pair[0], `exclusions[${i}]`, 0);
    checkText(pair[1], `exclusions[${i}]`, 1);
    return [pair[0] as string, pair[1] as string];
  });
  return pairs.sort(comparePairs);
}

/**
 * An id occurring twice within or across ascending lists, or undefined. Adjacent equal ids
 * within a list, then pairwise merges (one comparison per id per level, log2(strata) levels):
 * a Set of a million strings, or comparing every list's head at each step, costs several times
 * more. `plain` lists compare natively (see ascendingUtf8).
 */
function findRepeat(lists: readonly (readonly string[])[], plain: boolean): string | undefined {
  for (const l of lists) for (let i = 1; i < l.length; i++) if (l[i] === l[i - 1]) return l[i];
  let level = lists;
  while (level.length > 1) {
    const next: (readonly string[])[] = [];
    for (let i = 0; i < level.length; i += 2) {
      const a = level[i]!;
      const b = level[i + 1];
      if (!b) {
        next.push(a);
        continue;
      }
      const out = new Array<string>(a.length + b.length);
      let x = 0;
      let y = 0;
      let o = 0;
      while (x < a.length && y < b.length) {
        const u = a[x]!;
        const v = b[y]!;
        if (u === v) return u;
        if (plain ? u < v : compareUtf8(u, v) < 0) {
          out[o++] = u;
          x++;
        } else {
          out[o++] = v;
          y++;
        }
      }
      while (x < a.length) out[o++] = a[x++]!;
      while (y < b.length) out[o++] = b[y++]!;
      next.push(out);
    }
    level = next;
  }
  return undefined;
}
