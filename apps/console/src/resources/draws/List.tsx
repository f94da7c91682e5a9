import { DataTable, List, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { MONO, NOWRAP } from '../../components/cells';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { DepartmentInput } from '../../components/DepartmentInput';
import { ListActions } from '../../components/ListActions';
import { choices } from '../../labels';
import { seesAllDepartments, useMe } from '../../permissions';
import { DrawStatusField } from '../tasks/DrawStatusField';

// 抽取记录: prepared from a task's page; this list finds them again (by task name or commitment).
export const DrawList = () => {
  const me = useMe();
  const translate = useTranslate();
  const allDepartments = seesAllDepartments(me);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.draws.searchPlaceholder')} sx={{ minWidth: 260 }} />,
    <SelectInput key="status" source="status" choices={choices('drawStatus')} alwaysOn />,
    ...(allDepartments ? [<DepartmentInput key="departmentId" alwaysOn />] : []),
  ];
  return (
    <List filters={filters} actions={<ListActions creatable={false} />} sort={{ field: 'id', order: 'DESC' }} perPage={25} empty={false}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="id" cellSx={NOWRAP} />
        <DataTable.Col source="taskName"><TextField source="taskName" sx={{ fontWeight: 500 }} /></DataTable.Col>
        {allDepartments && <DataTable.Col source="departmentId"><DepartmentField /></DataTable.Col>}
        <DataTable.Col source="status"><DrawStatusField /></DataTable.Col>
        <DataTable.Col source="commitment" cellSx={MONO} render={(r) => (r.commitment ? `${String(r.commitment).slice(0, 16)}…` : '—')} />
        <DataTable.Col source="preparedAt" field={DateTimeField} cellSx={NOWRAP} />
        <DataTable.Col source="executedAt" field={DateTimeField} cellSx={NOWRAP} />
      </DataTable>
    </List>
  );
};
