import { useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRedirect } from 'react-admin';
import CasinoIcon from '@mui/icons-material/Casino';
import type { AppDataProvider } from '../../dataProvider';
import { can, useMe } from '../../permissions';
import { ReasonDialog } from '../../components/ReasonDialog';

/**
 * 准备抽取: fixes the candidates and inspectors, makes the secret and publishes the commitment. The
 * beacon source is declared now, before anyone can know the beacon; then the ceremony screen opens.
 */
export const PrepareDrawButton = () => {
  const record = useRecordContext();
  const me = useMe();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!record || record.drawId != null || !can(me, 'draws', 'create')) return null;

  const prepare = async (beaconSource: string) => {
    setLoading(true);
    setError(null);
    try {
      const draw = await dataProvider.prepareDraw(record.id, beaconSource);
      notify('app.tasks.prepared', { type: 'success' });
      redirect('show', 'draws', draw.id);
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  };

  return (
    <>
      <Button label="app.tasks.prepare" variant="contained" onClick={() => setOpen(true)} data-testid="task-prepare"><CasinoIcon /></Button>
      <ReasonDialog
        open={open} loading={loading} error={error} testId="prepare-dialog"
        title="app.tasks.prepareTitle" hint="app.tasks.prepareHint" label="resources.draws.fields.beaconSource"
        placeholder="app.tasks.beaconSourcePlaceholder" confirmLabel="app.tasks.prepare"
        onConfirm={prepare} onClose={() => { setOpen(false); setError(null); }}
      />
    </>
  );
};
