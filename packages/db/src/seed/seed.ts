import { makeUscc, USCC_ALPHABET } from '@sxgk/core/uscc';
import type { RiskTier } from '@sxgk/core/roles';
import type { Db } from '../client.ts';
import { hashPassword } from '../password.ts';
import { appendAudit } from '../audit.ts';
import { chinaDay } from '../repositories/calendar.ts';
import { DEMO_ITEMS } from './demo-items.ts';
import { BRAND, GIVEN, INDUSTRY, POSITIONS, REGIONS, SURNAMES } from './names.ts';
import { seededRandom } from './random.ts';

export const DEMO_PASSWORD = 'Demo@2026';
export const DEMO_DEPARTMENTS = [
  { code: 'fgw', name: '发展和改革委员会', fields: ['投资项目', '节能审查', '招标投标', '工程咨询'], industries: ['新能源科技', '招标代理', '工程造价咨询'] },
  { code: 'scjg', name: '市场监督管理局', fields: ['食品安全', '特种设备', '产品质量', '计量', '广告', '价格'], industries: ['食品', '餐饮管理', '特种设备', '商贸', '广告', '计量检测', '电子科技'] },
  { code: 'zjj', name: '住房和城乡建设局', fields: ['工程质量安全', '建筑市场', '房地产', '物业管理'], industries: ['建筑工程', '房地产开发', '物业服务', '工程造价咨询'] },
  { code: 'zrzy', name: '自然资源和规划局', fields: ['土地利用', '测绘', '矿产资源', '规划'], industries: ['测绘', '矿业', '房地产开发'] },
] as const;

const TIER_WEIGHTS: [RiskTier, number][] = [['A', 0.3], ['B', 0.45], ['C', 0.18], ['D', 0.07]];

