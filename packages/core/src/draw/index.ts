// sxgk-draw-v1 (docs/draw-spec.md): the publicly verifiable double-random draw. Pure and
// synchronous, no I/O: the same code runs the draw in the worker and verifies it in a browser.
export * from './types.ts';
export { DrawError, type DrawErrorCode } from './errors.ts';
export { compareUtf8 } from './utf8.ts';
export {
  commitment, createInspectorHasher, createPopulationHasher, inspectorDigest, populationDigest, seed,
  ZERO_DIGEST,
} from './digests.ts';
export { RandomStream } from './stream.ts';
export { sampleSize } from './entities.ts';
export { prepareCommitment, runCommittedDraw, runDraw, startCommittedDraw, toPublicRecord, type CanonicalDraw, type DrawInProgress, type DrawOutcome } from './draw.ts';
export type { CanonicalGroup, CanonicalStratum } from './canonical.ts';
export { teamSize } from './assignment.ts';
export { IdLines, idAt, type IdList } from './id-lines.ts';
export { verifyRecord } from './verify.ts';
