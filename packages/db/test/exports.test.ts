import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { ENTITY_KIND_LABELS, ENTITY_STATUS_LABELS, RISK_TIER_LABELS } from '@sxgk/core/labels';
import { grantsFor } from '@sxgk/core/permissions';
import { ROLE_LABELS, ROLES, type Actor } from '@sxgk/core/roles';
import { parseListQuery } from '@sxgk/core/simple-rest';
import { EXPORTS, listRows, type ExportSpec } from '../src/exports.ts';
import { seedDemo } from '../src/seed/seed.ts';
import { createTestDatabase, type TestDatabase } from '../src/testing.ts';

// The exports table: every list a role may export has its columns, every column is a field the
// list answers, and code columns come out in words.
let t: TestDatabase;
const admin: Actor = { userId: 0, username: 'admin', role: 'platform_admin', departmentId: null, inspectorId: null };
beforeAll(async () => {
  t = await createTestDatabase();
  await seedDemo(t.db, 40);
  admin.userId = (await t.db.selectFrom('users').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow()).id;
});
afterAll(async () => { await t.drop(); });

const specs = Object.entries(EXPORTS) as [string, ExportSpec][];
const camel = (s: string) => s.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

async function rowsOf(spec: ExportSpec) {
  const out: Record<string, unknown>[] = [];
  for await (const row of listRows(t.db, spec, { kind: 'all' }, parseListQuery({}), admin)) out.push(row);
  return out;
}

describe('exports', () => {
  it('has a list for every resource any role may export, under its own permission', () => {
    for (const role of ROLES) {
      for (const [resource, actions] of Object.entries(grantsFor(role))) {
        if (!actions?.includes('export')) continue;
        expect(EXPORTS, `${role} may export ${resource}`).toHaveProperty(resource);
        expect(EXPORTS[resource as keyof typeof EXPORTS].permission).toBe(resource);
      }
    }
  });

  it('writes only columns its list answers (checked on the query itself, rows or not)', async () => {
    const client = new pg.Client({ connectionString: t.url });
    await client.connect();
    try {
      for (const [name, spec] of specs) {
        const q = spec.repo.ordered(t.db, { kind: 'all' }, parseListQuery({}), admin).compile();
        const { fields } = await client.query(`SELECT * FROM (${q.sql}) q LIMIT 0`, [...q.parameters]);
        const answered = new Set(fields.map((f) => camel(f.name)));
        const missing = spec.columns.map((c) => c.key).filter((k) => !answered.has(k));
        expect(missing, `${name} columns not in its list`).toEqual([]);
      }
    } finally {
      await client.end();
    }
  });

  it('puts code columns in words', async () => {
    const entities = await rowsOf(EXPORTS.entities);
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) {
      expect(Object.values(ENTITY_KIND_LABELS)).toContain(e.kind);
      expect(Object.values(ENTITY_STATUS_LABELS)).toContain(e.status);
      expect(Object.values(RISK_TIER_LABELS)).toContain(e.riskTier);
    }
    const users = await rowsOf(EXPORTS.users);
    expect(users.find((u) => u.username === 'scjg-admin')).toMatchObject({ role: ROLE_LABELS.dept_admin, departmentName: '市场监督管理局' });
  });
});
