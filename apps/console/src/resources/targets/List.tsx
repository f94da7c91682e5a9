import { DataTable, Link, List, SearchInput, TextField, useRecordContext, useTranslate } from 'react-admin';
import { Box, Chip } from '@mui/material';
import { MONO, NOWRAP } from '../../components/cells';
import { DepartmentField } from '../../components/DepartmentField';
import { ListActions } from '../../components/ListActions';
import { RiskTierField } from '../../components/RiskTierField';
import { seesAllDepartments, useMe } from '../../permissions';

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

/**
 * 抽中对象. For an inspector this is 我的检查任务: the API narrows targets to the ones they are
 * assigned to, so the same list is their to-do list of entities.
 */
export const TargetList = () => {
  const me = useMe();
  const translate = useTranslate();
  const inspector = me?.role === 'inspector';
  const filters = [<SearchInput key="q" source="q" alwaysOn placeholder={translate('app.entities.searchPlaceholder')} sx={{ minWidth: 260 }} />];
  return (
    <List filters={filters} actions={<ListActions creatable={false} />} sort={{ field: 'id', order: 'DESC' }} perPage={25} empty={false}
      title={inspector ? translate('app.menu.myTargets') : undefined}>
      <DataTable bulkActionButtons={false} rowClick={false}>
        <DataTable.Col source="taskName" disableSort><TaskLink /></DataTable.Col>
        <DataTable.Col source="entityName"><TextField source="entityName" sx={{ fontWeight: 500 }} /></DataTable.Col>
        <DataTable.Col source="uscc" cellSx={MONO} />
        <DataTable.Col source="address" disableSort />
        <DataTable.Col source="riskTier" disableSort><RiskTierField /></DataTable.Col>
        <DataTable.Col source="inspectorNames" label={inspector ? 'app.targets.team' : undefined} disableSort><TeamField /></DataTable.Col>
        {seesAllDepartments(me) && <DataTable.Col source="departmentId"><DepartmentField /></DataTable.Col>}
        <DataTable.Col source="addedReason" cellSx={NOWRAP} render={(r) => (r.addedReason ? translate(`enums.additionReason.${r.addedReason}`) : '')} />
      </DataTable>
    </List>
  );
};
