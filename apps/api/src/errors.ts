import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import { AppError } from '@sxgk/core/errors';
import { logger } from './logger.ts';

// The one place where errors become HTTP: {error:{code,message}}, message in Chinese.
export function errorBody(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details !== undefined && { details }) } };
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

export function onError(err: Error, c: Context) {
  if (err instanceof AppError) return c.json(errorBody(err.code, err.message, err.details), err.status as 400);
  if (err instanceof ZodError) return c.json(errorBody('VALIDATION', zodMessage(err), err.issues), 422);
  if (err instanceof HTTPException) {
    const status = err.status;
    return c.json(errorBody(status === 413 ? 'TOO_LARGE' : 'BAD_REQUEST', httpMessage(status, err.message)), status);
  }
  logger.error({ err, path: c.req.path }, 'unhandled error');
  return c.json(errorBody('INTERNAL', '服务器内部错误，请稍后再试'), 500);
}
