import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORTS } from '@sxgk/db';
import { exported, startTestApi, type TestApi } from './harness.ts';

// Every list exports through the API and the worker, its codes in words.
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ entities: 30 });
});
afterAll(async () => api?.close());

describe('exports of every list', () => {
  it('writes each list the platform admin may export, with its headers', async () => {
    const token = await api.login('admin');
    for (const [list, spec] of Object.entries(EXPORTS)) {
      const { rows, sheet } = await exported(api, token, list);
      expect(sheet.getRow(1).values, list).toEqual([undefined, ...spec.columns.map((c) => c.header)]);
      expect(sheet.rowCount, list).toBe(rows + 1);
    }
  });

  it('puts codes in words: 主体类型, 登记状态, 信用风险分类, 角色', async () => {
    const token = await api.login('scjg-admin');
    const entities = await exported(api, token, 'entities', `?filter=${encodeURIComponent(JSON.stringify({ status: 'active' }))}`);
    expect(entities.rows).toBeGreaterThan(0);
    expect(new Set(entities.column('登记状态'))).toEqual(new Set(['存续']));
    expect(entities.column('主体类型').every((v) => ['企业', '个体工商户', '农民专业合作社', '其他'].includes(String(v)))).toBe(true);
    expect(entities.column('信用风险分类').every((v) => ['低风险', '一般风险', '较高风险', '高风险'].includes(String(v)))).toBe(true);

    const users = await exported(api, token, 'users');
    expect(new Set(users.column('角色'))).toEqual(new Set(['部门管理员', '执法检查人员']));
    expect(new Set(users.column('部门'))).toEqual(new Set(['市场监督管理局']));
  });
});
