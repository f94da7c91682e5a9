// Scheduled jobs are only declared for now; running them comes later. Validating the expression at
// load time means a typo is found on the day the plugin is installed, not on the night the job fails.
const MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@hourly'];
// minute, hour, day of month, month, day of week (0 and 7 are Sunday)
const RANGES: [number, number][] = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 7]];

export interface JobDeclaration {
  /** unique within the plugin, e.g. 'remind-overdue' */
  name: string;
  /** five-field cron expression or a macro such as '@daily' */
  cron: string;
  description?: string;
}

export function isValidCron(expr: string): boolean {
  const e = expr.trim();
  if (MACROS.includes(e)) return true;
  const parts = e.split(/\s+/);
  return parts.length === 5 && parts.every((p, i) => p.split(',').every((term) => validTerm(term, RANGES[i]!)));
}

function validTerm(term: string, [min, max]: [number, number]): boolean {
  const m = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(term);
  if (!m) return false;
  const [, , a, b, step] = m;
  const inRange = (v: string | undefined) => v === undefined || (Number(v) >= min && Number(v) <= max);
  if (!inRange(a) || !inRange(b)) return false;
  if (a !== undefined && b !== undefined && Number(a) > Number(b)) return false;
  return step === undefined || Number(step) >= 1;
}
