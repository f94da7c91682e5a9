import { Button, useDataProvider, useNotify, useRecordContext, useRedirect } from 'react-admin';
import CasinoIcon from '@mui/icons-material/Casino';
import type { AppDataProvider } from '../../dataProvider';
import { can, useMe } from '../../permissions';
import { ReasonDialog } from '../../components/ReasonDialog';
import { useDialogAction } from '../../components/useDialogAction';

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
  const action = useDialogAction(async (beaconSource: string) => {
    const draw = await dataProvider.prepareDraw(record!.id, beaconSource);
    notify('app.tasks.prepared', { type: 'success' });
    redirect('show', 'draws', draw.id);
  });
  if (!record || record.drawId != null || !can(me, 'draws', 'create')) return null;

  return (
    <>
      <Button label="app.tasks.prepare" variant="contained" onClick={action.show} data-testid="task-prepare"><CasinoIcon /></Button>
      <ReasonDialog
        open={action.open} loading={action.loading} error={action.error} testId="prepare-dialog"
        title="app.tasks.prepareTitle" hint="app.tasks.prepareHint" label="resources.draws.fields.beaconSource"
        placeholder="app.tasks.beaconSourcePlaceholder" confirmLabel="app.tasks.prepare"
        onConfirm={action.submit} onClose={action.close}
      />
    </>
  );
};
