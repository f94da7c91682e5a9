import { DataTable, List, SelectField, SelectInput, TextField, useTranslate } from 'react-admin';
import { NOWRAP } from '../../components/cells';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { ItemStatusField } from '../../components/ItemStatusField';
import { ListActions } from '../../components/ListActions';
import { choices } from '../../labels';
import { canWrite, useMe } from '../../permissions';
import { BulkPublishButton } from './BulkPublishButton';
import { EditDraftButton } from './DraftButtons';
import { useListFilters } from '../../components/useListFilters';

export const ItemList = () => {
  const me = useMe();
  const translate = useTranslate();
  const { filters, allDepartments } = useListFilters(
    <SelectInput key="status" source="status" choices={choices('itemStatus')} alwaysOn />,
    <SelectInput key="itemType" source="itemType" choices={choices('itemType')} alwaysOn />,
  );
  return (
    <List filters={filters} actions={<ListActions importable />} sort={{ field: 'id', order: 'DESC' }} perPage={25} empty={false}>
      <DataTable rowClick="show" bulkActionButtons={canWrite(me, 'items') ? <BulkPublishButton /> : false}>
        <DataTable.Col source="seq" />
        <DataTable.Col source="name">
          <TextField source="name" sx={{ fontWeight: 500 }} />
        </DataTable.Col>
        <DataTable.Col source="category" />
        <DataTable.Col source="itemType" cellSx={NOWRAP}>
          <SelectField source="itemType" choices={choices('itemType')} />
        </DataTable.Col>
        {allDepartments && (
          <DataTable.Col source="departmentId">
            <DepartmentField />
          </DataTable.Col>
        )}
        <DataTable.Col source="version" cellSx={NOWRAP} render={(r) => translate('app.items.version', { version: r.version })} />
        <DataTable.Col source="status">
          <ItemStatusField />
        </DataTable.Col>
        <DataTable.Col source="updatedAt" field={DateTimeField} cellSx={NOWRAP} />
        <DataTable.Col label="" disableSort>
          <EditDraftButton />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
