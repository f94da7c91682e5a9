import { Edit, ShowButton, TopToolbar } from 'react-admin';
import { Divider } from '@mui/material';
import { toPayload } from '../../payload';
import { ConflictsPanel } from './ConflictsPanel';
import { InspectorForm, INSPECTOR_FIELDS } from './InspectorForm';

const InspectorEditActions = () => (
  <TopToolbar>
    <ShowButton />
  </TopToolbar>
);

export const InspectorEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    actions={<InspectorEditActions />}
    transform={(data: Record<string, unknown>) => {
      const { departmentId: _departmentId, ...fields } = INSPECTOR_FIELDS;
      return toPayload(data, fields);
    }}
  >
    <InspectorForm />
    <Divider sx={{ mb: 2 }} />
    <ConflictsPanel />
  </Edit>
);
