import { Create } from 'react-admin';
import { toPayload } from '../../payload';
import { UserForm, USER_FIELDS } from './UserForm';

export const UserCreate = () => (
  <Create redirect="show" transform={(data: Record<string, unknown>) => toPayload(data, USER_FIELDS)}>
    <UserForm create />
  </Create>
);
