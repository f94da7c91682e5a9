import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateUscc } from '@sxgk/core/uscc';
import type { Entity } from '@sxgk/db';
import { entitiesRepo, jobsRepo } from '@sxgk/db';
import { writeXlsx } from '@sxgk/sheets/write';
import { ENTITY_CSV_HEADER, entityRow, usccFor } from '../bench/entity-csv.ts';
import { csv, gbk, startHarness, type Harness } from './helpers.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(() => h.close());

const asRow = (e: Entity, tags: string[] = []) => [
  e.uscc, e.name, e.kind, e.status, e.legalRepresentative, e.contactPhone, e.address, e.regionCode, e.businessScope,
  e.industryTags.join('、'), e.riskTier, e.abnormalList ? '是' : '否', e.seriousViolationList ? '是' : '否', String(e.complaintCount), tags.join('、'),
];
const byUscc = (uscc: string) => h.db.selectFrom('entities').selectAll().where('uscc', '=', uscc).executeTakeFirstOrThrow();
const historyOf = (source: string) => h.db.selectFrom('entityHistory').selectAll().where('source', '=', source).orderBy('id').execute();

describe('检查对象 import through the queue', () => {
  let file: Buffer;
  let seeded: Entity[];
  const fresh = [usccFor(9001), usccFor(9002), usccFor(9003)];
  const good = usccFor(9004);
  const badCode = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');

  beforeAll(async () => {
    const scjg = await h.idOf('departments', 'scjg');
    seeded = await h.db.selectFrom('entities').selectAll().orderBy('id').limit(3).execute();
    // seeded[2] is in the registry but not yet in this department's directory.
    await h.db.deleteFrom('directoryEntries').where('departmentId', '=', scjg).where('entityId', '=', seeded[2]!.id).execute();
    file = csv([
      ENTITY_CSV_HEADER,
      [...entityRow(9001).slice(0, 14), ''].map((v, i) => (i === 0 ? fresh[0]! : v)), // row 2
      entityRow(9002).map((v, i) => (i === 0 ? fresh[1]! : v)), // row 3
      asRow(seeded[0]!), // row 4: unchanged
      asRow({ ...seeded[1]!, contactPhone: '13900000001' }), // row 5: phone changed
      asRow(seeded[2]!), // row 6: registry unchanged, new to the directory
      entityRow(9004).map((v, i) => (i === 0 ? badCode : v)), // row 7: check character wrong
      entityRow(9003).map((v, i) => (i === 0 ? fresh[2]! : v)), // row 8
      entityRow(9005).map((v, i) => (i === 0 ? fresh[1]!.toLowerCase() : v)), // row 9: duplicate of row 3
    ]);
  });

  it('inserts, updates, leaves unchanged and rejects with exact counts', async () => {
    const before = { entities: await h.count('entities'), history: await h.count('entityHistory'), audit: await h.count('auditLog') };
    const job = await h.importFile('entities', '检查对象.csv', file);
    expect(job.state).toBe('completed');
    expect(job.progress).toBe(100);
    expect(job.result).toEqual({ total: 8, inserted: 4, updated: 1, unchanged: 1, rejected: 2 });

    expect(await jobsRepo.rejections(h.db, job.id)).toEqual([
      { rowNo: 7, columnName: '统一社会信用代码', reason: `统一社会信用代码${(validateUscc(badCode) as { reason: string }).reason}` },
      { rowNo: 9, columnName: '统一社会信用代码', reason: '与第 3 行统一社会信用代码重复' },
    ]);
    expect(await h.count('entities')).toBe(before.entities + 3);
    expect(await h.count('auditLog')).toBe(before.audit + 1);

    const history = await historyOf(`import:${job.id}`);
    expect(history).toHaveLength(1); // the changed one; creations are recorded by created_by_job
    const actor = await h.idOf('users', 'scjg-admin');
    const scjg = await h.idOf('departments', 'scjg');
    expect(history.every((r) => r.actorUserId === actor && r.departmentId === scjg)).toBe(true);
    const changed = history.find((r) => r.entityId === seeded[1]!.id)!;
    expect(changed.before).toMatchObject({ uscc: seeded[1]!.uscc, contactPhone: seeded[1]!.contactPhone });
    expect(changed.after).toMatchObject({ uscc: seeded[1]!.uscc, contactPhone: '13900000001' });
    expect(Object.keys(changed.after as object).sort()).toEqual(Object.keys(changed.before as object).sort());
    const createdBy = await h.db.selectFrom('entities').select('uscc').where('createdByJob', '=', job.id).orderBy('uscc').execute();
    expect(createdBy.map((e) => e.uscc)).toEqual([...fresh].sort());

    const created = await byUscc(fresh[1]!);
    const row = entityRow(9002);
    expect(created).toMatchObject({ name: row[1], kind: 'enterprise', status: 'active', contactPhone: row[5], regionCode: row[7], riskTier: row[10] });
    const [creation, ...more] = await entitiesRepo.history(h.db, { kind: 'all' }, created.id);
    expect(more).toEqual([]);
    expect(creation).toMatchObject({ source: `import:${job.id}`, before: null, actorUsername: 'scjg-admin', after: { uscc: fresh[1], contactPhone: row[5] } });
    const entry = await h.db.selectFrom('directoryEntries').selectAll().where('entityId', '=', created.id).execute();
    expect(entry).toEqual([expect.objectContaining({ departmentId: scjg, tags: row[14] ? row[14].split('、') : [] })]);
    expect(await h.db.selectFrom('directoryEntries').select('entityId').where('departmentId', '=', scjg).where('entityId', '=', seeded[2]!.id).execute()).toHaveLength(1);

    const audit = await h.db.selectFrom('auditLog').selectAll().orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ action: 'import', resource: 'entities', actorUserId: actor, actorUsername: 'scjg-admin', departmentId: scjg });
    const upload = await h.db.selectFrom('uploads').select('sha256').orderBy('createdAt', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(audit.after).toEqual({ jobId: job.id, filename: '检查对象.csv', sha256: upload.sha256, total: 8, inserted: 4, updated: 1, unchanged: 1, rejected: 2 });
  });

  it('changes nothing when the same file is imported again', async () => {
    const stamps = await h.db.selectFrom('entities').select(['id', 'updatedAt']).orderBy('id').execute();
    const before = { history: await h.count('entityHistory'), audit: await h.count('auditLog'), dir: await h.count('directoryEntries') };
    const job = await h.importFile('entities', '检查对象.csv', file);
    expect(job.result).toEqual({ total: 8, inserted: 0, updated: 0, unchanged: 6, rejected: 2 });
    expect(await h.count('entityHistory')).toBe(before.history);
    expect(await h.count('directoryEntries')).toBe(before.dir);
    expect(await h.count('auditLog')).toBe(before.audit + 1);
    expect(await h.db.selectFrom('entities').select(['id', 'updatedAt']).orderBy('id').execute()).toEqual(stamps);
  });

  it('records one update with before and after when one phone number changes', async () => {
    const edited = Buffer.from(file.toString('utf8').replace(entityRow(9002)[5]!, '13700000002'), 'utf8');
    const job = await h.importFile('entities', '检查对象（改）.csv', edited);
    expect(job.result).toEqual({ total: 8, inserted: 0, updated: 1, unchanged: 5, rejected: 2 });
    const history = await historyOf(`import:${job.id}`);
    expect(history).toHaveLength(1);
    expect(history[0]!.before).toMatchObject({ contactPhone: entityRow(9002)[5] });
    expect(history[0]!.after).toMatchObject({ contactPhone: '13700000002' });
    const created = await byUscc(fresh[1]!);
    expect(created.contactPhone).toBe('13700000002');
    // the creation entry still shows the record as first imported
    const entries = await entitiesRepo.history(h.db, { kind: 'all' }, created.id);
    expect(entries.map((e) => e.before === null)).toEqual([false, true]);
    expect(entries[1]!.after).toMatchObject({ contactPhone: entityRow(9002)[5] });
  });
});

