import type { ComponentType } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRedirect, useRefresh } from 'react-admin';
import SendIcon from '@mui/icons-material/Send';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import EditNoteIcon from '@mui/icons-material/EditNote';
import type { AppDataProvider, InspectionAction } from '../../dataProvider';
import { can, useMe } from '../../permissions';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useDialogAction } from '../../components/useDialogAction';

// draft → submitted → approved (or back to draft with a note); an approved record is corrected by a
// new version. 审核通过 / 退回 go to whoever holds `approve`; the server adds the two-person rule and
// answers 403 with its reason, shown as the notification.
const ACTIONS: Record<InspectionAction, { from: string; grant: string; Icon: ComponentType; color: 'primary' | 'warning' | 'success'; text?: 'note' | 'reason' }> = {
  submit: { from: 'draft', grant: 'update', Icon: SendIcon, color: 'primary' },
  approve: { from: 'submitted', grant: 'approve', Icon: TaskAltIcon, color: 'success' },
  return: { from: 'submitted', grant: 'approve', Icon: UndoIcon, color: 'warning', text: 'note' },
  correct: { from: 'approved', grant: 'update', Icon: EditNoteIcon, color: 'primary', text: 'reason' },
};

export const InspectionActionButton = ({ action }: { action: InspectionAction }) => {
  const record = useRecordContext();
  const me = useMe();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const { from, grant, Icon, color, text } = ACTIONS[action];
  const step = useDialogAction(async (value?: string) => {
    const { data } = await dataProvider.inspectionAction(record!.id, action, text && value ? { [text]: value } : undefined);
    notify(`app.inspections.${action}Done`, { type: 'success', messageArgs: { version: data.version } });
    // 更正 answers the new draft version: open it for editing
    if (action === 'correct') redirect('edit', 'inspections', data.id);
    else refresh();
  }, text ? undefined : (message) => notify(message, { type: 'error', autoHideDuration: 10_000 }));
  if (!record || record.status !== from || !can(me, 'inspections', grant)) return null;

  return (
    <>
      <Button label={`app.inspections.${action}`} color={color} onClick={step.show} data-testid={`inspection-${action}`}>
        <Icon />
      </Button>
      {text ? (
        <ReasonDialog
          open={step.open} loading={step.loading} error={step.error} testId={`inspection-${action}-dialog`}
          title={`app.inspections.${action}Title`} hint={`app.inspections.${action}Hint`} label={`resources.inspections.fields.${text === 'note' ? 'reviewNote' : 'correctionReason'}`}
          confirmLabel={`app.inspections.${action}`} onConfirm={step.submit} onClose={step.close}
        />
      ) : (
        <Confirm
          isOpen={step.open} loading={step.loading} title={`app.inspections.${action}Title`} content={`app.inspections.${action}Confirm`}
          contentTranslateOptions={{ name: record.entityName }} confirmColor={color === 'success' ? 'primary' : color}
          onConfirm={() => step.submit()} onClose={step.close}
        />
      )}
    </>
  );
};
