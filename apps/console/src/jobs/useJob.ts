import { useCallback, useEffect, useRef, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider, ImportJob } from '../dataProvider';

export type JobState =
  | { phase: 'idle' }
  | { phase: 'uploading' }
  | { phase: 'running'; job: ImportJob }
  | { phase: 'completed'; job: ImportJob }
  | { phase: 'failed'; job: ImportJob }
  | { phase: 'error'; message: string };

const POLL_MS = 500;
const MAX_POLL_FAILURES = 10;

/**
 * Follows GET /api/jobs/:id every 500 ms until the job completes or fails: the progress of an import,
 * an export or a draw. `submit` runs the request that answers {jobId} (an upload, POST execute), then polls.
 */
export function useJob(onFinished?: (job: ImportJob) => void) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const [state, setState] = useState<JobState>({ phase: 'idle' });
  const timer = useRef<number | undefined>(undefined);
  const alive = useRef(true);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      window.clearTimeout(timer.current);
    };
  }, []);

  const poll = useCallback(async (jobId: string, failures: number) => {
    let nextFailures = failures;
    try {
      const job = await dataProvider.getJob(jobId);
      if (!alive.current) return;
      if (job.state === 'completed' || job.state === 'failed') {
        setState({ phase: job.state, job });
        finished.current?.(job);
        return;
      }
      setState({ phase: 'running', job });
      nextFailures = 0;
    } catch (e) {
      if (!alive.current) return;
      nextFailures += 1;
      const status = (e as { status?: number }).status;
      if (nextFailures >= MAX_POLL_FAILURES || (status && status >= 400 && status < 500)) {
        setState({ phase: 'error', message: (e as Error).message });
        return;
      }
    }
    timer.current = window.setTimeout(() => void poll(jobId, nextFailures), POLL_MS);
  }, [dataProvider]);

  /** Follows a job already started (e.g. a draw whose page was reopened while it runs). */
  const follow = useCallback((jobId: string, kind = 'job') => {
    window.clearTimeout(timer.current);
    setState({ phase: 'running', job: { id: jobId, kind, state: 'queued', progress: 0, result: null, error: null } });
    timer.current = window.setTimeout(() => void poll(jobId, 0), POLL_MS);
  }, [poll]);

  const submit = useCallback(async (request: () => Promise<{ jobId: string }>, kind = 'job') => {
    window.clearTimeout(timer.current);
    setState({ phase: 'uploading' });
    try {
      const { jobId } = await request();
      if (alive.current) follow(jobId, kind);
    } catch (e) {
      if (alive.current) setState({ phase: 'error', message: (e as Error).message });
    }
  }, [follow]);

  const reset = useCallback(() => {
    window.clearTimeout(timer.current);
    setState({ phase: 'idle' });
  }, []);

  return { state, submit, follow, reset };
}
