import type { Kysely } from 'kysely';

// Scheduled jobs: declared by a plugin with a cron expression and a handler, run by the worker's
// `plugin-jobs` queue. Validating at load time means a typo or a missing handler is found on the day
// the plugin is installed, not on the night the job fails.
// minute, hour, day of month, month, day of week (0 and 7 are Sunday)
const RANGES: [number, number][] = [[0, 59], [0, 23], [1, 31], [1, 12], [0, 7]];

/** Everything a plugin job may touch. */
export interface PluginJobContext {
  /** the platform database; read platform tables, write only the plugin's own `plugin_<id>_*` tables */
  db: Kysely<any>;
  /** the departments that have this plugin enabled now (never empty: with none, the job is not run) */
  departments: { id: number; code: string }[];
  /** the time the run was scheduled for (or started, for a run by hand) */
  now: Date;
  log: PluginJobLog;
}
export interface PluginJobLog {
  info(message: string, data?: Record<string, unknown>): void;
  warn(message: string, data?: Record<string, unknown>): void;
  error(message: string, data?: Record<string, unknown>): void;
}
/** What a run reports: kept as the queue job's return value, so it must survive JSON.stringify. */
export type JobSummary = Record<string, unknown>;

export interface JobDeclaration {
  /** unique within the plugin, e.g. 'remind-overdue' */
  name: string;
  /** five-field cron expression or a macro such as '@daily' */
  cron: string;
  description?: string;
  run(ctx: PluginJobContext): Promise<JobSummary> | JobSummary;
}

const MACRO_PATTERNS: Record<string, string> = {
  '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0', '@daily': '0 0 * * *', '@hourly': '0 * * * *',
};

/** The five-field pattern the scheduler stores for a (valid) expression: macros spelled out. */
export function cronPattern(expr: string): string {
  const e = expr.trim();
  return MACRO_PATTERNS[e] ?? e.split(/\s+/).join(' ');
}

export function isValidCron(expr: string): boolean {
  const e = expr.trim();
  if (Object.hasOwn(MACRO_PATTERNS, e)) return true;
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
