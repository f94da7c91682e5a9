import { verifyRecord, type PublicDrawRecord } from '@sxgk/core/draw/index';

// The portal's only script (/public/tasks/:id): each 验证 button fetches the draw's public record
// as anyone would and runs the spec's own verifier (the code of `pnpm verify-draw`) in this browser.
// Built on its own by vite.portal.config.ts into dist/public-verify.js; the API serves it at
// /public/assets/verify.js. Without JavaScript the buttons stay hidden and the page is complete.
const show = (v: unknown) => {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length > 96 ? `${s.slice(0, 96)}…` : s;
};

async function verify(drawId: string, out: HTMLElement, button: HTMLButtonElement) {
  button.disabled = true;
  out.textContent = '正在验证…';
  out.style.color = '';
  try {
    const res = await fetch(`/api/public/draws/${encodeURIComponent(drawId)}`, { headers: { accept: 'application/json' } });
    if (!res.ok) throw new Error(`无法获取公开记录（HTTP ${res.status}）`);
    const record = (await res.json()) as Record<string, unknown>;
    if (!record.secret || !record.seed) {
      out.textContent = '本次抽取尚未执行，暂无可验证的抽取结果。';
      return;
    }
    const result = verifyRecord(record as unknown as PublicDrawRecord);
    if (result.ok) {
      out.textContent = '验证通过：承诺值、候选对象摘要、种子与抽中名单均与公开算法重新计算的结果一致。';
      out.style.color = '#1d6b36';
      out.dataset.state = 'ok';
    } else {
      out.textContent = `验证未通过：字段 ${result.field} 应为 ${show(result.expected)}，记录为 ${show(result.actual)}`;
      out.style.color = '#b3261e';
      out.dataset.state = 'failed';
    }
  } catch (e) {
    out.textContent = `验证出错：${(e as Error).message}`;
    out.style.color = '#b3261e';
    out.dataset.state = 'error';
  } finally {
    button.disabled = false;
  }
}

document.querySelectorAll<HTMLButtonElement>('button[data-verify-draw]').forEach((button) => {
  const drawId = button.dataset.verifyDraw!;
  const out = document.getElementById(`verify-result-${drawId}`);
  if (!out) return;
  button.hidden = false;
  button.addEventListener('click', () => void verify(drawId, out, button));
});
