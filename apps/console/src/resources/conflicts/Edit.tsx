import { Edit } from 'react-admin';
import { ConflictForm } from './ConflictForm';

export const ConflictEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={(data: { reason?: string }) => ({ reason: (data.reason ?? '').trim() })}>
    <ConflictForm />
  </Edit>
);
