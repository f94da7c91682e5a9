import { readdirSync, readFileSync } from 'node:fs';
import type { DrawInput, DrawRecord } from '../../src/draw/index.ts';

// The spec's worked examples (test/fixtures/draw-vectors), shared by the vector and CLI tests.
export const VECTOR_DIR = new URL('../../../../test/fixtures/draw-vectors/', import.meta.url);

export type Vector = DrawRecord & { name: string };

export const vectorFiles = readdirSync(VECTOR_DIR).filter((f) => f.endsWith('.json')).sort();

export function loadVector(file: string): Vector {
  return JSON.parse(readFileSync(new URL(file, VECTOR_DIR), 'utf8')) as Vector;
}

/** The draw input a vector was made from (an entities-only vector has no inspector fields). */
export function inputOf(v: Partial<DrawRecord>): DrawInput {
  return {
    secret: v.secret!,
    beacon: v.beacon!,
    strata: v.strata!.map(({ key, ratioBp, population }) => ({ key, ratioBp, population })),
    inspectorGroups: v.inspectorGroups ?? [],
    exclusions: v.exclusions ?? [],
  };
}
