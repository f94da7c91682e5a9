import { DRAW_STATUS_LABELS, label, stratumTitle } from '@sxgk/core/labels';

// 抽取证书: a self-contained, print-friendly page (no scripts, no external assets) stating what
// was committed, which beacon fixed the outcome, who witnessed it and how to verify it.
export interface CertificateData {
  draw: {
    id: number; status: string; commitment: string | null; populationDigest: string | null; inspectorDigest: string | null;
    beaconSource: string; beacon: string | null; witnesses: string[]; seed: string | null; preparedAt: Date; executedAt: Date | null;
    redrawReason: string | null; supersededById: number | null; exclusionCount: number;
    strataSummary: { key: string; ratioBp: number; size: number; selected: number | null }[];
    groupsSummary: { key: string; perTarget: number; poolSize: number }[] | null;
  };
  taskName: string;
  departments: string[];
  publicUrl: string;
}

const esc = (v: unknown) => String(v ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
const time = (d: Date | null) => (d ? new Date(d).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '—');
const percent = (bp: number) => `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')}%`;

export function certificateHtml(d: CertificateData): string {
  const { draw } = d;
  const perTarget = (draw.groupsSummary ?? []).map((g) => `${esc(g.key)} ${g.perTarget} 人（可选 ${g.poolSize} 人）`).join('；') || '—';
  const total = draw.strataSummary.reduce((n, s) => n + (s.selected ?? 0), 0);
  const rows = draw.strataSummary.map((s) => `<tr><td>${esc(stratumTitle(s.key))}</td><td>${percent(s.ratioBp)}</td><td>${s.size}</td><td>${s.selected ?? '—'}</td></tr>`).join('');
  const field = (label: string, value: string, mono = false) => `<tr><th>${label}</th><td${mono ? ' class="mono"' : ''}>${value}</td></tr>`;
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>抽取证书 #${draw.id}</title>
<style>
body{font-family:"Songti SC","SimSun",serif;max-width:780px;margin:2em auto;color:#000;line-height:1.6}
h1{text-align:center;letter-spacing:.5em;margin-bottom:.2em}.sub{text-align:center;color:#444;margin-top:0}
table{width:100%;border-collapse:collapse;margin:1em 0}th,td{border:1px solid #333;padding:.35em .6em;text-align:left;vertical-align:top}
th{width:26%;background:#f3f3f3;font-weight:normal}.mono{font-family:"Courier New",monospace;word-break:break-all;font-size:.9em}
.note{font-size:.9em;color:#333}@media print{body{margin:0}a{color:#000}}
</style></head><body>
<h1>抽取证书</h1>
<p class="sub">双随机、一公开 · 抽取编号 #${draw.id} · 算法 sxgk-draw-v1</p>
<table>
${field('抽查任务', esc(d.taskName))}
${field('参与部门', esc(d.departments.join('、')))}
${field('状态', esc(label(DRAW_STATUS_LABELS, draw.status)) + (draw.redrawReason ? `（重新抽取原因：${esc(draw.redrawReason)}；新抽取 #${esc(draw.supersededById)}）` : ''))}
${field('承诺值（抽取前公布）', esc(draw.commitment), true)}
${field('候选对象摘要', esc(draw.populationDigest), true)}
${field('检查人员摘要', esc(draw.inspectorDigest), true)}
${field('随机信标来源', esc(draw.beaconSource))}
${field('随机信标值', esc(draw.beacon ?? '—'), true)}
${field('见证人', esc(draw.witnesses.join('、') || '—'))}
${field('随机种子', esc(draw.seed ?? '—'), true)}
${field('每个对象的检查人员', perTarget)}
${field('回避关系', `${draw.exclusionCount} 条`)}
${field('准备时间', esc(time(draw.preparedAt)))}
${field('抽取时间', esc(time(draw.executedAt)))}
</table>
<table><tr><th>层级</th><th>抽查比例</th><th>候选对象数</th><th>抽中数</th></tr>${rows}
<tr><th>合计</th><td></td><td>${draw.strataSummary.reduce((n, s) => n + s.size, 0)}</td><td>${total}</td></tr></table>
<p class="note">公开记录：<a href="${esc(d.publicUrl)}">${esc(d.publicUrl)}</a></p>
<p class="note">任何人均可用公开记录复核本次抽取：<span class="mono">pnpm verify-draw ${esc(d.publicUrl)}</span>。
承诺值在抽取前公布，绑定了秘密值、候选对象与检查人员；随机种子由秘密值与抽取时才产生的随机信标共同决定，平台无法事后更改结果。</p>
</body></html>`;
}
