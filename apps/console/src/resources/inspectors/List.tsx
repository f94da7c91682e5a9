import { BooleanField, DataTable, List, NullableBooleanInput, SearchInput, TextArrayField, TextField, TextInput, useTranslate } from 'react-admin';
import { DepartmentField } from '../../components/DepartmentField';
import { DepartmentInput } from '../../components/DepartmentInput';
import { MONO } from '../../components/cells';
import { ListActions } from '../../components/ListActions';
import { seesAllDepartments, useMe } from '../../permissions';
import { CertificateDateField } from './CertificateDateField';

export const InspectorList = () => {
  const me = useMe();
  const translate = useTranslate();
  const allDepartments = seesAllDepartments(me);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.inspectors.searchPlaceholder')} sx={{ minWidth: 240 }} />,
    <TextInput key="fields" source="fields" alwaysOn helperText={false} />,
    <NullableBooleanInput key="active" source="active" nullLabel="app.common.all" alwaysOn />,
    ...(allDepartments ? [<DepartmentInput key="departmentId" alwaysOn />] : []),
  ];
  return (
    <List filters={filters} actions={<ListActions importable />} sort={{ field: 'id', order: 'ASC' }} perPage={25} empty={false}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name">
          <TextField source="name" sx={{ fontWeight: 500 }} />
        </DataTable.Col>
        <DataTable.Col source="position" />
        <DataTable.Col source="certificateNo" cellSx={MONO} />
        <DataTable.Col source="certificateValidUntil">
          <CertificateDateField />
        </DataTable.Col>
        <DataTable.Col source="fields" disableSort>
          <TextArrayField source="fields" />
        </DataTable.Col>
        <DataTable.Col source="expertise" disableSort>
          <TextArrayField source="expertise" />
        </DataTable.Col>
        {allDepartments && (
          <DataTable.Col source="departmentId">
            <DepartmentField />
          </DataTable.Col>
        )}
        <DataTable.Col source="active">
          <BooleanField source="active" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
