import { BooleanInput, DataTable, EditButton, List, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { Box, Chip } from '@mui/material';
import { MONO, NOWRAP } from '../../components/cells';
import { DepartmentField } from '../../components/DepartmentField';
import { DepartmentInput } from '../../components/DepartmentInput';
import { EnumChipField } from '../../components/EnumChipField';
import { ListActions } from '../../components/ListActions';
import { choices, FOLLOWUP_STATUS_COLOR } from '../../labels';
import { can, seesAllDepartments, useMe } from '../../permissions';
import { FollowupCloseButton } from './CloseButton';

/** 后续处置: opened by a problem outcome at approval; measures, deadline (overdue in red) and closure. */
export const FollowupList = () => {
  const me = useMe();
  const translate = useTranslate();
  const allDepartments = seesAllDepartments(me);
  const writer = can(me, 'followups', 'update');
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.entities.searchPlaceholder')} />,
    <SelectInput key="status" source="status" choices={choices('followupStatus')} alwaysOn />,
    <BooleanInput key="overdue" source="overdue" alwaysOn />,
    ...(allDepartments ? [<DepartmentInput key="departmentId" alwaysOn />] : []),
  ];
  return (
    <List filters={filters} actions={<ListActions creatable={false} />} sort={{ field: 'id', order: 'DESC' }} perPage={25} empty={false}>
      <DataTable rowClick={false} bulkActionButtons={false}>
        <DataTable.Col source="entityName"><TextField source="entityName" sx={{ fontWeight: 500 }} /></DataTable.Col>
        <DataTable.Col source="uscc" cellSx={MONO} />
        {allDepartments && <DataTable.Col source="departmentId"><DepartmentField /></DataTable.Col>}
        <DataTable.Col source="outcome" render={(r) => translate(`enums.outcome.${r.outcome}`)} />
        <DataTable.Col source="measures" disableSort render={(r) => (
          <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
            {(r.measures ?? []).map((m: string) => <Chip key={m} size="small" variant="outlined" label={translate(`enums.followupMeasure.${m}`)} />)}
          </Box>
        )} />
        <DataTable.Col source="deadline" cellSx={NOWRAP} render={(r) => (
          <Box component="span" sx={{ display: 'inline-flex', gap: 1, alignItems: 'center' }}>
            {r.deadline ?? '—'}
            {r.overdue && <Chip size="small" color="error" label={translate('app.followups.overdue')} data-testid="followup-overdue" />}
          </Box>
        )} />
        <DataTable.Col source="status"><EnumChipField name="followupStatus" colors={FOLLOWUP_STATUS_COLOR} /></DataTable.Col>
        <DataTable.Col source="closedOn" cellSx={NOWRAP} />
        {writer && (
          <DataTable.Col label="ra.action.edit" disableSort cellSx={NOWRAP} render={(r) => (r.status === 'open' ? (
            <Box sx={{ display: 'flex', gap: 0.5 }}><EditButton label="app.followups.measuresButton" /><FollowupCloseButton /></Box>
          ) : null)} />
        )}
      </DataTable>
    </List>
  );
};
