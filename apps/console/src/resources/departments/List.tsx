import { DataTable, List, SearchInput, TextField, useTranslate } from 'react-admin';
import { DateTimeField } from '../../components/DateTimeField';
import { MONO } from '../../components/cells';
import { ListActions } from '../../components/ListActions';
import { RatiosField } from './RatiosField';

export const DepartmentList = () => {
  const translate = useTranslate();
  return (
    <List filters={[<SearchInput key="q" source="q" alwaysOn placeholder={translate('app.common.searchPlaceholder')} />]} actions={<ListActions />} sort={{ field: 'id', order: 'ASC' }} perPage={50}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="code" cellSx={MONO} />
        <DataTable.Col source="name">
          <TextField source="name" sx={{ fontWeight: 500 }} />
        </DataTable.Col>
        <DataTable.Col source="defaultRatios" disableSort>
          <RatiosField />
        </DataTable.Col>
        <DataTable.Col source="createdAt" field={DateTimeField} />
      </DataTable>
    </List>
  );
};
