import type { EntityKind, EntityStatus } from './directory-import.ts';
import type { RiskTier } from './roles.ts';

// Cell text → typed value for the 两库 import; undefined means “not understood” and becomes
// a row error naming the column. Accepts what registries and clerks actually write.

const fold = (v: string) => v.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

// GB 32100 position 2 under 工商 (9): 1 企业, 2 个体工商户, 3 农民专业合作社.
export function kindFromUscc(uscc: string): EntityKind {
  if (uscc.startsWith('91')) return 'enterprise';
  if (uscc.startsWith('92')) return 'individual';
  if (uscc.startsWith('93')) return 'cooperative';
  return 'other';
}

// Registries write the full 企业类型 (“有限责任公司（自然人投资或控股）”), so keywords decide.
export function parseEntityKind(v: string): EntityKind | undefined {
  const s = fold(v);
  if (s === 'enterprise' || s === 'individual' || s === 'cooperative' || s === 'other') return s;
  if (s.includes('个体')) return 'individual';
  if (s.includes('合作社')) return 'cooperative';
  if (/企业|公司|有限|股份|合伙|独资|分支机构|分公司|全民所有制|集体所有制|外商|外资|合资/.test(s)) return 'enterprise';
  if (s === '其他' || s === '其它') return 'other';
  return undefined;
}

export function parseStatus(v: string): EntityStatus | undefined {
  const s = fold(v);
  const codes: EntityStatus[] = ['active', 'deregistered', 'revoked', 'cancelled', 'moved_out'];
  if ((codes as string[]).includes(s)) return s as EntityStatus;
  // 吊销 before 注销: “吊销，未注销” is a revoked business that still exists.
  if (s.includes('吊销')) return 'revoked';
  if (s.includes('撤销')) return 'cancelled';
  if (s.includes('注销')) return 'deregistered';
  if (s.includes('迁出')) return 'moved_out';
  if (/^(存续|在业|开业|在营|营业|正常|登记成立|确立)/.test(s)) return 'active';
  return undefined;
}

// 9- and 12-digit 统计用区划代码 start with the 6-digit county code.
export function parseRegion(v: string): string | undefined {
  const s = v.normalize('NFKC').replace(/\s+/g, '');
  return /^(\d{6}|\d{9}|\d{12})$/.test(s) ? s.slice(0, 6) : undefined;
}

export function parseRiskTier(v: string): RiskTier | undefined {
  const s = fold(v).toUpperCase().replace(/(风险)?(类|级|等级)?(企业|主体)?$/, '').replace(/风险$/, '');
  if (s === 'A' || s === 'B' || s === 'C' || s === 'D') return s;
  return ({ 低: 'A', 中: 'B', 一般: 'B', 较高: 'C', 高: 'D' } as Record<string, RiskTier>)[s];
}

export function parseYesNo(v: string): boolean | undefined {
  const s = fold(v);
  if (['是', 'y', 'yes', 'true', '1', '列入', '已列入'].includes(s)) return true;
  if (['否', 'n', 'no', 'false', '0', '未列入', '无'].includes(s)) return false;
  return undefined;
}

export function parseCount(v: string): number | undefined {
  const s = v.normalize('NFKC').trim();
  if (!/^\d+(\.0+)?$/.test(s)) return undefined;
  const n = Number(s);
  return Number.isSafeInteger(n) ? n : undefined;
}

export function parseActive(v: string): boolean | undefined {
  const s = fold(v);
  if (['在岗', '是', '启用', '正常', '有效', 'true', '1', 'y', 'yes'].includes(s)) return true;
  if (['离岗', '不在岗', '否', '停用', '禁用', '调离', '退休', '无效', 'false', '0', 'n', 'no'].includes(s)) return false;
  return undefined;
}

export function parseValidUntil(v: string): string | null | undefined {
  const s = v.normalize('NFKC').trim();
  if (/^(长期|长期有效|永久|永久有效)$/.test(s)) return null;
  let m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  // A date cell formatted as a number shows its Excel serial (days since 1899-12-30).
  m = /^(\d{5})(?:\.\d+)?$/.exec(s);
  if (m) {
    const d = new Date(Date.UTC(1899, 11, 30) + Number(m[1]) * 86_400_000);
    return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return undefined;
}

function isoDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || y > 2199 || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
