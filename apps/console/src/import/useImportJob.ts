import { useCallback } from 'react';
import { useDataProvider } from 'react-admin';
import type { AppDataProvider, ImportJob, ImportResource } from '../dataProvider';
import { useJob, type JobState } from '../jobs/useJob';

export type ImportState = JobState;

/**
 * Uploads a table to POST /api/<resource>/import (202 {jobId}), then follows the job (useJob). Lives as
 * long as the button, not the dialog, so an import keeps being followed after the dialog is closed.
 */
export function useImportJob(resource: ImportResource, onFinished: (job: ImportJob) => void) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { state, submit, reset } = useJob(onFinished);
  const start = useCallback(
    (file: File, departmentId?: number | null) => submit(() => dataProvider.importFile(resource, file, departmentId), `import:${resource}`),
    [dataProvider, resource, submit],
  );
  return { state, start, reset };
}
