import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { followupsRepo, referralsRepo } from '@sxgk/db';
import type { AppEnv } from '../context.ts';
import { authorize, meta } from '../auth.ts';
import { idParam, loadInScope, registerResource } from '../rest.ts';
import { body, json, refusals as errors } from '../openapi-parts.ts';
import { closeBody, followupRecord, followupUpdate, referralCreate, referralRecord, referralReturn } from '../inspections/schemas.ts';

// 后续处置 and 移送: what happens to a problem after its result.
export function followupRoutes(app: OpenAPIHono<AppEnv>) {
  // ---- follow-ups
  const followups = { name: 'followups', permission: 'followups' as const, tag: '后续处置', repo: followupsRepo, record: followupRecord, update: followupUpdate };
  app.openapi(createRoute({
    method: 'post', path: '/api/followups/{id}/close', tags: ['后续处置'], summary: '完结后续处置（办结日期与结果）',
    request: { params: idParam, ...body(closeBody) }, responses: { 200: json(followupRecord, '后续处置'), ...errors },
  }), async (c) => {
    const { scope, actor } = await authorize(c, 'followups', 'update');
    const { id } = c.req.valid('param');
    await loadInScope(c, followups, scope, id);
    return c.json(await followupsRepo.close(c.var.deps.db, scope, id, closeBody.parse(c.req.valid('json')), meta(c, actor)), 200);
  });
  registerResource(app, followups);

  // ---- referrals
  const referrals = { name: 'referrals', permission: 'referrals' as const, tag: '移送', repo: referralsRepo, record: referralRecord, create: referralCreate };
  const referralActions = [
    { action: 'accept', summary: '接收部门接收移送（成为本部门案件）', schema: null },
    { action: 'return', summary: '接收部门退回移送（须说明原因）', schema: referralReturn },
    { action: 'close', summary: '反馈办结：平台内移送由接收部门反馈；移送外部机关或司法机关的，由移送部门登记对方反馈的办结情况', schema: closeBody },
  ] as const;
  for (const a of referralActions) {
    app.openapi(createRoute({
      method: 'post', path: `/api/referrals/{id}/${a.action}`, tags: ['移送'], summary: a.summary,
      request: { params: idParam, ...(a.schema && body(a.schema)) }, responses: { 200: json(referralRecord, '移送'), ...errors },
    }), async (c) => {
      const { scope, actor } = await authorize(c, 'referrals', 'update');
      const { id } = c.req.valid('param');
      await loadInScope(c, referrals, scope, id);
      const db = c.var.deps.db;
      const m = meta(c, actor);
      if (a.action === 'accept') return c.json(await referralsRepo.accept(db, scope, id, m), 200);
      if (a.action === 'return') return c.json(await referralsRepo.return(db, scope, id, referralReturn.parse(await c.req.json()).reason, m), 200);
      return c.json(await referralsRepo.close(db, scope, id, closeBody.parse(await c.req.json()), m), 200);
    });
  }
  registerResource(app, referrals);
}
