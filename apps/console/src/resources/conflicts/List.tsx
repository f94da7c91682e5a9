import { DataTable, List, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { MONO } from '../../components/cells';
import { ListActions } from '../../components/ListActions';
import { useListFilters } from '../../components/useListFilters';

export const ConflictList = () => {
  const { filters, allDepartments } = useListFilters();
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="inspectorName">
          <TextField source="inspectorName" sx={{ fontWeight: 500 }} />
        </DataTable.Col>
        <DataTable.Col source="entityName" />
        <DataTable.Col source="entityUscc" cellSx={MONO} />
        <DataTable.Col source="reason" />
        {allDepartments && (
          <DataTable.Col source="departmentId">
            <DepartmentField />
          </DataTable.Col>
        )}
        <DataTable.Col source="createdAt" field={DateTimeField} />
      </DataTable>
    </List>
  );
};
