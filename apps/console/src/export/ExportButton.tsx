import { useListContext, useNotify, useTranslate, useDataProvider } from 'react-admin';
import { Button, CircularProgress } from '@mui/material';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { exportFileUrl, type AppDataProvider, type ImportJob } from '../dataProvider';
import { useJob } from '../jobs/useJob';

/** Lets the browser save the finished file (a link: the session cookie goes along). */
function download(jobId: string) {
  const a = document.createElement('a');
  a.href = exportFileUrl(jobId);
  a.download = '';
  document.body.appendChild(a);
  a.click();
  a.remove();
}

interface ExportProps {
  resource: string;
  sort: { field: string; order: string };
  filter: Record<string, unknown>;
  disabled?: boolean;
}

/**
 * 导出: a list, sorted and filtered, written to .xlsx by a background job (a large directory takes a
 * while); the button shows its progress, and the browser saves the file when it is ready.
 */
export const ExportButton = ({ resource, sort, filter, disabled = false }: ExportProps) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const failed = (error: string) => notify('app.export.failed', { type: 'error', messageArgs: { error } });
  const { state, submit } = useJob((job: ImportJob) => {
    if (job.state !== 'completed') return failed(job.error ?? '');
    download(job.id);
    notify('app.export.done', { type: 'success', messageArgs: { rows: (job.result as { rows?: number } | null)?.rows ?? 0 } });
  });
  const start = () => submit(async () => {
    try {
      return await dataProvider.startExport(resource, sort, filter);
    } catch (e) {
      failed((e as Error).message);
      throw e;
    }
  }, `export:${resource}`);
  const busy = state.phase === 'uploading' || state.phase === 'running';
  return (
    <Button
      size="small"
      onClick={() => void start()}
      startIcon={busy ? <CircularProgress size={14} /> : <FileDownloadIcon />}
      disabled={busy || disabled}
      aria-label={translate('app.export.button')}
      title={translate('app.export.hint')}
      data-testid="export-button"
    >
      {busy ? translate('app.export.running', { progress: state.phase === 'running' ? state.job.progress : 0 }) : translate('app.export.button')}
    </Button>
  );
};

/** 导出 in a list's toolbar: the list as it is shown now. */
export const ListExportButton = () => {
  const { resource, filterValues, sort, total, isPending } = useListContext();
  return <ExportButton resource={resource} sort={sort} filter={filterValues} disabled={isPending || total === 0} />;
};
