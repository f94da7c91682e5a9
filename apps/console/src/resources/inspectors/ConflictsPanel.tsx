import { useState } from 'react';
import {
  AutocompleteInput, DataTable, DeleteButton, Form, ReferenceInput, ReferenceManyField, SaveButton, TextField, TextInput,
  required, useCreate, useNotify, useRecordContext, useRefresh, useTranslate,
} from 'react-admin';
import { Box, Typography } from '@mui/material';
import { MONO } from '../../components/cells';
import { DateTimeField } from '../../components/DateTimeField';
import { canWrite, useMe } from '../../permissions';
import { entityLabel } from '../../components/display';


/** 登记回避: an entity picked by name or credit code, and the reason. */
const AddConflict = ({ inspectorId }: { inspectorId: number | string }) => {
  const [create, { isPending }] = useCreate();
  const notify = useNotify();
  const refresh = useRefresh();
  const translate = useTranslate();
  const [round, setRound] = useState(0); // a new round empties the form
  const submit = (values: Record<string, unknown>) =>
    create('conflicts', { data: { inspectorId: Number(inspectorId), entityId: Number(values.entityId), reason: String(values.reason ?? '').trim() } }, {
      onSuccess: () => {
        notify('app.inspectors.conflictAdded', { type: 'success' });
        setRound((r) => r + 1);
        refresh();
      },
      onError: (e) => notify((e as Error).message, { type: 'error' }),
    });
  return (
    <Form onSubmit={submit} key={`${inspectorId}-${round}`}>
      <Box data-testid="add-conflict" sx={{ display: 'grid', gap: 2, alignItems: 'start', gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 3fr) minmax(0, 3fr) auto' }, p: 2, bgcolor: '#f7f9fc', border: '1px solid #e3e8f0', borderRadius: 1 }}>
        <ReferenceInput source="entityId" reference="entities" perPage={20} sort={{ field: 'name', order: 'ASC' }}>
          <AutocompleteInput
            label={translate('app.inspectors.entityPicker')}
            optionText={entityLabel}
            filterToQuery={(q: string) => ({ q })}
            validate={required()}
            helperText={false}
          />
        </ReferenceInput>
        <TextInput source="reason" resource="conflicts" validate={required()} helperText={false} />
        <SaveButton label="app.inspectors.addConflict" disabled={isPending} sx={{ mt: 1 }} />
      </Box>
    </Form>
  );
};

/** An inspector's 回避登记, with the form to add one for roles that can write. */
export const ConflictsPanel = () => {
  const record = useRecordContext();
  const me = useMe();
  const translate = useTranslate();
  if (!record) return null;
  const writer = canWrite(me, 'conflicts');
  return (
    <Box sx={{ px: 3, pb: 3 }} data-testid="inspector-conflicts">
      <Typography variant="subtitle1" sx={{ fontWeight: 700, color: 'primary.main', mb: 1 }}>{translate('app.inspectors.conflicts')}</Typography>
      <ReferenceManyField reference="conflicts" target="inspectorId" sort={{ field: 'createdAt', order: 'DESC' }} perPage={100}
        empty={<Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('app.inspectors.noConflicts')}</Typography>}>
        <DataTable bulkActionButtons={false} rowClick={false} sx={{ mb: 2 }}>
          <DataTable.Col source="entityName" />
          <DataTable.Col source="entityUscc" cellSx={MONO} />
          <DataTable.Col source="reason">
            <TextField source="reason" />
          </DataTable.Col>
          <DataTable.Col source="createdAt" field={DateTimeField} />
          {writer && (
            <DataTable.Col label="" disableSort>
              <DeleteButton mutationMode="pessimistic" redirect={false} />
            </DataTable.Col>
          )}
        </DataTable>
      </ReferenceManyField>
      {writer && <AddConflict inspectorId={record.id} />}
    </Box>
  );
};
