import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv, startHarness, type Harness } from './helpers.ts';

const HAINAN = readFileSync(new URL('../../../test/fixtures/hainan-item-list-2020.xlsx', import.meta.url));

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const importedBy = (jobDept: number) =>
  h.db.selectFrom('items').selectAll().where('departmentId', '=', jobDept).where('sourceKey', 'is not', null).orderBy('id').execute();

describe('事项清单 import', () => {
  it('imports the Hainan 2020 list as exactly 388 drafts, and nothing the second time', async () => {
    const scjg = await h.idOf('departments', 'scjg');
    const job = await h.importFile('items', 'hainan-item-list-2020.xlsx', HAINAN);
    expect(job.state).toBe('completed');
    expect(job.result).toEqual({ total: 388, inserted: 388, unchanged: 0, rejected: 0 });

    const items = await importedBy(scjg);
    expect(items).toHaveLength(388);
    expect(items.every((i) => i.status === 'draft' && i.version === 1 && i.lineageId === i.id && !i.isJoint)).toBe(true);
    expect(new Set(items.map((i) => i.sourceKey)).size).toBe(388);
    expect(items[0]).toMatchObject({
      compilingUnit: '省教育厅', seq: '1', category: '中小学教育装备产品检查', name: '中小学教育装备产品（文体教育用品）检查',
      itemType: 'general', methods: ['现场检查', '书面检查', '网络检查', '专业机构核查'], requiredField: null,
    });

    const audit = await h.count('auditLog');
    const again = await h.importFile('items', 'hainan-item-list-2020.xlsx', HAINAN);
    expect(again.result).toEqual({ total: 388, inserted: 0, unchanged: 388, rejected: 0 });
    expect(await importedBy(scjg)).toHaveLength(388);
    expect(await h.count('auditLog')).toBe(audit + 1);
  });

  it('imports a joint list as joint items; identical rows stay separate items', async () => {
    const zjj = await h.idOf('departments', 'zjj');
    const row = ['1', '建筑市场', '建筑施工企业资质检查', '建筑施工企业', '住房和城乡建设局', '市场监督管理局、自然资源和规划局'];
    const file = csv([
      ['某市跨部门联合抽查事项清单'],
      ['序号', '抽查领域', '抽查事项', '检查对象', '发起部门', '配合部门'],
      row,
      ['2', '', '房地产开发企业检查', '房地产开发企业', '住房和城乡建设局', '市场监督管理局'],
      row,
      ['3', '物业', '', '物业服务企业', '住房和城乡建设局', ''],
    ]);
    const job = await h.importFile('items', '联合抽查.csv', file, 'zjj');
    expect(job.result).toEqual({ total: 4, inserted: 3, unchanged: 0, rejected: 1 });
    const items = await importedBy(zjj);
    expect(items.map((i) => [i.name, i.isJoint, i.jointField, i.initiatingDepartment, i.cooperatingDepartments])).toEqual([
      ['建筑施工企业资质检查', true, '建筑市场', '住房和城乡建设局', ['市场监督管理局', '自然资源和规划局']],
      ['房地产开发企业检查', true, '建筑市场', '住房和城乡建设局', ['市场监督管理局']], // 抽查领域 carried down
      ['建筑施工企业资质检查', true, '建筑市场', '住房和城乡建设局', ['市场监督管理局', '自然资源和规划局']],
    ]);
    const rejections = await h.db.selectFrom('jobRejections').select(['rowNo', 'columnName']).where('jobId', '=', job.id).execute();
    expect(rejections).toEqual([{ rowNo: 6, columnName: '抽查事项' }]);

    const again = await h.importFile('items', '联合抽查.csv', file, 'zjj');
    expect(again.result).toEqual({ total: 4, inserted: 0, unchanged: 3, rejected: 1 });
    expect(await importedBy(zjj)).toHaveLength(3);
  });

  it('fails a file without an item header, writing nothing', async () => {
    const before = await h.count('items');
    const job = await h.importFile('items', 'x.csv', csv([['姓名', '电话'], ['张三', '138']]));
    expect(job.state).toBe('failed');
    expect(job.error).toMatch(/未找到表头/);
    expect(await h.count('items')).toBe(before);
  });
});
