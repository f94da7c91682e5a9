import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRedirect } from 'react-admin';
import ReplayIcon from '@mui/icons-material/Replay';
import type { AppDataProvider } from '../../dataProvider';
import { can, useMe } from '../../permissions';
import { ReasonDialog } from '../../components/ReasonDialog';

/** 重新抽取: only with a written reason; the old draw stays public as superseded, a new one is prepared. */
export const RedrawButton = () => {
  const record = useRecordContext();
  const me = useMe();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!record || !['prepared', 'executed'].includes(record.status) || !can(me, 'draws', 'update')) return null;

  const redraw = async (reason: string) => {
    setLoading(true);
    setError(null);
    try {
      const next = await dataProvider.redraw(record.id, reason);
      notify('app.draws.redrawn', { type: 'success' });
      setOpen(false);
      redirect('show', 'draws', next.id);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button label="app.draws.redraw" color="warning" onClick={() => setOpen(true)} data-testid="draw-redraw"><ReplayIcon /></Button>
      <ReasonDialog
        open={open} loading={loading} error={error} testId="redraw-dialog"
        title="app.draws.redrawTitle" hint="app.draws.redrawHint" label="resources.draws.fields.redrawReason"
        confirmLabel="app.draws.redraw" onConfirm={redraw} onClose={() => { setOpen(false); setError(null); }}
      />
    </>
  );
};
