import { useState } from 'react';
import { useListContext, useTranslate } from 'react-admin';
import { Button, CircularProgress } from '@mui/material';
import FileDownloadIcon from '@mui/icons-material/FileDownload';
import { exportKey, useExportJobs, type ExportRequest } from './ExportJobs';

/**
 * 导出: a list, sorted and filtered, written to .xlsx by a background job (a large directory takes a
 * while). The layout follows the job (ExportJobs), so the file is saved when it is ready even if the
 * clerk has gone to another page; meanwhile the button shows the progress.
 */
export const ExportButton = ({ disabled = false, ...request }: ExportRequest & { disabled?: boolean }) => {
  const translate = useTranslate();
  const { running, start } = useExportJobs();
  const [starting, setStarting] = useState(false);
  const mine = running.find((r) => r.key === exportKey(request));
  const busy = starting || !!mine;
  const onClick = async () => {
    setStarting(true);
    await start(request);
    setStarting(false);
  };
  return (
    <Button
      size="small"
      onClick={() => void onClick()}
      startIcon={busy ? <CircularProgress size={14} /> : <FileDownloadIcon />}
      disabled={busy || disabled}
      aria-label={translate('app.export.button')}
      title={translate('app.export.hint')}
      data-testid="export-button"
    >
      {busy ? translate('app.export.running', { progress: mine?.progress ?? 0 }) : translate('app.export.button')}
    </Button>
  );
};

/** 导出 in a list's toolbar: the list as it is shown now. */
export const ListExportButton = () => {
  const { resource, filterValues, sort, total, isPending } = useListContext();
  return <ExportButton resource={resource} sort={sort} filter={filterValues} disabled={isPending || total === 0} />;
};
