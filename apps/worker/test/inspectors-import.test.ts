import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Inspector } from '@sxgk/db';
import { jobsRepo } from '@sxgk/db';
import { csv, startHarness, type Harness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const HEADER = ['姓名', '职务', '执法证号', '有效期至', '业务专长', '执法领域', '在岗'];
const asRow = (i: Inspector) => [
  i.name, i.position, i.certificateNo, i.certificateValidUntil ?? '', i.expertise.join('、'), i.fields.join('、'), i.active ? '在岗' : '离岗',
];
const inspectorsOf = (code: string) => h.db.selectFrom('inspectors').innerJoin('departments', 'departments.id', 'inspectors.departmentId')
  .selectAll('inspectors').where('departments.code', '=', code).orderBy('inspectors.id').execute();

describe('检查人员 import', () => {
  it('merges by 执法证号 within the department and refuses another department’s certificate', async () => {
    const [same, changed] = await inspectorsOf('scjg');
    const [foreign] = await inspectorsOf('fgw');
    const file = csv([
      HEADER,
      ['王新', '科员', 'SC-2025-001', '2028-12-31', '食品安全', '食品安全、特种设备', '在岗'], // row 2: new
      asRow({ ...changed!, position: '执法大队队长' }), // row 3: updated
      asRow(same!), // row 4: unchanged
      asRow({ ...foreign!, name: '冒名' }), // row 5: belongs to fgw
      ['王新', '科员', 'sc-2025-001', '', '', '', ''], // row 6: duplicate of row 2
      ['', '科员', 'SC-2025-009', '', '', '', ''], // row 7: no name
    ]);
    const before = await h.count('inspectors');
    const job = await h.importFile('inspectors', '执法人员.csv', file);
    expect(job.result).toEqual({ total: 6, inserted: 1, updated: 1, unchanged: 1, rejected: 3 });
    expect(await jobsRepo.rejections(h.db, job.id)).toEqual([
      { rowNo: 5, columnName: '执法证号', reason: '执法证号已属于其他部门的检查人员' },
      { rowNo: 6, columnName: '执法证号', reason: '与第 2 行执法证号重复' },
      { rowNo: 7, columnName: '姓名', reason: '姓名不能为空' },
    ]);
    expect(await h.count('inspectors')).toBe(before + 1);

    const scjg = await inspectorsOf('scjg');
    expect(scjg.find((i) => i.certificateNo === 'SC-2025-001')).toMatchObject({
      name: '王新', position: '科员', certificateValidUntil: '2028-12-31', expertise: ['食品安全'], fields: ['食品安全', '特种设备'], active: true,
    });
    expect(scjg.find((i) => i.id === changed!.id)!.position).toBe('执法大队队长');
    expect(scjg.find((i) => i.id === same!.id)!.updatedAt).toEqual(same!.updatedAt);
    expect((await inspectorsOf('fgw')).find((i) => i.id === foreign!.id)).toEqual(foreign);

    const again = await h.importFile('inspectors', '执法人员.csv', file);
    expect(again.result).toEqual({ total: 6, inserted: 0, updated: 0, unchanged: 3, rejected: 3 });
  });

  it('keeps stored values for columns the file does not have', async () => {
    const [one] = await inspectorsOf('zjj');
    const job = await h.importFile('inspectors', 'names.csv', csv([['执法证号', '姓名'], [one!.certificateNo, '改名']]), 'zjj');
    expect(job.result).toEqual({ total: 1, inserted: 0, updated: 1, unchanged: 0, rejected: 0 });
    const after = (await inspectorsOf('zjj')).find((i) => i.id === one!.id)!;
    expect(after).toMatchObject({ name: '改名', position: one!.position, expertise: one!.expertise, active: one!.active });
  });
});
