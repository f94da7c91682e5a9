import { DataTable, Pagination, ReferenceManyField, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Box, Chip, Typography } from '@mui/material';
import { MONO, NOWRAP } from '../../components/cells';
import { ExportButton } from '../../export/ExportButton';
import { canExport, useMe } from '../../permissions';
import { RISK_COLOR, type RiskTier } from '../../labels';
import { Panel } from './Panel';

const InspectorChips = () => {
  const record = useRecordContext();
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {(record?.inspectorNames ?? []).map((n: string) => <Chip key={n} size="small" label={n} />)}
    </Box>
  );
};

/** 抽取结果: every drawn entity in draw order, by tier, with the inspectors assigned to it. */
export const DrawResult = () => {
  const record = useRecordContext();
  const me = useMe();
  const translate = useTranslate();
  if (!record) return null;
  const total = (record.strataSummary ?? []).reduce((n: number, s: { selected: number | null }) => n + (s.selected ?? 0), 0);
  return (
    <Panel title="app.draws.result" testId="draw-result">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mb: 1 }}>
        <Typography variant="body2" color="text.secondary" sx={{ flex: 1 }}>{translate('app.draws.resultCount', { smart_count: total })}</Typography>
        {canExport(me, 'targets') && (
          <ExportButton resource="targets" sort={{ field: 'position', order: 'ASC' }} filter={{ drawId: record.id }} disabled={total === 0} />
        )}
      </Box>
      <ReferenceManyField reference="targets" target="drawId" sort={{ field: 'position', order: 'ASC' }} perPage={25} pagination={<Pagination rowsPerPageOptions={[25, 50, 100]} />}>
        <DataTable bulkActionButtons={false} rowClick={false} resource="targets">
          <DataTable.Col source="position" label="resources.targets.fields.position" render={(r) => r.position + 1} cellSx={NOWRAP} />
          <DataTable.Col source="stratum" label="resources.targets.fields.stratum" cellSx={NOWRAP}
            render={(r) => <Typography variant="body2" sx={{ color: RISK_COLOR[String(r.stratum).slice(0, 1) as RiskTier], fontWeight: 600 }}>{r.stratum}</Typography>} />
          <DataTable.Col source="entityName" label="resources.targets.fields.entityName"><TextField source="entityName" sx={{ fontWeight: 500 }} /></DataTable.Col>
          <DataTable.Col source="uscc" label="resources.targets.fields.uscc" cellSx={MONO} />
          <DataTable.Col source="inspectorNames" label="resources.targets.fields.inspectorNames" disableSort><InspectorChips /></DataTable.Col>
          <DataTable.Col source="addedReason" label="resources.targets.fields.addedReason" disableSort
            render={(r) => (r.addedReason ? translate(`enums.additionReason.${r.addedReason}`) : '')} />
        </DataTable>
      </ReferenceManyField>
    </Panel>
  );
};
