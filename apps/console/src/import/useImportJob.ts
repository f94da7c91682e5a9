import { useCallback, useEffect, useRef, useState } from 'react';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider, ImportJob, ImportResource } from '../dataProvider';

export type ImportState =
  | { phase: 'idle' }
  | { phase: 'uploading' }
  | { phase: 'running'; job: ImportJob }
  | { phase: 'completed'; job: ImportJob }
  | { phase: 'failed'; job: ImportJob }
  | { phase: 'error'; message: string };

const POLL_MS = 500;
const MAX_POLL_FAILURES = 10;

/**
 * Uploads a table to POST /api/<resource>/import (202 {jobId}), then follows GET /api/jobs/:id every
 * 500 ms until the job completes or fails. Lives as long as the button, not the dialog, so an import
 * keeps being followed after the dialog is closed.
 */
export function useImportJob(resource: ImportResource, onFinished: (job: ImportJob) => void) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
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
        finished.current(job);
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

  const start = useCallback(async (file: File, departmentId?: number | null) => {
    window.clearTimeout(timer.current);
    setState({ phase: 'uploading' });
    try {
      const { jobId } = await dataProvider.importFile(resource, file, departmentId);
      if (!alive.current) return;
      setState({ phase: 'running', job: { id: jobId, kind: `import:${resource}`, state: 'queued', progress: 0, result: null, error: null } });
      timer.current = window.setTimeout(() => void poll(jobId, 0), POLL_MS);
    } catch (e) {
      if (alive.current) setState({ phase: 'error', message: (e as Error).message });
    }
  }, [dataProvider, poll, resource]);

  const reset = useCallback(() => {
    window.clearTimeout(timer.current);
    setState({ phase: 'idle' });
  }, []);

  return { state, start, reset };
}
