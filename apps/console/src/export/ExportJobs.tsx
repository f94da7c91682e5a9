import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import { exportFileUrl, type AppDataProvider, type ImportJob } from '../dataProvider';
import { useJob } from '../jobs/useJob';

// The exports started in this console, followed by the layout rather than by the button that
// started them: a clerk may move on to another page, and the file is still saved when it is ready.

export type ExportRequest = { resource: string; sort: { field: string; order: string }; filter: Record<string, unknown> };
type Running = { jobId: string; key: string; progress: number };
interface ExportJobsValue { running: Running[]; start(request: ExportRequest): Promise<void> }

const Context = createContext<ExportJobsValue | null>(null);
/** Which list, in which order and filtered how: one export of it at a time. */
export const exportKey = (r: ExportRequest) => JSON.stringify([r.resource, r.sort, r.filter]);

export function useExportJobs(): ExportJobsValue {
  const value = useContext(Context);
  if (!value) throw new Error('useExportJobs needs <ExportJobs> (the layout provides it)');
  return value;
}

/** Lets the browser save the finished file (a link: the session cookie goes along). */
function download(jobId: string) {
  const a = document.createElement('a');
  a.href = exportFileUrl(jobId);
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

export const ExportJobs = ({ children }: { children: ReactNode }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const [running, setRunning] = useState<Running[]>([]);
  const start = useCallback(async (request: ExportRequest) => {
    try {
      const { jobId } = await dataProvider.startExport(request.resource, request.sort, request.filter);
      setRunning((r) => [...r, { jobId, key: exportKey(request), progress: 0 }]);
    } catch (e) {
      notify('app.export.failed', { type: 'error', messageArgs: { error: (e as Error).message } });
    }
  }, [dataProvider, notify]);
  const progress = useCallback((jobId: string, p: number) => setRunning((r) => r.map((x) => (x.jobId === jobId ? { ...x, progress: p } : x))), []);
  const done = useCallback((jobId: string) => setRunning((r) => r.filter((x) => x.jobId !== jobId)), []);
  return (
    <Context.Provider value={{ running, start }}>
      {children}
      {running.map((r) => <Follower key={r.jobId} jobId={r.jobId} onProgress={progress} onDone={done} />)}
    </Context.Provider>
  );
};

/** One export job, polled until it ends: then the file is saved, or the failure shown. */
const Follower = ({ jobId, onProgress, onDone }: { jobId: string; onProgress: (jobId: string, p: number) => void; onDone: (jobId: string) => void }) => {
  const notify = useNotify();
  const { state, follow } = useJob((job: ImportJob) => {
    if (job.state === 'completed') {
      download(job.id);
      notify('app.export.done', { type: 'success', messageArgs: { rows: (job.result as { rows?: number } | null)?.rows ?? 0 } });
    } else notify('app.export.failed', { type: 'error', messageArgs: { error: job.error ?? '' } });
    onDone(jobId);
  });
  useEffect(() => follow(jobId, 'export'), [jobId, follow]);
  const p = state.phase === 'running' ? state.job.progress : 0;
  useEffect(() => onProgress(jobId, p), [jobId, p, onProgress]);
  useEffect(() => {
    if (state.phase !== 'error') return;
    notify('app.export.failed', { type: 'error', messageArgs: { error: state.message } });
    onDone(jobId);
  }, [state, notify, onDone, jobId]);
  return null;
};
