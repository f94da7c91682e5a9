import { DataTable, Link, List, RecordContextProvider, SearchInput, SelectInput, TextField, useListContext, useRecordContext, useTranslate } from 'react-admin';
import { Box, Card, CardContent, Chip, Typography, useMediaQuery, type Theme } from '@mui/material';
import { MONO, NOWRAP } from '../../components/cells';
import { DepartmentField } from '../../components/DepartmentField';
import { ListActions } from '../../components/ListActions';
import { RiskTierField } from '../../components/RiskTierField';
import { can, seesAllDepartments, useMe } from '../../permissions';
import { OpenRecordButton } from '../inspections/OpenRecordButton';

/** The inspection team of a target; an inspector's own name is highlighted. */
const TeamField = () => {
  const record = useRecordContext();
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {(record?.inspectorNames ?? []).map((n: string) => <Chip key={n} size="small" label={n} variant="outlined" />)}
    </Box>
  );
};

const TaskLink = () => {
  const record = useRecordContext();
  if (!record) return null;
  return <Link to={`/tasks/${record.taskId}/show`} >{record.taskName}</Link>;
};

/** On a phone: one card per entity, the 填写检查记录 button at full width under it. */
const TargetCards = () => {
  const { data } = useListContext();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5, p: 1 }} data-testid="target-cards">
      {(data ?? []).map((r) => (
        <RecordContextProvider key={r.id} value={r}>
          <Card variant="outlined">
            <CardContent sx={{ p: 1.5, '&:last-child': { pb: 1.5 } }}>
              <Typography sx={{ fontWeight: 600 }}>{r.entityName}</Typography>
              <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>{r.uscc}</Typography>
              {r.address && <Typography variant="body2" color="text.secondary">{r.address}</Typography>}
              <Typography variant="body2" sx={{ my: 0.5 }}><TaskLink /></Typography>
              <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 1 }}><RiskTierField /><TeamField /></Box>
              <OpenRecordButton />
            </CardContent>
          </Card>
        </RecordContextProvider>
      ))}
    </Box>
  );
};

/**
 * 抽中对象. For an inspector this is 我的检查任务: the API narrows targets to the ones they are
 * assigned to, so the same list is their to-do list of entities.
 */
export const TargetList = () => {
  const me = useMe();
  const translate = useTranslate();
  const inspector = me?.role === 'inspector';
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.entities.searchPlaceholder')} sx={{ minWidth: { xs: 0, sm: 260 } }} />,
    <SelectInput key="recorded" source="recorded" alwaysOn choices={[{ id: false, name: 'app.targets.toInspect' }, { id: true, name: 'app.targets.opened' }]} />,
  ];
  return (
    <List filters={filters} actions={<ListActions creatable={false} />} sort={{ field: 'id', order: 'DESC' }} perPage={25} empty={false}
      title={inspector ? translate('app.menu.myTargets') : undefined}>
      {phone ? <TargetCards /> : (
        <DataTable bulkActionButtons={false} rowClick={false}>
          <DataTable.Col source="taskName" disableSort><TaskLink /></DataTable.Col>
          <DataTable.Col source="entityName"><TextField source="entityName" sx={{ fontWeight: 500 }} /></DataTable.Col>
          <DataTable.Col source="uscc" cellSx={MONO} />
          <DataTable.Col source="address" disableSort />
          <DataTable.Col source="riskTier" disableSort><RiskTierField /></DataTable.Col>
          <DataTable.Col source="inspectorNames" label={inspector ? 'app.targets.team' : undefined} disableSort><TeamField /></DataTable.Col>
          {seesAllDepartments(me) && <DataTable.Col source="departmentId"><DepartmentField /></DataTable.Col>}
          <DataTable.Col source="addedReason" cellSx={NOWRAP} render={(r) => (r.addedReason ? translate(`enums.additionReason.${r.addedReason}`) : '')} />
          {can(me, 'inspections', 'create') && <DataTable.Col label="app.inspections.record" disableSort><OpenRecordButton /></DataTable.Col>}
        </DataTable>
      )}
    </List>
  );
};
