import type { ComponentType } from 'react';
import { Button, Confirm, useNotify, useRecordContext, useRedirect, useRefresh, type RaRecord } from 'react-admin';
import { can, useMe } from '../permissions';
import { ReasonDialog } from './ReasonDialog';
import { useDialogAction } from './useDialogAction';

/** One step of a record's workflow: the status it applies in, the grant it needs, and whether it asks for a text. */
export interface WorkflowStep {
  from: string;
  grant: string;
  Icon: ComponentType;
  color: 'primary' | 'warning' | 'success';
  /** the body key of the text the step requires, and the record field that keeps it */
  text?: { key: 'note' | 'reason'; field: string };
  /** the step answers a new version, opened for editing */
  opensNewVersion?: boolean;
}

interface Props {
  resource: string;
  action: string;
  step: WorkflowStep;
  run: (id: RaRecord['id'], body?: Record<string, string>) => Promise<{ data: RaRecord }>;
  /** the record field naming it in the confirmation */
  nameField?: string;
}

/**
 * A workflow action button (submit, approve, return, publish, adjust, correct…): shown only in the
 * status it applies to and to whoever the server's matrix grants it; a plain confirmation, or a
 * dialog asking for the required text. The server decides for real and its refusal is shown.
 */
export const WorkflowButton = ({ resource, action, step: s, run, nameField = 'name' }: Props) => {
  const record = useRecordContext();
  const me = useMe();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const step = useDialogAction(async (value?: string) => {
    const { data } = await run(record!.id, s.text && value ? { [s.text.key]: value } : undefined);
    notify(`app.${resource}.${action}Done`, { type: 'success', messageArgs: { version: data.version } });
    if (s.opensNewVersion) redirect('edit', resource, data.id);
    else refresh();
  }, s.text ? undefined : (message) => notify(message, { type: 'error', autoHideDuration: 10_000 }));
  if (!record || record.status !== s.from || !can(me, resource, s.grant)) return null;

  const key = `app.${resource}.${action}`;
  return (
    <>
      <Button label={key} color={s.color} onClick={step.show} data-testid={`${resource.replace(/s$/, '')}-${action}`}>
        <s.Icon />
      </Button>
      {s.text ? (
        <ReasonDialog
          open={step.open} loading={step.loading} error={step.error} testId={`${resource.replace(/s$/, '')}-${action}-dialog`}
          title={`${key}Title`} hint={`${key}Hint`} label={`resources.${resource}.fields.${s.text.field}`}
          confirmLabel={key} onConfirm={step.submit} onClose={step.close}
        />
      ) : (
        <Confirm
          isOpen={step.open} loading={step.loading} title={`${key}Title`} content={`${key}Confirm`}
          contentTranslateOptions={{ name: record[nameField] }} confirmColor={s.color === 'success' ? 'primary' : s.color}
          onConfirm={() => step.submit()} onClose={step.close}
        />
      )}
    </>
  );
};
