import { BooleanField, DataTable, List, NullableBooleanInput, NumberField, ReferenceField, SelectField, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { MONO } from '../../components/cells';
import { ListActions } from '../../components/ListActions';
import { choices } from '../../labels';
import { LockedUntilField } from './LockedUntilField';
import { useListFilters } from '../../components/useListFilters';

export const UserList = () => {
  const { filters } = useListFilters(
    <SelectInput key="role" source="role" choices={choices('role')} alwaysOn />,
    <NullableBooleanInput key="active" source="active" nullLabel="app.common.all" alwaysOn />,
  );
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="username" cellSx={MONO} />
        <DataTable.Col source="displayName">
          <TextField source="displayName" sx={{ fontWeight: 500 }} />
        </DataTable.Col>
        <DataTable.Col source="role">
          <SelectField source="role" choices={choices('role')} />
        </DataTable.Col>
        <DataTable.Col source="departmentId">
          <DepartmentField />
        </DataTable.Col>
        <DataTable.Col source="inspectorId">
          <ReferenceField source="inspectorId" reference="inspectors" emptyText="—"><TextField source="name" /></ReferenceField>
        </DataTable.Col>
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
        <DataTable.Col source="failedLogins" align="right">
          <NumberField source="failedLogins" />
        </DataTable.Col>
        <DataTable.Col source="lockedUntil">
          <LockedUntilField />
        </DataTable.Col>
        <DataTable.Col source="mustChangePassword">
          <BooleanField source="mustChangePassword" />
        </DataTable.Col>
        <DataTable.Col source="createdAt" field={DateTimeField} />
      </DataTable>
    </List>
  );
};
