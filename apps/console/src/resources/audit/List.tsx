import { DataTable, List, SearchInput, SelectField, SelectInput, TextField, TextInput, useTranslate } from 'react-admin';
import { Alert } from '@mui/material';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { ListActions } from '../../components/ListActions';
import { choices } from '../../labels';

export const AuditList = () => {
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.common.searchPlaceholder')} />,
    <SelectInput key="action" source="action" choices={choices('auditAction')} alwaysOn />,
    <SelectInput key="resource" source="resource" choices={choices('auditResource')} alwaysOn />,
    <TextInput key="actorUsername" source="actorUsername" alwaysOn helperText={false} />,
  ];
  return (
    <List filters={filters} actions={<ListActions creatable={false} />} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
      <Alert severity="info" sx={{ borderRadius: 0 }}>{translate('app.audit.chainHint')}</Alert>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="at" field={DateTimeField} />
        <DataTable.Col source="actorUsername">
          <TextField source="actorUsername" emptyText="—" sx={{ fontFamily: 'monospace' }} />
        </DataTable.Col>
        <DataTable.Col source="actorRole">
          <SelectField source="actorRole" choices={choices('role')} emptyText="—" />
        </DataTable.Col>
        <DataTable.Col source="action">
          <SelectField source="action" choices={choices('auditAction')} />
        </DataTable.Col>
        <DataTable.Col source="resource">
          <SelectField source="resource" choices={choices('auditResource')} />
        </DataTable.Col>
        <DataTable.Col source="recordId" />
        <DataTable.Col source="departmentId">
          <DepartmentField />
        </DataTable.Col>
        <DataTable.Col source="ip" />
      </DataTable>
    </List>
  );
};
