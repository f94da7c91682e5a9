import { RISK_TIERS, type RiskTier } from './roles.ts';
import { OUTCOME_LABELS, creditFlags, type Outcome } from './outcomes.ts';
import { dayNumber } from './working-days.ts';

// How the credit record feeds the 信用风险分类 used by the draw. The registry's tier is the
// starting point; the platform only ever raises it, and says why in words an entity can be shown.

export interface RiskEntity {
  riskTier: RiskTier;
  abnormalList: boolean;
  seriousViolationList: boolean;
  /** Carried for the dashboards; by itself it does not move the tier (no rule sets a threshold). */
  complaintCount: number;
}

export interface PublishedResult {
  outcome: Outcome;
  /** 'YYYY-MM-DD' (a longer ISO timestamp is read by its date); null = not published, not on the record. */
  publishedAt: string | null;
  /** problem_pending whose follow-up was closed is no longer an unresolved problem. */
  followupClosed?: boolean;
}

export interface RiskInputs {
  effectiveTier: RiskTier;
  reasons: string[];
}

const rank = (t: RiskTier) => RISK_TIERS.indexOf(t);

/** The same day one year earlier: the start of "the last 12 months", inclusive. */
export function yearBefore(day: string): string {
  dayNumber(day);
  const y = String(Number(day.slice(0, 4)) - 1).padStart(4, '0');
  // the year before a leap year is never one
  return day.endsWith('-02-29') ? `${y}-02-28` : `${y}${day.slice(4)}`;
}

/**
 * Effective tier as of `asOf` ('YYYY-MM-DD'). Rules, in order:
 * 1. a 不配合检查情节严重 or an unresolved problem published in the last 12 months raises the tier
 *    one step (once, however many there are), at most D;
 * 2. on the 经营异常名录 → at least C;
 * 3. on the 严重违法失信名单 → D.
 * The floors apply after the raise, not before: a refusal usually is why an entity is on the
 * abnormal list, and counting it twice would send every such entity straight to D.
 * An empty `reasons` means the registry's tier stands.
 */
export function riskInputs(entity: RiskEntity, history: readonly PublishedResult[], asOf: string): RiskInputs {
  const from = yearBefore(asOf);
  const reasons: string[] = [];
  let tier = entity.riskTier;

  const recent = history.filter((h) => {
    if (!h.publishedAt || !creditFlags(h.outcome).raisesRisk) return false;
    if (h.outcome === 'problem_pending' && h.followupClosed) return false;
    const day = h.publishedAt.slice(0, 10);
    dayNumber(day);
    return day >= from && day <= asOf;
  });
  if (recent.length > 0) {
    const next = RISK_TIERS[Math.min(rank(tier) + 1, RISK_TIERS.length - 1)]!;
    const latest = recent.reduce((a, b) => (a.publishedAt! >= b.publishedAt! ? a : b));
    const what = `近12个月内有${recent.length}次“${OUTCOME_LABELS[latest.outcome]}”等抽查结果（最近一次于${latest.publishedAt!.slice(0, 10)}公示）`;
    reasons.push(next === tier ? `${what}，已为最高风险等级${tier}` : `${what}，风险等级由${tier}上调一级为${next}`);
    tier = next;
  }
  if (entity.abnormalList && rank(tier) < rank('C')) {
    reasons.push(`列入经营异常名录，风险等级不低于C（由${tier}调整为C）`);
    tier = 'C';
  }
  if (entity.seriousViolationList && tier !== 'D') {
    reasons.push(`列入严重违法失信名单，风险等级为D（由${tier}调整为D）`);
    tier = 'D';
  }
  return { effectiveTier: tier, reasons };
}

/** Draw stratum: must match STRATUM_OF in packages/db/src/draws/eligibility.ts. */
export const LISTED_STRATUM = 'D+';
export type SamplingStratum = RiskTier | typeof LISTED_STRATUM;

/**
 * Listed entities (经营异常名录 or 严重违法失信名单) form their own stratum, sampled at the highest of
 * the task's four ratios — so at least D's — whatever their own tier says.
 */
export function samplingStratum(entity: Pick<RiskEntity, 'riskTier' | 'abnormalList' | 'seriousViolationList'>): SamplingStratum {
  return entity.abnormalList || entity.seriousViolationList ? LISTED_STRATUM : entity.riskTier;
}

/** The sampling ratio (basis points) a stratum gets from a task's per-tier ratios. */
export function stratumRatioBp(stratum: SamplingStratum, ratios: Readonly<Record<RiskTier, number>>): number {
  return stratum === LISTED_STRATUM ? Math.max(ratios.A, ratios.B, ratios.C, ratios.D) : ratios[stratum];
}
