import { DataTable, DeleteButton, List, NumberInput, SelectInput, useTranslate } from 'react-admin';
import { Alert, Box } from '@mui/material';
import { NOWRAP } from '../../components/cells';
import { EnumChipField } from '../../components/EnumChipField';
import { ListActions } from '../../components/ListActions';
import { CALENDAR_KIND_COLOR, choices } from '../../labels';
import { can, useMe } from '../../permissions';
import { CalendarDue } from './CalendarDue';

const WEEKDAY = ['日', '一', '二', '三', '四', '五', '六'];

/** 工作日历: the year's 法定节假日 and 调休上班日, from which every publication deadline is counted. */
export const CalendarList = () => {
  const me = useMe();
  const translate = useTranslate();
  const filters = [
    <NumberInput key="year" source="year" alwaysOn min={2000} max={2100} sx={{ width: 120 }} />,
    <SelectInput key="kind" source="kind" choices={choices('calendarKind')} alwaysOn />,
  ];
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'day', order: 'ASC' }} perPage={100} empty={false}
      filterDefaultValues={{ year: new Date().getFullYear() }}>
      <Box sx={{ mx: 2 }}><CalendarDue /></Box>
      <Alert severity="info" sx={{ m: 2 }}>{translate('app.calendar.hint')}</Alert>
      <DataTable rowClick={can(me, 'calendar', 'update') ? 'edit' : false} bulkActionButtons={false}>
        <DataTable.Col source="day" cellSx={NOWRAP} render={(r) => `${r.day}（${translate('app.calendar.weekday', { day: WEEKDAY[new Date(`${r.day}T00:00:00`).getDay()] })}）`} />
        <DataTable.Col source="kind"><EnumChipField source="kind" name="calendarKind" colors={CALENDAR_KIND_COLOR} /></DataTable.Col>
        <DataTable.Col source="name" />
        {can(me, 'calendar', 'delete') && <DataTable.Col label="ra.action.delete" disableSort><DeleteButton mutationMode="pessimistic" /></DataTable.Col>}
      </DataTable>
    </List>
  );
};
