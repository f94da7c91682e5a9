// How the console writes the few values it formats itself, the same on every screen.

/** Today's date in China, as the platform's deadlines count it. */
export const today = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);

/** A moment in Chinese, 24-hour clock. */
export const time = (v: string | Date | null) => (v ? new Date(v).toLocaleString('zh-CN', { hour12: false }) : '—');

/** An entity as pickers list it: name and unified social credit code. */
export const entityLabel = (e: { name?: string; uscc?: string }) => (e ? `${e.name ?? ''}（${e.uscc ?? ''}）` : '');

/** Sampling ratios are stored in basis points and entered as percentages. */
export const toPercent = (bp: unknown) => (bp === null || bp === undefined || bp === '' ? null : Number(bp) / 100);
export const toBasisPoints = (pct: unknown) => (pct === null || pct === undefined || pct === '' ? null : Math.round(Number(pct) * 100));
