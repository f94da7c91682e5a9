import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';
import { appendAudit, auditAlone } from '../src/audit.ts';
import { verifyAuditChain } from '../src/audit-verify.ts';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** `pnpm audit:verify <url>` as an operator runs it; resolves with its exit code and output. */
async function auditVerifyCli(url: string) {
  try {
    const { stdout } = await run('pnpm', ['-s', 'audit:verify', url], { cwd: ROOT });
    return { code: 0, stdout };
  } catch (e) {
    const err = e as { code: number; stdout: string };
    return { code: err.code, stdout: err.stdout };
  }
}

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
    const cli = await auditVerifyCli(t.url);
    expect(cli).toMatchObject({ code: 0 });
    expect(cli.stdout).toMatch(/OK 审计链完整，共 21 条/);
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
    const cli = await auditVerifyCli(t.url);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`审计记录 #${victim.id} 被篡改`);
  });
});
