import { DEFAULT_VIOLATION_CATEGORIES, type Outcome } from '@sxgk/core/outcomes';
import { chinaDay, DEMO_DEPARTMENTS, DEMO_PASSWORD, runPublicationCycle, type Db } from '@sxgk/db';

// The demo city's year so far, done through the API the way its clerks would do it, so that the
// dashboards, the public portal and the inboxes show work from the first start. Per department:
// an annual plan (drafted, approved by the joint office, published), a task drawn under it (the
// real draw, by the worker), the first drawn entities inspected, each record reviewed by a second
// department admin (the two-person rule) and published, one problem followed up. The market
// regulator also refers one matter to the housing department. Runs once, after the demo seed.

const INSPECTED = 10; // records per department; the other drawn entities wait in the inspectors' lists
// what the records found, in turn: mostly nothing, sometimes a problem (the third opens a follow-up)
const OUTCOMES: Outcome[] = ['no_problem', 'no_problem', 'problem_pending', 'no_problem', 'problem_corrected', 'no_problem', 'no_relevant_activity', 'no_problem', 'no_problem', 'no_problem'];
// 万分比 per credit-risk tier: the riskier, the more often; about an eighth of each directory
const RATIOS = { A: 500, B: 1000, C: 2000, D: 5000 };
const BEACON = { beaconSource: '福彩3D 开奖号码（开奖后公布）', beacon: '福彩3D 第2026330期 3 7 1', witnesses: ['王建国（人大代表）', '刘敏（企业代表）'] };

type Json = Record<string, any>;