describe('other encodings and formats', () => {
  it('reads a GBK CSV as saved by Excel on Chinese Windows', async () => {
    const rows = [ENTITY_CSV_HEADER, entityRow(9101), entityRow(9102)];
    const job = await h.importFile('entities', 'gbk.csv', gbk(rows.map((r) => r.join(',')).join('\r\n')), 'fgw');
    expect(job.result).toEqual({ total: 2, inserted: 2, updated: 0, unchanged: 0, rejected: 0 });
    expect((await byUscc(entityRow(9101)[0]!)).name).toBe(entityRow(9101)[1]);
    expect((await byUscc(entityRow(9102)[0]!)).address).toBe(entityRow(9102)[6]);
  });

  it('reads an .xlsx workbook, and a header below a title row', async () => {
    const columns = ENTITY_CSV_HEADER.map((header, i) => ({ key: `c${i}`, header }));
    const record = (n: number) => Object.fromEntries(entityRow(n).map((v, i) => [`c${i}`, v]));
    const xlsx = await writeXlsx({ sheetName: '检查对象', columns, rows: [record(9201), record(9202), record(9203)] });
    const job = await h.importFile('entities', 'dir.xlsx', xlsx, 'zjj');
    expect(job.result).toEqual({ total: 3, inserted: 3, updated: 0, unchanged: 0, rejected: 0 });
    expect(await byUscc(entityRow(9203)[0]!)).toMatchObject({ name: entityRow(9203)[1], legalRepresentative: entityRow(9203)[4] });

    const titled = csv([['某县市场主体名录（2025年）'], ENTITY_CSV_HEADER.slice(0, 2), [usccFor(9301), '某某商店']]);
    const second = await h.importFile('entities', 'titled.csv', titled, 'zjj');
    expect(second.result).toEqual({ total: 1, inserted: 1, updated: 0, unchanged: 0, rejected: 0 });
  });
});

