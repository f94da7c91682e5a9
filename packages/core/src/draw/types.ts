// Shapes of sxgk-draw-v1 (docs/draw-spec.md). The record types mirror the published JSON exactly,
// so a record parsed from test/fixtures/draw-vectors/*.json is a DrawRecord as it stands.

export const DRAW_SPEC = 'sxgk-draw-v1';
export type DrawSpec = typeof DRAW_SPEC;

export interface StratumInput {
  key: string;
  /** sampling ratio in basis points: 1000 = 10 % */
  ratioBp: number;
  /** eligible entity ids, any order */
  population: readonly string[];
}

export interface InspectorGroupInput {
  key: string;
  perTarget: number;
  /** eligible inspector ids (law-enforcement certificate numbers), any order */
  pool: readonly string[];
}

/** [targetId, inspectorId]: never assign this inspector to this entity. */
export type Exclusion = readonly [target: string, inspector: string];

export interface DrawInput {
  /** 32 CSPRNG bytes, lower-case hex; revealed only after the draw */
  secret: string;
  strata: readonly StratumInput[];
  /** public value fixed at the draw ceremony, after the commitment was published */
  beacon: string;
  /** empty = entities only */
  inspectorGroups: readonly InspectorGroupInput[];
  exclusions: readonly Exclusion[];
}

export interface StratumRecord {
  key: string;
  ratioBp: number;
  population: string[];
  selected: string[];
}

export interface InspectorGroupRecord {
  key: string;
  perTarget: number;
  pool: string[];
}

export interface Assignment {
  target: string;
  inspectors: string[];
}

/** The audit-level record: everything needed to recompute the whole draw. */
export interface DrawRecord {
  spec: DrawSpec;
  commitment: string;
  populationDigest: string;
  inspectorDigest: string;
  beacon: string;
  secret: string;
  seed: string;
  strata: StratumRecord[];
  inspectorGroups: InspectorGroupRecord[];
  exclusions: [string, string][];
  assignments: Assignment[];
}

/** The public level: inspectors stay private, inspectorDigest still lets the commitment check. */
export type PublicDrawRecord = Omit<DrawRecord, 'inspectorGroups' | 'exclusions' | 'assignments'>;

/** What is public before the draw (together with the declared beacon source). */
export interface DrawCommitment {
  spec: DrawSpec;
  commitment: string;
  populationDigest: string;
  inspectorDigest: string;
  strata: { key: string; ratioBp: number; populationSize: number }[];
}

export type VerifyResult =
  | { ok: true }
  | { ok: false; field: string; expected: unknown; actual: unknown };

export interface DrawProgress {
  phase: 'digests' | 'entities' | 'assignments';
  done: number;
  total: number;
}
