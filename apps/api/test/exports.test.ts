import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { EXPORTS } from '@sxgk/db';
import { startTestApi, waitJob, type TestApi } from './harness.ts';

// Every list exports through the API and the worker, its codes in words.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ entities: 30 });
});
afterAll(async () => api?.close());

async function exported(token: string, list: string, query = '') {
  const started = await api.call(token, `/api/${list}/export${query}`, { method: 'POST' });
  expect(started.status, list).toBe(202);
  const job = await waitJob(api, token, started.data.jobId);
  expect(job.state, `${list}: ${job.error}`).toBe('completed');
  const res = await fetch(`${api.base}/api/jobs/${started.data.jobId}/file`, { headers: { authorization: `Bearer ${token}` } });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
  return { rows: job.result.rows as number, sheet: wb.worksheets[0]! };
}

describe('exports of every list', () => {
  it('writes each list the platform admin may export, with its headers', async () => {
    const token = await api.login('admin');
    for (const [list, spec] of Object.entries(EXPORTS)) {
      const { rows, sheet } = await exported(token, list);
      expect(sheet.getRow(1).values, list).toEqual([undefined, ...spec.columns.map((c) => c.header)]);
      expect(sheet.rowCount, list).toBe(rows + 1);
    }
  });

  it('puts codes in words: 主体类型, 登记状态, 信用风险分类, 角色', async () => {
    const token = await api.login('scjg-admin');
    const entities = await exported(token, 'entities', `?filter=${encodeURIComponent(JSON.stringify({ status: 'active' }))}`);
    expect(entities.rows).toBeGreaterThan(0);
    const header = entities.sheet.getRow(1).values as unknown[];
    const column = (name: string) => entities.sheet.getColumn(header.indexOf(name)).values.slice(2);
    expect(new Set(column('登记状态'))).toEqual(new Set(['存续']));
    expect(column('主体类型').every((v) => ['企业', '个体工商户', '农民专业合作社', '其他'].includes(String(v)))).toBe(true);
    expect(column('信用风险分类').every((v) => ['低风险', '一般风险', '较高风险', '高风险'].includes(String(v)))).toBe(true);

    const users = await exported(token, 'users');
    const userHeader = users.sheet.getRow(1).values as unknown[];
    const roles = users.sheet.getColumn(userHeader.indexOf('角色')).values.slice(2);
    expect(new Set(roles)).toEqual(new Set(['部门管理员', '执法检查人员']));
    expect(new Set(users.sheet.getColumn(userHeader.indexOf('部门')).values.slice(2))).toEqual(new Set(['市场监督管理局']));
  });
});
