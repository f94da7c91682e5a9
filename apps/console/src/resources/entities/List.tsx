import { DataTable, List, NullableBooleanInput, NumberField, SearchInput, SelectField, SelectInput, TextField, useTranslate } from 'react-admin';
import { DepartmentInput } from '../../components/DepartmentInput';
import { FlagField } from '../../components/FlagField';
import { MONO } from '../../components/cells';
import { ListActions } from '../../components/ListActions';
import { RiskTierField } from '../../components/RiskTierField';
import { choices } from '../../labels';
import { seesAllDepartments, useMe } from '../../permissions';

export const EntityList = () => {
  const me = useMe();
  const translate = useTranslate();
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.entities.searchPlaceholder')} sx={{ minWidth: 260 }} />,
    <SelectInput key="riskTier" source="riskTier" choices={choices('riskTier')} alwaysOn />,
    <SelectInput key="kind" source="kind" choices={choices('entityKind')} alwaysOn />,
    <SelectInput key="status" source="status" choices={choices('entityStatus')} alwaysOn />,
    <NullableBooleanInput key="abnormalList" source="abnormalList" trueLabel="app.common.listed" falseLabel="app.common.notListed" nullLabel="app.common.all" alwaysOn />,
    ...(seesAllDepartments(me) ? [<DepartmentInput key="departmentId" alwaysOn />] : []),
  ];
  return (
    <List filters={filters} actions={<ListActions importable />} sort={{ field: 'id', order: 'DESC' }} perPage={25} empty={false}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="uscc" cellSx={MONO} />
        <DataTable.Col source="name">
          <TextField source="name" sx={{ fontWeight: 500 }} />
        </DataTable.Col>
        <DataTable.Col source="kind">
          <SelectField source="kind" choices={choices('entityKind')} />
        </DataTable.Col>
        <DataTable.Col source="status">
          <SelectField source="status" choices={choices('entityStatus')} />
        </DataTable.Col>
        <DataTable.Col source="legalRepresentative" label="app.entities.columns.legalRepresentative" />
        <DataTable.Col source="riskTier" label="app.entities.columns.riskTier">
          <RiskTierField />
        </DataTable.Col>
        <DataTable.Col source="abnormalList" label="app.entities.columns.abnormalList">
          <FlagField source="abnormalList" hideUnlisted />
        </DataTable.Col>
        <DataTable.Col source="complaintCount" label="app.entities.columns.complaintCount" align="right">
          <NumberField source="complaintCount" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
