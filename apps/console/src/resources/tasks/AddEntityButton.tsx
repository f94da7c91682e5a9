import { useState } from 'react';
import {
  AutocompleteInput, Button, Form, ReferenceInput, SaveButton, SelectInput, TextInput, required, useDataProvider, useNotify,
  useRecordContext, useTranslate,
} from 'react-admin';
import { Alert, Box, Dialog, DialogContent, DialogTitle } from '@mui/material';
import AddLocationAltIcon from '@mui/icons-material/AddLocationAlt';
import type { AppDataProvider } from '../../dataProvider';
import { choices } from '../../labels';
import { can, useMe } from '../../permissions';
import { entityLabel } from '../../components/display';


/** 添加对象: an entity put into the task's candidates by hand, with the reason (投诉举报, 转办移送, 风险预警). */
export const AddEntityButton = ({ onAdded }: { onAdded: () => void }) => {
  const record = useRecordContext();
  const me = useMe();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  if (!record || record.drawId != null || !can(me, 'tasks', 'update')) return null;

  const submit = async (values: Record<string, unknown>) => {
    try {
      await dataProvider.addTaskEntity(record.id, { entityId: Number(values.entityId), reason: String(values.reason), note: String(values.note ?? '').trim() });
      notify('app.tasks.entityAdded', { type: 'success' });
      setOpen(false);
      onAdded();
    } catch (e) {
      // 422 {field: 'entityId'}: the server's words under the picker
      return (e as { body?: { errors?: Record<string, unknown> } }).body?.errors ?? { root: { serverError: (e as Error).message } };
    }
  };

  return (
    <>
      <Button label="app.tasks.addEntity" onClick={() => setOpen(true)} data-testid="task-add-entity"><AddLocationAltIcon /></Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="sm">
        <DialogTitle>{translate('app.tasks.addEntityTitle')}</DialogTitle>
        <DialogContent dividers>
          <Alert severity="info" sx={{ mb: 2 }}>{translate('app.tasks.additionHint')}</Alert>
          <Form onSubmit={submit} defaultValues={{ reason: 'complaint' }}>
            <Box sx={{ display: 'grid', gap: 1 }}>
              <ReferenceInput source="entityId" reference="entities" perPage={20} sort={{ field: 'name', order: 'ASC' }}>
                <AutocompleteInput label="app.inspectors.entityPicker" optionText={entityLabel} filterToQuery={(q: string) => ({ q })} validate={required()} />
              </ReferenceInput>
              <SelectInput source="reason" resource="targets" label="resources.targets.fields.addedReason" choices={choices('additionReason')} validate={required()} />
              <TextInput source="note" label="app.tasks.note" multiline minRows={2} />
              <Box sx={{ display: 'flex', justifyContent: 'flex-end' }}><SaveButton label="app.tasks.addEntity" alwaysEnable /></Box>
            </Box>
          </Form>
        </DialogContent>
      </Dialog>
    </>
  );
};
