import { Button, DataTable, LinkBase, List, NumberInput, SelectInput, TextField, useTranslate } from 'react-admin';
import ViewModuleIcon from '@mui/icons-material/ViewModule';
import { NOWRAP } from '../../components/cells';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { ListActions } from '../../components/ListActions';
import { choices } from '../../labels';
import { PlanStatusField } from './PlanStatusField';
import { useListFilters } from '../../components/useListFilters';

/** 年度汇总: every department's plans of a year side by side (the joint office's view). */
const ConsolidatedButton = () => (
  <Button label="app.plans.consolidated" component={LinkBase} to="/plans/consolidated" data-testid="plans-consolidated">
    <ViewModuleIcon />
  </Button>
);

export const PlanList = () => {
  const translate = useTranslate();
  const { filters, allDepartments } = useListFilters(
    <NumberInput key="year" source="year" alwaysOn min={2000} max={2100} sx={{ width: 120 }} />,
    <SelectInput key="status" source="status" choices={choices('planStatus')} alwaysOn />,
  );
  return (
    <List filters={filters} actions={<ListActions extra={<ConsolidatedButton />} />} sort={{ field: 'id', order: 'DESC' }} perPage={25} empty={false}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="year" cellSx={NOWRAP} />
        <DataTable.Col source="name">
          <TextField source="name" sx={{ fontWeight: 500 }} />
        </DataTable.Col>
        {allDepartments && (
          <DataTable.Col source="departmentId">
            <DepartmentField />
          </DataTable.Col>
        )}
        <DataTable.Col source="itemIds" disableSort render={(r) => translate('app.plans.itemsCount', { smart_count: (r.itemIds ?? []).length })} cellSx={NOWRAP} />
        <DataTable.Col source="version" cellSx={NOWRAP} render={(r) => translate('app.items.version', { version: r.version })} />
        <DataTable.Col source="status">
          <PlanStatusField />
        </DataTable.Col>
        <DataTable.Col source="updatedAt" field={DateTimeField} cellSx={NOWRAP} />
      </DataTable>
    </List>
  );
};
