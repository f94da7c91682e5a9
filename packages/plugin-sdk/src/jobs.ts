import { cronPattern, type JobDeclaration } from './cron.ts';
import type { PluginServer } from './plugin.ts';

// The scheduled jobs of the installed plugins, keyed as the scheduler stores them: `<pluginId>:<name>`.
export interface ScheduledJob {
  /** job scheduler id, unique across plugins */
  id: string;
  pluginId: string;
  job: JobDeclaration;
  /** five-field cron pattern (macros spelled out) */
  pattern: string;
}

export const scheduledJobId = (pluginId: string, name: string) => `${pluginId}:${name}`;

export function scheduledJobs(plugins: readonly { server: PluginServer }[]): ScheduledJob[] {
  return plugins.flatMap((p) => (p.server.jobs ?? []).map((job) => ({
    id: scheduledJobId(p.server.manifest.id, job.name), pluginId: p.server.manifest.id, job, pattern: cronPattern(job.cron),
  })));
}
