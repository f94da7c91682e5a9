// The draw pipeline (docs/draw-spec.md) around the pure core: prepare → execute → records.
export { prepareDraw, prepareInTrx, type PrepareOptions, type StepMark } from './prepare.ts';
export { lockDraw, markDrawFailed, requestExecution, type ExecutionRequest } from './execution.ts';
export { committedInput, loadSnapshot, type DrawSnapshot } from './snapshot.ts';
export { saveDrawResult, type SavedDraw, type SaveOptions } from './persist.ts';
export { auditDrawRecord, publicDrawRecord } from './record.ts';
export { LISTED_STRATUM, STRATUM_KEYS, stratumRatios } from './eligibility.ts';
