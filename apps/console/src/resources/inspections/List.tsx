import { BooleanInput, DataTable, List, SearchInput, SelectInput, TextField, useTranslate } from 'react-admin';
import { MONO, NOWRAP } from '../../components/cells';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { DepartmentInput } from '../../components/DepartmentInput';
import { ListActions } from '../../components/ListActions';
import { choices } from '../../labels';
import { can, seesAllDepartments, useMe } from '../../permissions';
import { InspectionStatusField } from './InspectionStatusField';

/**
 * 检查记录. For a department admin it opens as the review queue (待审核); an inspector sees the
 * records of their own targets (the API narrows them).
 */
export const InspectionList = () => {
  const me = useMe();
  const translate = useTranslate();
  const reviewer = can(me, 'inspections', 'approve');
  const allDepartments = seesAllDepartments(me);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.entities.searchPlaceholder')} />,
    <SelectInput key="status" source="status" choices={choices('inspectionStatus')} alwaysOn />,
    <SelectInput key="outcome" source="outcome" choices={choices('outcome')} />,
    <BooleanInput key="latest" source="latest" label="app.inspections.latestOnly" alwaysOn />,
    ...(allDepartments ? [<DepartmentInput key="departmentId" alwaysOn />] : []),
  ];
  return (
    <List filters={filters} actions={<ListActions creatable={false} />} sort={{ field: 'id', order: 'DESC' }} perPage={25} empty={false}
      filterDefaultValues={reviewer ? { status: 'submitted', latest: true } : { latest: true }}
      title={reviewer ? translate('app.inspections.reviewQueue') : undefined}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="entityName"><TextField source="entityName" sx={{ fontWeight: 500 }} /></DataTable.Col>
        <DataTable.Col source="uscc" cellSx={MONO} />
        <DataTable.Col source="taskName" disableSort />
        {allDepartments && <DataTable.Col source="departmentId"><DepartmentField /></DataTable.Col>}
        <DataTable.Col source="inspectionDate" cellSx={NOWRAP} />
        <DataTable.Col source="outcome" render={(r) => (r.outcome ? translate(`enums.outcome.${r.outcome}`) : '—')} />
        <DataTable.Col source="version" cellSx={NOWRAP} render={(r) => translate('app.items.version', { version: r.version })} />
        <DataTable.Col source="status"><InspectionStatusField /></DataTable.Col>
        <DataTable.Col source="submittedAt" field={DateTimeField} cellSx={NOWRAP} />
      </DataTable>
    </List>
  );
};
