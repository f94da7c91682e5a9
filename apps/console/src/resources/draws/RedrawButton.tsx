import { Button, useDataProvider, useNotify, useRecordContext, useRedirect } from 'react-admin';
import ReplayIcon from '@mui/icons-material/Replay';
import type { AppDataProvider } from '../../dataProvider';
import { can, useMe } from '../../permissions';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useDialogAction } from '../../components/useDialogAction';

/** 重新抽取: only with a written reason; the old draw stays public as superseded, a new one is prepared. */
export const RedrawButton = () => {
  const record = useRecordContext();
  const me = useMe();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<AppDataProvider>();
  const action = useDialogAction(async (reason: string) => {
    const next = await dataProvider.redraw(record!.id, reason);
    notify('app.draws.redrawn', { type: 'success' });
    redirect('show', 'draws', next.id);
  });
  if (!record || !['prepared', 'executed'].includes(record.status) || !can(me, 'draws', 'update')) return null;

  return (
    <>
      <Button label="app.draws.redraw" color="warning" onClick={action.show} data-testid="draw-redraw"><ReplayIcon /></Button>
      <ReasonDialog
        open={action.open} loading={action.loading} error={action.error} testId="redraw-dialog"
        title="app.draws.redrawTitle" hint="app.draws.redrawHint" label="resources.draws.fields.redrawReason"
        confirmLabel="app.draws.redraw" onConfirm={action.submit} onClose={action.close}
      />
    </>
  );
};
