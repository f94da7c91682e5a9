import { useEffect, useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { Alert, Button as MuiButton, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';
import DoneAllIcon from '@mui/icons-material/DoneAll';
import type { AppDataProvider } from '../../dataProvider';
import { useDialogAction } from '../../components/useDialogAction';
import { today } from '../../components/display';


/** 办结: the closing date and result in one dialog. `close` is the follow-up's or the referral's call. */
export const CloseDialog = ({ open, loading, error, title, hint, onConfirm, onClose, testId }: {
  open: boolean; loading: boolean; error: string | null; title: string; hint: string; testId: string;
  onConfirm: (body: { closedOn: string; result: string }) => void; onClose: () => void;
}) => {
  const translate = useTranslate();
  const [closedOn, setClosedOn] = useState(today());
  const [result, setResult] = useState('');
  useEffect(() => { if (open) { setClosedOn(today()); setResult(''); } }, [open]);
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid={testId}>
      <DialogTitle>{translate(title)}</DialogTitle>
      <DialogContent dividers>
        <Alert severity="info" sx={{ mb: 2 }}>{translate(hint)}</Alert>
        <TextField type="date" label={translate('app.followups.closedOn')} value={closedOn} onChange={(e) => setClosedOn(e.target.value)} required
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': `${testId}-date` } }} sx={{ mb: 2 }} />
        <TextField fullWidth multiline minRows={3} required label={translate('app.followups.result')} value={result} onChange={(e) => setResult(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': `${testId}-text` } }} />
        {error && <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <MuiButton onClick={onClose}>{translate('ra.action.cancel')}</MuiButton>
        <MuiButton variant="contained" disabled={loading || !result.trim() || !closedOn} onClick={() => onConfirm({ closedOn, result: result.trim() })} data-testid={`${testId}-confirm`}>
          {translate('app.followups.close')}
        </MuiButton>
      </DialogActions>
    </Dialog>
  );
};

/** 完结后续处置 (needs its measures recorded first; the server says so otherwise). */
export const FollowupCloseButton = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const step = useDialogAction(async (body: { closedOn: string; result: string }) => {
    await dataProvider.closeFollowup(record!.id, body);
    notify('app.followups.closeDone', { type: 'success' });
    refresh();
  });
  if (!record || record.status !== 'open') return null;
  return (
    <>
      <Button label="app.followups.close" onClick={(e) => { e.stopPropagation(); step.show(); }} data-testid={`followup-close-${record.id}`}><DoneAllIcon /></Button>
      <CloseDialog open={step.open} loading={step.loading} error={step.error} title="app.followups.closeTitle" hint="app.followups.closeHint"
        onConfirm={step.submit} onClose={step.close} testId="followup-close-dialog" />
    </>
  );
};
