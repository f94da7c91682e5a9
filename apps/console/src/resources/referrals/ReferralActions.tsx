import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import { Box } from '@mui/material';
import CallReceivedIcon from '@mui/icons-material/CallReceived';
import UndoIcon from '@mui/icons-material/Undo';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import type { AppDataProvider } from '../../dataProvider';
import { can, useMe } from '../../permissions';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useDialogAction } from '../../components/useDialogAction';
import { CloseDialog } from '../followups/CloseButton';

/**
 * 接收 / 退回 / 办结 as the repository allows them: a department referral is accepted or returned by
 * the receiver, who reports closure once accepted; an outside organ's closure is recorded by the sender.
 */
export const ReferralActions = () => {
  const record = useRecordContext();
  const me = useMe();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const done = (message: string) => { notify(message, { type: 'success' }); refresh(); };
  const accept = useDialogAction(async () => {
    await dataProvider.referralAction(record!.id, 'accept');
    done('app.referrals.acceptDone');
  }, (m) => notify(m, { type: 'error' }));
  const ret = useDialogAction(async (reason: string) => {
    await dataProvider.referralAction(record!.id, 'return', { reason });
    done('app.referrals.returnDone');
  });
  const close = useDialogAction(async (body: { closedOn: string; result: string }) => {
    await dataProvider.referralAction(record!.id, 'close', body);
    done('app.referrals.closeDone');
  });
  if (!record || !can(me, 'referrals', 'update')) return null;
  const all = me?.departmentId == null;
  const receiver = record.kind === 'department' && (all || record.toDepartmentId === me?.departmentId);
  const sender = record.kind !== 'department' && (all || record.fromDepartmentId === me?.departmentId);
  const canAccept = receiver && record.status === 'sent';
  const canClose = (receiver && record.status === 'accepted') || (sender && record.status === 'sent');
  if (!canAccept && !canClose) return null;
  const stop = (f: () => void) => (e: React.MouseEvent) => { e.stopPropagation(); f(); };
  return (
    <Box sx={{ display: 'flex', gap: 0.5 }} onClick={(e) => e.stopPropagation()}>
      {canAccept && <Button label="app.referrals.accept" onClick={stop(() => accept.submit())} disabled={accept.loading} data-testid={`referral-accept-${record.id}`}><CallReceivedIcon /></Button>}
      {canAccept && <Button label="app.referrals.return" color="warning" onClick={stop(ret.show)} data-testid={`referral-return-${record.id}`}><UndoIcon /></Button>}
      {canClose && <Button label="app.referrals.close" onClick={stop(close.show)} data-testid={`referral-close-${record.id}`}><DoneAllIcon /></Button>}
      <ReasonDialog open={ret.open} loading={ret.loading} error={ret.error} testId="referral-return-dialog" title="app.referrals.returnTitle"
        hint="app.referrals.returnHint" label="resources.referrals.fields.returnReason" confirmLabel="app.referrals.return" onConfirm={ret.submit} onClose={ret.close} />
      <CloseDialog open={close.open} loading={close.loading} error={close.error} title="app.referrals.closeTitle" hint="app.referrals.closeHint"
        onConfirm={close.submit} onClose={close.close} testId="referral-close-dialog" />
    </Box>
  );
};
