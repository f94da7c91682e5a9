import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityCsv, entityRow } from '../bench/entity-csv.ts';
import { csv, startHarness, type Harness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7)]);

async function expectRefused(file: Buffer, message: RegExp) {
  const tables = ['entities', 'entityHistory', 'directoryEntries', 'auditLog', 'jobRejections'] as const;
  const before = await Promise.all(tables.map((t) => h.count(t)));
  const job = await h.importFile('entities', 'bad', file);
  expect(job.state).toBe('failed');
  expect(job.error).toMatch(message);
  expect(job.error).toMatch(/[\u4e00-\u9fff]/);
  expect(job.result).toBeNull();
  expect(await Promise.all(tables.map((t) => h.count(t)))).toEqual(before);
}

describe('files that cannot be imported', () => {
  it('fails a file that is not a table (PNG bytes), writing nothing', async () => {
    await expectRefused(PNG, /不是表格/);
  });

  it('fails a directory without a 统一社会信用代码 column', async () => {
    await expectRefused(csv([['企业名称', '联系电话'], ['某某商店', '13800000000']]), /缺少必填列“统一社会信用代码”/);
  });

  it('fails a CSV whose problem only shows deep in the file, after rows were already staged', async () => {
    const good = entityCsv(6000, { row: (n) => entityRow(50_000 + n) });
    expect(good.length).toBeGreaterThan(1 << 20); // the NUL arrives in the upload's second chunk
    const bad = Buffer.concat([good, Buffer.from('9141\0,坏行\r\n')]);
    await expectRefused(bad, /空字符/);
  });

  it('does not retry a refused file', async () => {
    const job = await h.importFile('entities', 'bad.png', PNG);
    const queued = await h.queue.getJob(job.id);
    expect(queued?.attemptsMade).toBe(1);
    expect(await queued?.isCompleted()).toBe(true);
  });
});
