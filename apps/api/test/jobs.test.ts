import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, waitJob, type TestApi } from './harness.ts';

// 后台任务: the list of jobs a user may follow, so an export or an import started earlier can
// be found again after a reload or on another day.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ entities: 60 });
});
afterAll(async () => api?.close());

const list = (token: string, query: Record<string, unknown> = {}) => {
  const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, JSON.stringify(v)]));
  return api.call(token, `/api/jobs?${params}`);
};
const exportEntities = async (token: string) => {
  const r = await api.call(token, '/api/entities/export', { method: 'POST' });
  expect(r.status).toBe(202);
  await waitJob(api, token, r.data.jobId);
  return r.data.jobId as string;
};

describe('jobs list', () => {
  it('shows a department its own jobs and each user the jobs they started, nobody else’s', async () => {
    const scjg = await api.login('scjg-admin');
    const fgw = await api.login('fgw-admin');
    const leader = await api.login('leader');
    const inspector = await api.login('scjg-insp');
    const scjgJob = await exportEntities(scjg);
    const fgwJob = await exportEntities(fgw);
    const leaderJob = await exportEntities(leader);
    const inspectorJob = await exportEntities(inspector);

    const ids = async (token: string) => (await list(token, { sort: ['createdAt', 'DESC'] })).data.map((j: { id: string }) => j.id);
    // a department admin sees the department's jobs, including its inspector's; not another department's
    expect(await ids(scjg)).toEqual([inspectorJob, scjgJob]);
    expect(await ids(fgw)).toEqual([fgwJob]);
    // leadership has no department's jobs in scope: only their own export
    expect(await ids(leader)).toEqual([leaderJob]);
    expect(await ids(inspector)).toEqual([inspectorJob]);
    // the platform admin sees them all
    expect(new Set(await ids(await api.login('admin')))).toEqual(new Set([scjgJob, fgwJob, leaderJob, inspectorJob]));
    // following a job by id obeys the same rule
    expect((await api.call(fgw, `/api/jobs/${scjgJob}`)).status).toBe(404);
    expect((await api.call(leader, `/api/jobs/${leaderJob}`)).status).toBe(200);
  });

  it('answers rows with who started the job and the file, filters by category and starter, pages with Content-Range', async () => {
    const token = await api.login('zjj-admin');
    const me = (await api.call(token, '/api/auth/me')).data;
    const first = await exportEntities(token);
    const second = await exportEntities(token);
    const r = await list(token, { sort: ['createdAt', 'ASC'], range: [0, 0] });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-range')).toBe('jobs 0-0/2');
    expect(r.data).toHaveLength(1);
    expect(r.data[0]).toMatchObject({
      id: first, kind: 'export:entities', state: 'completed', progress: 100, createdBy: me.id,
      createdByName: expect.stringMatching(/\S/), filename: expect.stringMatching(/\.xlsx$/),
    });
    expect(r.data[0].result.rows).toBeGreaterThan(0);

    // without a sort, in the order started
    expect((await list(token, { filter: { category: 'export', createdBy: me.id } })).data.map((j: { id: string }) => j.id)).toEqual([first, second]);
    expect((await list(token, { filter: { category: 'import' } })).data).toEqual([]);
    expect((await list(token, { filter: { category: 'nonsense' } })).data).toEqual([]);
    expect((await list(token, { filter: { q: '住房' } })).data).toHaveLength(2); // the starter, 住房和城乡建设局管理员
    expect((await list(token, { filter: { q: '市场' } })).data).toEqual([]);
  });

  it('refuses a malformed query with a clear message', async () => {
    const token = await api.login('scjg-admin');
    const unknownField = await list(token, { filter: { params: 'x' } });
    expect(unknownField.status).toBe(400);
    expect(unknownField.data.error.message).toContain('params');
    const badSort = await list(token, { sort: ['result', 'ASC'] });
    expect(badSort.status).toBe(400);
    expect((await api.call(null, '/api/jobs')).status).toBe(401);
  });
});
