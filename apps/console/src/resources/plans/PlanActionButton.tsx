import { useState, type ComponentType } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRedirect, useRefresh } from 'react-admin';
import SendIcon from '@mui/icons-material/Send';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import UndoIcon from '@mui/icons-material/Undo';
import PublishIcon from '@mui/icons-material/Publish';
import EditNoteIcon from '@mui/icons-material/EditNote';
import type { AppDataProvider, PlanAction } from '../../dataProvider';
import { can, useMe } from '../../permissions';
import { ReasonDialog } from '../../components/ReasonDialog';

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
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { from, grant, Icon, color, text } = ACTIONS[action];
  if (!record || record.status !== from || !can(me, 'plans', grant)) return null;

  const run = async (value?: string) => {
    setLoading(true);
    setError(null);
    try {
      const { data } = await dataProvider.planAction(record.id, action, text && value ? { [text]: value } : undefined);
      notify(`app.plans.${action}Done`, { type: 'success', messageArgs: { version: data.version } });
      setOpen(false);
      // 调整 answers the new draft version: open it for editing
      if (action === 'adjust') redirect('edit', 'plans', data.id);
      else refresh();
    } catch (e) {
      const message = (e as Error).message || 'ra.notification.http_error';
      if (text) setError(message);
      else notify(message, { type: 'error' });
    } finally {
      setLoading(false);
    }
  };

  const close = () => { setOpen(false); setError(null); };
  return (
    <>
      <Button label={`app.plans.${action}`} color={color} onClick={() => setOpen(true)} data-testid={`plan-${action}`}>
        <Icon />
      </Button>
      {text ? (
        <ReasonDialog
          open={open} loading={loading} error={error} testId={`plan-${action}-dialog`}
          title={`app.plans.${action}Title`} hint={`app.plans.${action}Hint`} label={`resources.plans.fields.${text === 'note' ? 'reviewNote' : 'adjustmentReason'}`}
          confirmLabel={`app.plans.${action}`} onConfirm={run} onClose={close}
        />
      ) : (
        <Confirm
          isOpen={open} loading={loading} title={`app.plans.${action}Title`} content={`app.plans.${action}Confirm`}
          contentTranslateOptions={{ name: record.name }} confirmColor={color === 'success' ? 'primary' : color}
          onConfirm={() => run()} onClose={close}
        />
      )}
    </>
  );
};
