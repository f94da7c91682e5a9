import { Edit } from 'react-admin';
import { toPayload } from '../../payload';
import { EntityForm, ENTITY_FIELDS } from './EntityForm';

export const EntityEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    transform={(data: Record<string, unknown>) => {
      const { departmentId: _departmentId, ...fields } = ENTITY_FIELDS;
      return toPayload(data, fields);
    }}
  >
    <EntityForm />
  </Edit>
);
