// One error type for every refusal the platform gives; the API maps `status` to HTTP in one place.
export type ErrorCode =
  | 'BAD_REQUEST' | 'VALIDATION' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT'
  | 'LOCKED' | 'TOO_LARGE' | 'NOT_A_TABLE' | 'RATE_LIMITED' | 'INVALID_STATE' | 'PASSWORD_CHANGE_REQUIRED';

const STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400, VALIDATION: 422, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404,
  CONFLICT: 409, LOCKED: 423, TOO_LARGE: 413, NOT_A_TABLE: 422, RATE_LIMITED: 429,
  INVALID_STATE: 409, PASSWORD_CHANGE_REQUIRED: 403,
};

export class AppError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export const notFound = (what = '记录') => new AppError('NOT_FOUND', `${what}不存在或无权访问`);
export const forbidden = () => new AppError('FORBIDDEN', '无权执行此操作');
