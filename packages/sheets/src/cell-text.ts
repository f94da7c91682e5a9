// Workbook cell values to the text a clerk sees, identically for xlsx and xls.

/** Trimmed text with \n line breaks and Excel's _xHHHH_ escapes (e.g. _x000D_) decoded. */
export function normaliseText(s: string): string {
  if (s.includes('_x')) s = s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  if (s.includes('\r')) s = s.replace(/\r\n?/g, '\n');
  return s.trim();
}

/** Integers in plain decimal (never 1e+21); fractions rounded to Excel's 15 significant digits. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return '';
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  return String(Number(n.toPrecision(15)));
}

/** YYYY-MM-DD, plus HH:mm:ss when the value carries a time of day. */
export function formatDateParts(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): string {
  const p = (v: number, w = 2) => String(v).padStart(w, '0');
  const date = `${p(y, 4)}-${p(m)}-${p(d)}`;
  return hh || mm || ss ? `${date} ${p(hh)}:${p(mm)}:${p(ss)}` : date;
}

/** Workbook dates carry no zone; exceljs hands them out as UTC instants. */
export function formatUtcDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  return formatDateParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds());
}

/** True for number formats that show a date (y/d, or m outside a time); false for General. */
export function isDateFormat(fmt: string | undefined): boolean {
  if (!fmt) return false;
  const bare = fmt.replace(/"[^"]*"|\[[^\]]*\]|\\.|_.|\*./g, '').toLowerCase();
  if (bare === 'general' || bare === '@') return false;
  return /[yd]/.test(bare) || (/m/.test(bare) && !/[hs]/.test(bare));
}
