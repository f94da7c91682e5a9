import { BooleanField, DataTable, List, TextField, useTranslate } from 'react-admin';
import { NOWRAP } from '../../components/cells';
import { DepartmentField } from '../../components/DepartmentField';
import { ListActions } from '../../components/ListActions';
import { DrawStatusField } from './DrawStatusField';
import { useListFilters } from '../../components/useListFilters';

export const TaskList = () => {
  const translate = useTranslate();
  const { filters, allDepartments } = useListFilters();
  return (
    // no /api/tasks/export exists, whatever the export grant says
    <List filters={filters} actions={<ListActions />} sort={{ field: 'id', order: 'DESC' }} perPage={25} empty={false}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="name">
          <TextField source="name" sx={{ fontWeight: 500 }} />
        </DataTable.Col>
        {allDepartments && (
          <DataTable.Col source="departmentId">
            <DepartmentField />
          </DataTable.Col>
        )}
        <DataTable.Col source="departmentIds" disableSort render={(r) => ((r.departmentIds ?? []).length > 1 ? translate('app.tasks.jointShort', { smart_count: r.departmentIds.length }) : translate('app.tasks.single'))} cellSx={NOWRAP} />
        <DataTable.Col source="adHoc"><BooleanField source="adHoc" /></DataTable.Col>
        <DataTable.Col source="directed" render={(r) => translate(r.directed ? 'app.tasks.directedShort' : 'app.tasks.undirectedShort')} cellSx={NOWRAP} />
        <DataTable.Col source="inspectorsPerEntity" align="right" />
        <DataTable.Col source="startDate" cellSx={NOWRAP} />
        <DataTable.Col source="drawStatus" disableSort>
          <DrawStatusField source="drawStatus" emptyText="—" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
