// The draw refuses rather than guesses: every refusal names what is wrong so the operator can
// fix the task (and nothing is saved, so no half-made draw exists to be re-rolled).
export type DrawErrorCode = 'INSUFFICIENT_INSPECTORS' | 'INVALID_INPUT' | 'COMMITMENT_MISMATCH';

export class DrawError extends Error {
  override readonly name = 'DrawError';
  /** INSUFFICIENT_INSPECTORS: the entity whose candidates ran short */
  readonly target?: string;
  /** INSUFFICIENT_INSPECTORS: the inspector group that ran short */
  readonly group?: string;
  /** INVALID_INPUT: path of the offending field, e.g. `strata[1].population[7]` */
  readonly field?: string;
  /** INVALID_INPUT: the offending value and what was expected of it */
  readonly value?: unknown;
  readonly reason?: string;

  constructor(
    readonly code: DrawErrorCode,
    message: string,
    details: { target?: string; group?: string; field?: string; value?: unknown; reason?: string } = {},
  ) {
    super(message);
    Object.assign(this, details);
  }
}

export function insufficientInspectors(target: string, group: string, needed: number, available: number) {
  return new DrawError(
    'INSUFFICIENT_INSPECTORS',
    `对象 ${target} 在 ${group} 组中可用检查人员不足（需要 ${needed} 人，仅有 ${available} 人）`,
    { target, group },
  );
}

export function invalidInput(field: string, value: unknown, reason: string) {
  return new DrawError('INVALID_INPUT', `${field}: ${reason}`, { field, value, reason });
}
