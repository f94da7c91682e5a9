import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';
import { appendAudit, auditAlone } from '../src/audit.ts';
import { verifyAuditChain } from '../src/audit-verify.ts';

let t: TestDatabase;
beforeAll(async () => { t = await createTestDatabase(); });
afterAll(async () => { await t.drop(); });

const actor = { userId: 1, username: 'admin', role: 'platform_admin' as const, departmentId: null };

describe('audit chain', () => {
  it('holds for appended entries, including concurrent ones', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) =>
      auditAlone(t.db, actor, { action: 'create', resource: 'items', recordId: i, after: { n: i, nested: { b: 1, a: [1, 'x'] } } })));
    await t.db.transaction().execute((trx) => appendAudit(trx, null, { action: 'login_failed', resource: 'auth' }));
    expect(await verifyAuditChain(t.db, 7)).toEqual({ ok: true, entries: 21 });
  });

  it('refuses update and delete through SQL as the platform runs it', async () => {
    await expect(sql`UPDATE audit_log SET action = 'x'`.execute(t.db)).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_log`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('names the first tampered entry', async () => {
    const victim = await t.db.selectFrom('auditLog').select('id').orderBy('id').offset(9).limit(1).executeTakeFirstOrThrow();
    await t.db.transaction().execute(async (trx) => {
      await sql`SET LOCAL session_replication_role = replica`.execute(trx);
      await sql`UPDATE audit_log SET after = '{"n": 999}' WHERE id = ${victim.id}`.execute(trx);
    });
    const verdict = await verifyAuditChain(t.db, 4);
    expect(verdict).toMatchObject({ ok: false, brokenId: String(victim.id), reason: 'hash' });
  });
});
