import type { RaRecord } from 'react-admin';
import { isProblem, type Outcome } from '@sxgk/core/outcomes';
import type { Answers } from '../../forms/types';
import type { StoredSection } from './useSectionForms';

/** The record form's state, flattened so each input edits one key. */
export interface Draft {
  methods: string[];
  inspectionDate: string;
  present: number[];
  substitutionReason: string;
  findings: string;
  sections: Record<number, Answers>;
  institution: string;
  scope: string;
  outcome: string;
  violations: string[];
}

/** What every part of the form gets: the draft, a patcher, and the server's message per field. */
export interface PartProps {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  editable: boolean;
  fieldError: (field: string) => string | undefined;
}

export const fromRecord = (r: RaRecord): Draft => ({
  methods: r.methods ?? [],
  inspectionDate: r.inspectionDate ?? '',
  present: r.presentInspectorIds ?? [],
  substitutionReason: r.substitutionReason ?? '',
  findings: r.findings ?? '',
  sections: Object.fromEntries(((r.sections ?? []) as StoredSection[]).map((s) => [s.itemId, s.answers])),
  institution: r.entrustment?.institution ?? '',
  scope: r.entrustment?.scope ?? '',
  outcome: r.outcome ?? '',
  violations: r.violations ?? [],
});

/** Adds the value to a checkbox list, or removes it if already there. */
export const toggle = (list: string[] | number[], value: string | number) =>
  ((list as (string | number)[]).includes(value) ? (list as (string | number)[]).filter((v) => v !== value) : [...list, value]) as never;

const filled = (a: Answers) => Object.values(a).some((v) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
const drop = (a: Answers) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));

/** The PUT body: only what the inspector has started, so a half-filled draft can still be saved. */
export function payload(d: Draft) {
  const entrusted = d.institution.trim() || d.scope.trim();
  return {
    methods: d.methods,
    inspectionDate: d.inspectionDate || null,
    ...(d.present.length > 0 && { presentInspectorIds: d.present, substitutionReason: d.substitutionReason.trim() || null }),
    findings: d.findings,
    sections: Object.entries(d.sections).filter(([, a]) => filled(a)).map(([itemId, answers]) => ({ itemId: Number(itemId), answers: drop(answers) })),
    entrustment: entrusted ? { institution: d.institution.trim(), scope: d.scope.trim() } : null,
    outcome: d.outcome || null,
    violations: d.outcome && isProblem(d.outcome as Outcome) ? d.violations : [],
  };
}
