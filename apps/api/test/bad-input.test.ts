import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startTestApi, type TestApi } from './harness.ts';

// Bad input, everywhere: every route of the OpenAPI document gets malformed ids, queries and bodies
// from a platform admin and a department admin. Whatever it is, the answer is never a 5xx, and a
// refusal says in Chinese what is wrong ({error:{code,message}}).
let api: TestApi;
let tokens: string[];
type Operation = { parameters?: { in: string; name: string }[]; requestBody?: { content: Record<string, { schema?: Schema }> } };
type Schema = { $ref?: string; properties?: Record<string, unknown> };
let routes: { method: string; path: string; op: Operation }[];
let components: Record<string, Schema>;

beforeAll(async () => {
  api = await startTestApi();
  tokens = [await api.login('admin'), await api.login('scjg-admin')];
  const doc = (await api.call(null, '/api/openapi.json')).data as { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema> } };
  components = doc.components?.schemas ?? {};
  routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.entries(ops).map(([method, op]) => ({ method: method.toUpperCase(), path, op })))
    // signing out or changing the password would end the sweep's own sessions
    .filter((r) => !['/api/auth/logout', '/api/auth/password'].includes(r.path));
});
afterAll(async () => { await api.close(); });

const IDS = ['abc', '-1', '0', '1.5', '2147483648', '9'.repeat(40), '%E4%B8%AD', '1e3', '00000000-0000-0000-0000-000000000000', 'null'];
const QUERY: Record<string, string[]> = {
  sort: ['x', '["nope","ASC"]', '["id","SIDEWAYS"]', '[1,2]', '{}'],
  range: ['x', '[5,1]', '[-1,10]', '[0,1e12]', '["a","b"]', '[0]'],
  filter: ['{bad', '[]', '{"id":"x"}', '{"id":[1,"x",null]}', '{"q":{"a":1}}', '{"departmentId":"abc"}', '{"nope":1}', '{"year":99999999999}', '{"createdAt_gte":"2026-02-30"}'],
};
const ODD_VALUES = ['abc', '-1', '99999999999', '2026-13-45', '', '%00', 'x'.repeat(5000)];
const WEIRD: unknown[] = [null, -1, 0, 2 ** 53, 1e308, -1e308, '', 'x'.repeat(20_000), [], {}, [1, 'a', null], true, '2026-02-30', '\u0000', '=cmd|calc', "'; DROP TABLE users;--", { nested: { deeper: [1] } }];
const RAW_BODIES = ['not json{', 'null', '[]', '"str"', '123', '{"a":', '\u0000'];

function fill(path: string, id: string) {
  return path.replace(/\{[^}]+\}/g, encodeURIComponent(decodeURIComponent(id)));
}

function bodyKeys(op: Operation): string[] {
  let schema = op.requestBody?.content['application/json']?.schema;
  if (schema?.$ref) schema = components[schema.$ref.split('/').pop()!];
  return Object.keys(schema?.properties ?? {});
}

/** Every unclear answer of a sweep, so that one run lists them all. */
let problems: string[] = [];

async function expectClearAnswer(method: string, url: string, init: RequestInit = {}) {
  for (const token of tokens) {
    const headers = new Headers(init.headers);
    headers.set('authorization', `Bearer ${token}`);
    const res = await fetch(api.base + url, { ...init, method, headers });
    const text = await res.text();
    const what = `${res.status} ${method} ${url.slice(0, 120)} ${String(init.body ?? '').slice(0, 120)} → ${text.slice(0, 160)}`;
    if (res.status >= 500) problems.push(what);
    else if (res.status >= 400 && res.headers.get('content-type')?.includes('json')) {
      const body = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
      if (typeof body.error?.code !== 'string' || !/[\u4e00-\u9fff]/.test(String(body.error?.message))) problems.push(what);
    }
  }
}

