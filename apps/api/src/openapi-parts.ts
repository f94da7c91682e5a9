import { z } from '@hono/zod-openapi';
import { errorSchema } from './schemas.ts';

// OpenAPI fragments the action routes share: a JSON answer, a required JSON body, the refusals.
export const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
export const body = (schema: z.ZodType) => ({ body: { content: { 'application/json': { schema } }, required: true } });
export const refusals = {
  403: { description: '无权限（含双人原则）', content: { 'application/json': { schema: errorSchema } } },
  404: { description: '不存在或无权访问', content: { 'application/json': { schema: errorSchema } } },
  409: { description: '状态不允许', content: { 'application/json': { schema: errorSchema } } },
  422: { description: '输入有误', content: { 'application/json': { schema: errorSchema } } },
};