describe('many rejected rows', () => {
  it('stores them all (by COPY), escaping what COPY would misread', async () => {
    const odd = '坏\\类型\t值';
    const rows = Array.from({ length: 300 }, (_, n) => entityRow(9400 + n).map((v, i) => (i === 2 ? odd : v)));
    const job = await h.importFile('entities', 'many-bad.csv', csv([ENTITY_CSV_HEADER, entityRow(9399), ...rows]), 'zrzy');
    expect(job.result).toEqual({ total: 301, inserted: 1, updated: 0, unchanged: 0, rejected: 300 });
    const rejections = await jobsRepo.rejections(h.db, job.id);
    expect(rejections).toHaveLength(300);
    expect(rejections[0]).toEqual({ rowNo: 3, columnName: '主体类型', reason: `主体类型“${odd}”无法识别，应为企业、个体工商户、农民专业合作社或其他` });
    expect(rejections.at(-1)!.rowNo).toBe(302);
  });
});

describe('awkward text', () => {
  it('keeps quotes, backslashes, tabs and line breaks exactly, in the registry and in history', async () => {
    const row = entityRow(9800);
    Object.assign(row, { 1: '某"店"\\分店', 6: '一号\t楼', 8: '第一行\n第二行', 9: '食"品、a\\b、{x} y', 14: 'NULL、\\N' });
    const job = await h.importFile('entities', 'odd.csv', csv([ENTITY_CSV_HEADER, row]), 'zrzy');
    expect(job.result).toEqual({ total: 1, inserted: 1, updated: 0, unchanged: 0, rejected: 0 });
    const e = await byUscc(row[0]!);
    expect(e).toMatchObject({ name: '某"店"\\分店', address: '一号\t楼', businessScope: '第一行\n第二行', industryTags: ['食"品', 'a\\b', '{x} y'] });
    const tags = await h.db.selectFrom('directoryEntries').select('tags').where('entityId', '=', e.id).executeTakeFirstOrThrow();
    expect(tags.tags).toEqual(['NULL', '\\N']);
    const [history] = await entitiesRepo.history(h.db, { kind: 'all' }, e.id);
    expect(history!.after).toMatchObject({ name: e.name, address: e.address, businessScope: e.businessScope, industryTags: e.industryTags });
  });
});