function client(base: string) {
  async function call(token: string | null, path: string, method = 'GET', body?: unknown): Promise<Json> {
    const res = await fetch(base + path, {
      method,
      headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body !== undefined && { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const data = await res.json().catch(() => null);
    if (!res.ok) throw new Error(`演示数据：${method} ${path} → ${res.status} ${JSON.stringify(data)}`);
    return data as Json;
  }
  return {
    call,
    login: async (username: string, password = DEMO_PASSWORD) => (await call(null, '/api/auth/login', 'POST', { username, password })).token as string,
    async job(token: string, id: string): Promise<Json> {
      for (;;) {
        const job = await call(token, `/api/jobs/${id}`);
        if (job.state === 'completed') return job;
        if (job.state === 'failed') throw new Error(`演示数据：任务 ${id} 失败：${job.error}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    },
  };
}

const q = (filter: object, range = '[0,999]') => `filter=${encodeURIComponent(JSON.stringify(filter))}&range=${range}`;

/** The demo year's plans, draws, records, publications, follow-ups and a referral; `base` is the running API. */
export async function seedDemoActivity(db: Db, base: string): Promise<void> {
  const api = client(base);
  const today = chinaDay();
  const year = Number(today.slice(0, 4));
  const [admin, office] = [await api.login('admin'), await api.login('office')];
  const departments = (await api.call(admin, '/api/departments')) as { id: number; code: string }[];
  const deptId = Object.fromEntries(departments.map((d) => [d.code, d.id])) as Record<string, number>;
  const inspections: Record<string, number[]> = {};

  for (const d of DEMO_DEPARTMENTS) {
    // the second admin who reviews what the first records: opened with an initial password, which
    // its owner replaces (with the demo password) before anything else, as every new account must
    const initial = `Chushi#${d.code}2026`;
    await api.call(admin, '/api/users', 'POST', { username: `${d.code}-review`, displayName: `${d.name}审核人`, password: initial, role: 'dept_admin', departmentId: deptId[d.code] });
    const reviewer = await api.login(`${d.code}-review`, initial);
    await api.call(reviewer, '/api/auth/password', 'POST', { currentPassword: initial, newPassword: DEMO_PASSWORD });
    const clerk = await api.login(`${d.code}-admin`);
    const items = (await api.call(clerk, `/api/items?${q({ status: 'published' })}`)) as { id: number; requiredField: string | null }[];
    // an item any of the department's inspectors may inspect (no required field narrows the pool)
    const item = items.find((i) => i.requiredField === null);
    if (!item) throw new Error(`演示数据：${d.name}没有可用的已发布抽查事项`);

    const plan = await api.call(clerk, '/api/plans', 'POST', {
      name: `${year} 年度${d.name}“双随机、一公开”抽查工作计划`, content: '按信用风险分类确定抽查比例，结果全部向社会公示', itemIds: [item.id],
      periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, ratio: '不低于 10%', frequency: '每年一次',
    });
    await api.call(clerk, `/api/plans/${plan.id}/submit`, 'POST');
    await api.call(office, `/api/plans/${plan.id}/approve`, 'POST');
    await api.call(clerk, `/api/plans/${plan.id}/publish`, 'POST');

    const task = await api.call(clerk, '/api/tasks', 'POST', { name: `${year} 年度${d.name}随机抽查`, planId: plan.id, itemIds: [item.id], startDate: today, ratios: RATIOS });
    const draw = await api.call(clerk, `/api/tasks/${task.id}/draws`, 'POST', { beaconSource: BEACON.beaconSource });
    const { jobId } = await api.call(clerk, `/api/draws/${draw.id}/execute`, 'POST', { beacon: BEACON.beacon, witnesses: BEACON.witnesses });
    await api.job(clerk, jobId);

    const targets = (await api.call(clerk, `/api/targets?${q({ drawId: draw.id }, `[0,${INSPECTED - 1}]`)}`)) as { id: number }[];
    const teams = (await api.call(clerk, `/api/assignments?${q({ drawId: draw.id })}`)) as { targetId: number; inspectorId: number }[];
    inspections[d.code] = [];
    for (const [n, target] of targets.entries()) {
      const outcome = OUTCOMES[n % OUTCOMES.length]!;
      const problem = outcome === 'problem_pending' || outcome === 'problem_corrected';
      const record = await api.call(clerk, '/api/inspections', 'POST', { targetId: target.id });
      await api.call(clerk, `/api/inspections/${record.id}`, 'PUT', {
        methods: ['onsite'], inspectionDate: today,
        presentInspectorIds: teams.filter((a) => a.targetId === target.id).map((a) => a.inspectorId),
        sections: [{ itemId: item.id, answers: {
          operatesAsRequired: problem ? '否' : '是', violationFound: problem ? '是' : '否',
          siteDescription: problem ? '现场检查发现未按规定公示年度报告信息，已当场指出。' : '现场检查未发现违法违规行为，经营场所与登记一致。',
        } }],
        outcome, ...(problem && { violations: [DEFAULT_VIOLATION_CATEGORIES[0]] }),
      });
      await api.call(clerk, `/api/inspections/${record.id}/submit`, 'POST');
      await api.call(reviewer, `/api/inspections/${record.id}/approve`, 'POST');
      inspections[d.code]!.push(record.id);
    }
    // half the departments have already closed their follow-up
    if (d.code === 'scjg' || d.code === 'zjj') {
      for (const f of (await api.call(clerk, '/api/followups')) as { id: number }[]) {
        await api.call(clerk, `/api/followups/${f.id}`, 'PUT', { measures: ['order_rectification'], deadline: today, recheckDate: today, recheckResult: '已按要求补报并公示' });
        await api.call(clerk, `/api/followups/${f.id}/close`, 'POST', { closedOn: today, result: '已整改到位' });
      }
    }
  }

  const scjg = await api.login('scjg-admin');
  const zjj = await api.login('zjj-admin');
  const referral = await api.call(scjg, '/api/referrals', 'POST', {
    kind: 'department', toDepartmentId: deptId.zjj, matter: '检查中发现经营场所涉嫌违法建设，移送核查处理', inspectionId: inspections.scjg![2], documentNo: `市监移〔${year}〕1号`,
  });
  await api.call(zjj, `/api/referrals/${referral.id}/accept`, 'POST');
  // published now rather than at the worker's next publication run
  await runPublicationCycle(db);
}