/** Seeds the demo city once: departments, users, items, ~5 000 entities and ~30 inspectors each. */
export async function seedDemo(db: Db, entityCount = 5000): Promise<boolean> {
  const existing = await db.selectFrom('departments').select('id').limit(1).executeTakeFirst();
  if (existing) return false;
  const rnd = seededRandom(2026);
  const validFrom = Math.max(2027, Number(chinaDay().slice(0, 4)) + 1);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction().execute(async (trx) => {
    const depts = await trx.insertInto('departments')
      .values(DEMO_DEPARTMENTS.map((d) => ({ code: d.code, name: d.name }))).returningAll().execute();
    const deptId = Object.fromEntries(depts.map((d) => [d.code, d.id])) as Record<string, number>;

    for (const d of DEMO_DEPARTMENTS) {
      const inspectors = Array.from({ length: 30 }, (_, i) => ({
        departmentId: deptId[d.code]!,
        name: rnd.pick(SURNAMES) + rnd.pick(GIVEN) + (rnd.next() < 0.5 ? rnd.pick(GIVEN) : ''),
        position: rnd.pick(POSITIONS),
        certificateNo: `41${String(DEMO_DEPARTMENTS.indexOf(d) + 1).padStart(2, '0')}${String(100000 + i * 37 + rnd.int(30)).padStart(7, '0')}`,
        // every 15th expired; the others valid for a year or more from now, so demo draws keep working
        certificateValidUntil: i % 15 === 14 ? '2025-12-31' : `${validFrom + rnd.int(3)}-12-31`,
        expertise: [rnd.pick(d.fields)],
        fields: Array.from(new Set([d.fields[i % d.fields.length]!, rnd.pick(d.fields)])),
        active: i % 20 !== 19,
      }));
      const rows = await trx.insertInto('inspectors').values(inspectors).returning('id').execute();
      await trx.insertInto('users').values([
        { username: `${d.code}-admin`, displayName: `${d.name}管理员`, passwordHash, role: 'dept_admin', departmentId: deptId[d.code]! },
        { username: `${d.code}-insp`, displayName: `${inspectors[0]!.name}（${d.name}）`, passwordHash, role: 'inspector', departmentId: deptId[d.code]!, inspectorId: rows[0]!.id },
      ]).execute();
      const items = DEMO_ITEMS[d.code] ?? [];
      for (const item of items) {
        const row = await trx.insertInto('items').values({ ...item, departmentId: deptId[d.code]!, status: 'published', publishedAt: new Date() }).returning('id').executeTakeFirstOrThrow();
        await trx.updateTable('items').set({ lineageId: row.id }).where('id', '=', row.id).execute();
      }
    }
    await trx.insertInto('users').values([
      { username: 'admin', displayName: '平台管理员', passwordHash, role: 'platform_admin' },
      { username: 'office', displayName: '联席会议办公室', passwordHash, role: 'joint_office' },
      { username: 'leader', displayName: '分管领导', passwordHash, role: 'leadership' },
    ]).execute();

    const seen = new Set<string>();
    for (let start = 0; start < entityCount; start += 1000) {
      const batch = [];
      for (let i = start; i < Math.min(entityCount, start + 1000); i++) {
        const industry = rnd.pick(INDUSTRY);
        const region = rnd.pick(REGIONS);
        const kindRoll = rnd.next();
        const kind = kindRoll < 0.7 ? 'enterprise' : kindRoll < 0.92 ? 'individual' : kindRoll < 0.97 ? 'cooperative' : 'other';
        const prefix = { enterprise: '91', individual: '92', cooperative: '93', other: '52' }[kind];
        let uscc: string;
        do {
          uscc = makeUscc(prefix + region.code + Array.from({ length: 9 }, () => rnd.pick(USCC_ALPHABET.split(''))).join(''));
        } while (seen.has(uscc));
        seen.add(uscc);
        const brand = rnd.pick(BRAND) + rnd.pick(BRAND).slice(0, 1);
        const name = kind === 'individual' ? `${region.name}${brand}${industry.word}店` : kind === 'cooperative' ? `${region.name}${brand}种植专业合作社` : `河南${brand}${industry.word}有限公司`;
        let roll = rnd.next();
        const riskTier = TIER_WEIGHTS.find(([, w]) => (roll -= w) < 0)?.[0] ?? 'D';
        batch.push({
          uscc, name, kind: kind as 'enterprise', status: rnd.next() < 0.95 ? 'active' as const : rnd.pick(['deregistered', 'revoked', 'moved_out'] as const),
          legalRepresentative: rnd.pick(SURNAMES) + rnd.pick(GIVEN) + rnd.pick(GIVEN),
          contactPhone: `1${rnd.pick(['38', '39', '58', '86', '37'])}${String(rnd.int(1e8)).padStart(8, '0')}`,
          address: `${region.name}${rnd.pick(['人民路', '建设路', '文化路', '中原路', '解放大道'])}${1 + rnd.int(300)}号`,
          regionCode: region.code, businessScope: `${industry.word}相关业务（依法须经批准的项目，经相关部门批准后方可开展经营活动）`,
          industryTags: [industry.tag], riskTier, abnormalList: rnd.next() < 0.03, seriousViolationList: rnd.next() < 0.005,
          complaintCount: rnd.next() < 0.1 ? 1 + rnd.int(5) : 0,
        });
      }
      const rows = await trx.insertInto('entities').values(batch).returning(['id', 'industryTags']).execute();
      const entries = rows.flatMap((r) => DEMO_DEPARTMENTS
        .filter((d) => d.code === 'scjg' || d.industries.some((w) => INDUSTRY.find((x) => x.word === w)?.tag === r.industryTags[0]))
        .map((d) => ({ departmentId: deptId[d.code]!, entityId: r.id, tags: [] as string[] })));
      await trx.insertInto('directoryEntries').values(entries).execute();
    }
    await appendAudit(trx, null, { action: 'seed', resource: 'platform', after: { departments: DEMO_DEPARTMENTS.length, entities: entityCount } });
  });
  return true;
}
