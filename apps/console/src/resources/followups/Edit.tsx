import { CheckboxGroupInput, DateInput, Edit, FunctionField, Labeled, SimpleForm, TextField, TextInput, useTranslate } from 'react-admin';
import { Alert, Box } from '@mui/material';
import { FOLLOWUP_MEASURES } from '@sxgk/core/outcomes';

const MEASURE_CHOICES = FOLLOWUP_MEASURES.map((m) => ({ id: m, name: `enums.followupMeasure.${m}` }));

/** 处置措施, deadline and recheck; closing is a separate step (办结) from the list. */
export const FollowupEdit = () => {
  const translate = useTranslate();
  return (
    <Edit mutationMode="pessimistic" redirect="list"
      transform={(d) => ({ measures: d.measures ?? [], deadline: d.deadline || null, recheckDate: d.recheckDate || null, recheckResult: d.recheckResult || null })}>
      <SimpleForm>
        <Box sx={{ display: 'flex', gap: 4, flexWrap: 'wrap' }}>
          <Labeled source="entityName"><TextField source="entityName" /></Labeled>
          <Labeled source="outcome"><FunctionField render={(r) => translate(`enums.outcome.${r.outcome}`)} /></Labeled>
        </Box>
        <Alert severity="info" sx={{ my: 1 }}>{translate('app.followups.editHint')}</Alert>
        <CheckboxGroupInput source="measures" choices={MEASURE_CHOICES} />
        <DateInput source="deadline" />
        <DateInput source="recheckDate" />
        <TextInput source="recheckResult" multiline minRows={2} fullWidth />
      </SimpleForm>
    </Edit>
  );
};
