import { sql, type Transaction } from 'kysely';
import { auditHash, GENESIS_HASH, type AuditContent } from '@sxgk/core/audit-chain';
import type { Actor } from '@sxgk/core/roles';
import type { Database } from './schema.ts';
import type { Db } from './client.ts';

// One advisory lock orders the chain: concurrent writers append one after another.
const AUDIT_CHAIN_LOCK = 7_414_001;

export interface AuditEvent {
  action: string;
  resource: string;
  recordId?: string | number | null;
  before?: unknown;
  after?: unknown;
  departmentId?: number | null;
  ip?: string | null;
}

/** Appends one entry inside the caller's transaction, so the entry commits with the change. */
export async function appendAudit(
  trx: Transaction<Database>,
  actor: Pick<Actor, 'userId' | 'username' | 'role' | 'departmentId'> | null,
  event: AuditEvent,
): Promise<void> {
  await sql`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(trx);
  const last = await trx.selectFrom('auditLog').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const content: AuditContent = {
    at: new Date().toISOString(),
    actorUserId: actor?.userId ?? null,
    actorUsername: actor?.username ?? null,
    actorRole: actor?.role ?? null,
    departmentId: event.departmentId !== undefined ? event.departmentId : (actor?.departmentId ?? null),
    action: event.action,
    resource: event.resource,
    recordId: event.recordId == null ? null : String(event.recordId),
    before: jsonSafe(event.before),
    after: jsonSafe(event.after),
    ip: event.ip ?? null,
  };
  await trx
    .insertInto('auditLog')
    .values({
      ...content,
      at: new Date(content.at),
      before: content.before === null ? null : JSON.stringify(content.before),
      after: content.after === null ? null : JSON.stringify(content.after),
      prevHash,
      hash: auditHash(prevHash, content),
    })
    .execute();
}

/** Security events (logins, refusals) have no surrounding transaction: give them their own. */
export function auditAlone(db: Db, actor: Parameters<typeof appendAudit>[1], event: AuditEvent) {
  return db.transaction().execute((trx) => appendAudit(trx, actor, event));
}

// What jsonb will hand back: dates as ISO strings, undefined keys gone.
function jsonSafe(v: unknown): unknown {
  return v === undefined ? null : JSON.parse(JSON.stringify(v));
}
