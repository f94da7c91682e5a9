import { findChainBreak, GENESIS_HASH, type AuditContent } from '@sxgk/core/audit-chain';
import type { Db } from './client.ts';

export type AuditVerdict = { ok: true; entries: number } | { ok: false; entries: number; brokenId: string; reason: string };

/** Walks the whole chain in pages (constant memory) and names the first entry that does not hold. */
export async function verifyAuditChain(db: Db, pageSize = 5000): Promise<AuditVerdict> {
  let prev = GENESIS_HASH;
  let lastId = '0';
  let count = 0;
  for (;;) {
    const page = await db.selectFrom('auditLog').selectAll().where('id', '>', lastId)
      .orderBy('id').limit(pageSize).execute();
    if (page.length === 0) return { ok: true, entries: count };
    const rows = page.map((r) => ({ ...toContent(r), prevHash: r.prevHash, hash: r.hash }));
    const broken = findChainBreak(rows, prev);
    if (broken) {
      const row = page[broken.index]!;
      return { ok: false, entries: count + broken.index, brokenId: String(row.id), reason: broken.reason };
    }
    count += page.length;
    prev = page[page.length - 1]!.hash;
    lastId = String(page[page.length - 1]!.id);
  }
}

function toContent(r: Record<string, any>): AuditContent {
  return {
    at: (r.at as Date).toISOString(), actorUserId: r.actorUserId, actorUsername: r.actorUsername,
    actorRole: r.actorRole, departmentId: r.departmentId, action: r.action, resource: r.resource,
    recordId: r.recordId, before: r.before, after: r.after, ip: r.ip,
  };
}
