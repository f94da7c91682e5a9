import { useRef, useState } from 'react';
import { Button, useNotify, useRefresh, useResourceContext, useTranslate } from 'react-admin';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import type { ImportJob, ImportResource } from '../dataProvider';
import { canWrite, useMe } from '../permissions';
import { ImportDialog } from './ImportDialog';
import { useImportJob } from './useImportJob';

/**
 * 导入 in the toolbar of the items, entities and inspectors lists: a dialog to pick a table, a progress
 * bar while the job runs, then the counts and the error report. Refreshes the list when done.
 */
export const ImportButton = ({ resource: explicit }: { resource?: ImportResource }) => {
  const resource = (useResourceContext({ resource: explicit }) ?? 'items') as ImportResource;
  const me = useMe();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const openRef = useRef(open);
  openRef.current = open;
  const name = translate(`resources.${resource}.name`, { smart_count: 1 });

  const onFinished = (job: ImportJob) => {
    refresh();
    if (openRef.current) return; // the dialog shows it
    const r = job.result ?? {};
    if (job.state === 'completed') {
      notify('app.import.doneNotice', { type: (r.rejected ?? 0) > 0 ? 'warning' : 'success', messageArgs: { name, inserted: r.inserted ?? 0, unchanged: r.unchanged ?? 0, rejected: r.rejected ?? 0 } });
    } else {
      notify('app.import.failedNotice', { type: 'error', messageArgs: { name, error: job.error ?? '' } });
    }
  };
  const { state, start, reset } = useImportJob(resource, onFinished);

  if (!canWrite(me, resource)) return null;
  const close = () => {
    setOpen(false);
    if (state.phase !== 'uploading' && state.phase !== 'running') reset();
  };

  return (
    <>
      <Button label="app.import.button" aria-label={translate('app.import.button')} onClick={() => setOpen(true)} data-testid="import-button">
        <UploadFileIcon />
      </Button>
      <ImportDialog
        open={open}
        title={translate('app.import.title', { name })}
        state={state}
        needsDepartment={me?.role === 'platform_admin'}
        onStart={(file, departmentId) => void start(file, departmentId)}
        onReset={reset}
        onClose={close}
      />
    </>
  );
};