describe('bad input on every route', () => {
  beforeEach(() => { problems = []; });
  afterEach(() => { expect(problems).toEqual([]); });

  it('malformed ids', async () => {
    for (const r of routes.filter((x) => x.path.includes('{'))) {
      for (const id of IDS) await expectClearAnswer(r.method, fill(r.path, id), r.op.requestBody ? { body: '{}', headers: { 'content-type': 'application/json' } } : {});
    }
  });

  it('malformed query parameters', async () => {
    for (const r of routes) {
      for (const p of (r.op.parameters ?? []).filter((x) => x.in === 'query')) {
        for (const v of QUERY[p.name] ?? ODD_VALUES) await expectClearAnswer(r.method, `${fill(r.path, '1')}?${p.name}=${encodeURIComponent(v)}`);
      }
    }
  });

  it('bodies that are not JSON objects, or not JSON at all', async () => {
    for (const r of routes.filter((x) => x.op.requestBody)) {
      for (const body of RAW_BODIES) await expectClearAnswer(r.method, fill(r.path, '999999'), { body, headers: { 'content-type': 'application/json' } });
      // an upload route given no file, or JSON where a form is expected
      await expectClearAnswer(r.method, fill(r.path, '999999'), { body: new FormData() });
    }
  });

  it('bodies with the right keys and wrong values (random, reproducible by the printed seed)', async () => {
    for (const r of routes.filter((x) => x.op.requestBody?.content['application/json'])) {
      const keys = bodyKeys(r.op);
      const value = fc.oneof(fc.constantFrom(...WEIRD), fc.jsonValue({ maxDepth: 2 }));
      const body = fc.record(Object.fromEntries(keys.map((k) => [k, value])), { requiredKeys: [] });
      // on a record that does not exist, and where there is no id, on creation itself
      await fc.assert(fc.asyncProperty(body, async (b) => {
        const before = problems.length;
        await expectClearAnswer(r.method, fill(r.path, '999999'), { body: JSON.stringify(b), headers: { 'content-type': 'application/json' } });
        // fast-check shrinks a failing body and prints its seed
        if (problems.length > before) throw new Error(problems.slice(before).join('\n'));
      }), { numRuns: 15 });
    }
  });

  it('on the public portal: its own pages, never a 5xx', async () => {
    const pages = ['/public/items', '/public/plans', '/public/tasks', '/public/results'];
    const params = ['department', 'q', 'page', 'year'];
    for (const page of pages) {
      for (const p of params) {
        for (const v of [...ODD_VALUES, '\u0000', '2199023255552']) {
          const res = await fetch(`${api.base}${page}?${p}=${encodeURIComponent(v)}`);
          if (res.status >= 500 || !res.headers.get('content-type')?.includes('text/html')) problems.push(`${res.status} ${page}?${p}=${v.slice(0, 40)}`);
        }
      }
    }
    for (const path of ['/public/tasks/', '/public/entities/']) {
      for (const id of [...IDS, '%00', 'A'.repeat(18)]) {
        const res = await fetch(`${api.base}${path}${id}`);
        if (res.status >= 500 || !res.headers.get('content-type')?.includes('text/html')) problems.push(`${res.status} ${path}${id}`);
      }
    }
  });

  it('an import into a department that does not exist: refused by name, nothing stored', async () => {
    const uploads = async () => Number((await api.db.selectFrom('uploads').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    const before = await uploads();
    for (const departmentId of ['999999', '99999999999']) {
      const form = new FormData();
      form.set('file', new Blob(['统一社会信用代码,名称\n91110000MA00000000,某公司\n']), '检查对象.csv');
      form.set('departmentId', departmentId);
      const r = await api.call(tokens[0]!, '/api/entities/import', { method: 'POST', body: form });
      expect(r.status).toBe(422);
      expect(r.data.error).toMatchObject({ message: '所选部门不存在', details: [expect.objectContaining({ field: 'departmentId' })] });
    }
    expect(await uploads()).toBe(before);
  });

  it('a reference to a record that does not exist: 422 naming the field and what is missing', async () => {
    const [admin] = tokens as [string];
    const cases: [string, Record<string, unknown>, string, string][] = [
      ['/api/users', { username: 'ghost-dept', displayName: '幽灵', password: 'Qiang@Lu2026', role: 'dept_admin', departmentId: 999999 }, 'departmentId', '所选部门不存在'],
      ['/api/users', { username: 'ghost-insp', displayName: '幽灵', password: 'Qiang@Lu2026', role: 'inspector', departmentId: 1, inspectorId: 999999 }, 'inspectorId', '所选执法检查人员不存在'],
      ['/api/inspectors', { name: '幽灵', certificateNo: 'GHOST-1', departmentId: 999999 }, 'departmentId', '所选部门不存在'],
      ['/api/items', { name: '幽灵事项', departmentId: 999999 }, 'departmentId', '所选部门不存在'],
    ];
    for (const [path, json, field, message] of cases) {
      const r = await api.call(admin, path, { method: 'POST', json });
      expect(r.status, path).toBe(422);
      expect(r.data.error, path).toEqual({ code: 'VALIDATION', message, details: [{ field, message }] });
    }
  });
});
