import { Create, DateInput, Edit, SelectInput, SimpleForm, TextInput, required, useTranslate } from 'react-admin';
import { Alert } from '@mui/material';
import { choices } from '../../labels';

const CalendarForm = () => {
  const translate = useTranslate();
  return (
    <SimpleForm>
      <Alert severity="info" sx={{ mb: 2 }}>{translate('app.calendar.formHint')}</Alert>
      <DateInput source="day" validate={required()} />
      <SelectInput source="kind" choices={choices('calendarKind')} validate={required()} />
      <TextInput source="name" helperText="app.calendar.nameHint" />
    </SimpleForm>
  );
};

export const CalendarCreate = () => <Create redirect="list"><CalendarForm /></Create>;
export const CalendarEdit = () => (
  <Edit mutationMode="pessimistic" redirect="list" transform={({ day, kind, name }) => ({ day, kind, name })}><CalendarForm /></Edit>
);
