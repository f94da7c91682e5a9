import type { ComponentType } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRedirect, useRefresh } from 'react-admin';
import SendIcon from '@mui/icons-material/Send';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import PublishIcon from '@mui/icons-material/Publish';
import EditNoteIcon from '@mui/icons-material/EditNote';
import type { AppDataProvider, PlanAction } from '../../dataProvider';
import { can, useMe } from '../../permissions';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useDialogAction } from '../../components/useDialogAction';

// Each step of draft → submitted → approved → published, shown in the status it applies to and only
// to whoever the server's matrix grants its action (审批 / 退回: `approve`, i.e. the joint office).
const ACTIONS: Record<PlanAction, { from: string; grant: string; Icon: ComponentType; color: 'primary' | 'warning' | 'success'; text?: 'note' | 'reason' }> = {
  submit: { from: 'draft', grant: 'update', Icon: SendIcon, color: 'primary' },
  approve: { from: 'submitted', grant: 'approve', Icon: TaskAltIcon, color: 'success' },
  reject: { from: 'submitted', grant: 'approve', Icon: UndoIcon, color: 'warning', text: 'note' },
  publish: { from: 'approved', grant: 'publish', Icon: PublishIcon, color: 'primary' },
  adjust: { from: 'published', grant: 'update', Icon: EditNoteIcon, color: 'primary', text: 'reason' },
};

export const PlanActionButton = ({ action }: { action: PlanAction }) => {
  const record = useRecordContext();
  const me = useMe();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const { from, grant, Icon, color, text } = ACTIONS[action];
  const step = useDialogAction(async (value?: string) => {
    const { data } = await dataProvider.planAction(record!.id, action, text && value ? { [text]: value } : undefined);
    notify(`app.plans.${action}Done`, { type: 'success', messageArgs: { version: data.version } });
    // 调整 answers the new draft version: open it for editing
    if (action === 'adjust') redirect('edit', 'plans', data.id);
    else refresh();
  }, text ? undefined : (message) => notify(message, { type: 'error' }));
  if (!record || record.status !== from || !can(me, 'plans', grant)) return null;

  return (
    <>
      <Button label={`app.plans.${action}`} color={color} onClick={step.show} data-testid={`plan-${action}`}>
        <Icon />
      </Button>
      {text ? (
        <ReasonDialog
          open={step.open} loading={step.loading} error={step.error} testId={`plan-${action}-dialog`}
          title={`app.plans.${action}Title`} hint={`app.plans.${action}Hint`} label={`resources.plans.fields.${text === 'note' ? 'reviewNote' : 'adjustmentReason'}`}
          confirmLabel={`app.plans.${action}`} onConfirm={step.submit} onClose={step.close}
        />
      ) : (
        <Confirm
          isOpen={step.open} loading={step.loading} title={`app.plans.${action}Title`} content={`app.plans.${action}Confirm`}
          contentTranslateOptions={{ name: record.name }} confirmColor={color === 'success' ? 'primary' : color}
          onConfirm={() => step.submit()} onClose={step.close}
        />
      )}
    </>
  );
};
