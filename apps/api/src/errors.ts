import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { AppError } from '@sxgk/core/errors';
import { RESOURCE_LABELS } from '@sxgk/core/labels';
import { logger } from './logger.ts';

// The one place where errors become HTTP: {error:{code,message}}, message in Chinese.
export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details !== undefined && { details }) } };
}

/** One entry of a 422's details: the field (a dotted path; '' for the record as a whole) and what is wrong with it. */
export interface FieldProblem { field: string; message: string; [more: string]: unknown }

/** A 422 for request-schema failures: the issues as FieldProblems. */
export function validationBody(e: ZodError) {
  const problems: FieldProblem[] = e.issues.map((i) => ({ field: i.path.join('.'), message: i.message, code: i.code }));
  return errorBody('VALIDATION', `输入有误：${zodMessage(e)}`, problems);
}

// Every 422 lists its problems the same way, [{field, message, …}], whoever found them: a domain
// rule names one field ({field, …} on the AppError), a form check or a schema lists several.
function problemsOf(details: unknown, message: string): FieldProblem[] | undefined {
  if (details === undefined || Array.isArray(details)) return details as FieldProblem[] | undefined;
  return [{ field: '', message, ...(details as object) }];
}

export function zodMessage(e: ZodError): string {
  return e.issues.map((i) => (i.path.length ? `${i.path.join('.')}：${i.message}` : i.message)).join('；');
}

// Refusals raised by Hono and its validators carry English text; a clerk reads Chinese.
const HAS_CHINESE = /[\u4e00-\u9fff]/;
function httpMessage(status: number, message: string): string {
  if (HAS_CHINESE.test(message)) return message;
  if (status === 413) return '上传的文件过大';
  if (status === 415) return '请求体的格式不受支持，请以 JSON 发送';
  if (/JSON/i.test(message)) return '请求体不是有效的 JSON';
  return '请求无效';
}

// PostgreSQL refusing a value the request carried as the column's type: text where a number is
// stored (a filter {"id":"x"}), a day like 2026-13-45, a number beyond its range, a NUL character.
// The input is wrong, not the server; other data exceptions (division by zero…) stay errors.
const BAD_VALUE_SQLSTATES = new Set(['22P02', '22003', '22007', '22008', '22001', '22021', '22P05', '22025', '22019']);
type PgError = Error & { code?: string; detail?: string };
const badValue = (err: PgError) => BAD_VALUE_SQLSTATES.has(String(err.code));

/** A reference to a record that does not exist (departmentId 999999), or a deletion of one still referenced. */
function foreignKeyBody(err: PgError) {
  const missing = /^Key \((\w+)\)=\(.*\) is not present in table "(\w+)"/.exec(err.detail ?? '');
  if (!missing) return { status: 409 as const, body: errorBody('CONFLICT', '该记录仍被其他记录引用，不能删除或更改') };
  const field = missing[1]!.replace(/_(\w)/g, (_, ch: string) => ch.toUpperCase());
  const message = `所选${(RESOURCE_LABELS as Record<string, string>)[missing[2]!] ?? '记录'}不存在`;
  return { status: 422 as const, body: errorBody('VALIDATION', message, [{ field, message }]) };
}

export function onError(err: Error, c: Context) {
  if (err instanceof AppError) {
    const details = err.status === 422 ? problemsOf(err.details, err.message) : err.details;
    return c.json(errorBody(err.code, err.message, details), err.status as 400);
  }
  if (err instanceof ZodError) return c.json(validationBody(err), 422);
  if (err instanceof HTTPException) {
    const status = err.status;
    return c.json(errorBody(status === 413 ? 'TOO_LARGE' : 'BAD_REQUEST', httpMessage(status, err.message)), status);
  }
  if ((err as PgError).code === '23503') {
    const { status, body } = foreignKeyBody(err);
    return c.json(body, status);
  }
  if (badValue(err)) {
    logger.warn({ path: c.req.path, code: (err as PgError).code, message: err.message }, 'value refused by the database');
    return c.json(errorBody('BAD_REQUEST', '输入的值格式不正确：编号、数量应为范围内的整数，日期应为有效的 YYYY-MM-DD，文字不能含控制字符'), 400);
  }
  logger.error({ err, path: c.req.path }, 'unhandled error');
  return c.json(errorBody('INTERNAL', '服务器内部错误，请稍后再试'), 500);
}
