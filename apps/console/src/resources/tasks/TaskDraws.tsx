import { DataTable, ReferenceManyField, TextField, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { MONO, NOWRAP } from '../../components/cells';
import { DateTimeField } from '../../components/DateTimeField';
import { canRead, useMe } from '../../permissions';
import { DrawStatusField } from './DrawStatusField';

/** The task's draws, newest first (a re-draw supersedes and stays listed); a row opens the ceremony screen. */
export const TaskDraws = () => {
  const me = useMe();
  const translate = useTranslate();
  if (!canRead(me, 'draws')) return null;
  return (
    <Box sx={{ px: 3, py: 2 }} data-testid="task-draws">
      <Typography variant="subtitle1" sx={{ fontWeight: 700, color: 'primary.main', mb: 1 }}>{translate('app.tasks.draws')}</Typography>
      <ReferenceManyField reference="draws" target="taskId" sort={{ field: 'id', order: 'DESC' }} perPage={50}
        empty={<Typography variant="body2" color="text.secondary">{translate('app.tasks.noDraws')}</Typography>}>
        <DataTable bulkActionButtons={false} rowClick="show" resource="draws">
          <DataTable.Col source="id" label="resources.draws.fields.id" cellSx={NOWRAP} />
          <DataTable.Col source="status" label="resources.draws.fields.status"><DrawStatusField /></DataTable.Col>
          <DataTable.Col source="commitment" label="resources.draws.fields.commitment" cellSx={MONO}
            render={(r) => (r.commitment ? `${String(r.commitment).slice(0, 16)}…` : '—')} />
          <DataTable.Col source="beaconSource" label="resources.draws.fields.beaconSource"><TextField source="beaconSource" /></DataTable.Col>
          <DataTable.Col source="preparedAt" label="resources.draws.fields.preparedAt" field={DateTimeField} cellSx={NOWRAP} />
          <DataTable.Col source="executedAt" label="resources.draws.fields.executedAt" field={DateTimeField} cellSx={NOWRAP} />
        </DataTable>
      </ReferenceManyField>
    </Box>
  );
};
