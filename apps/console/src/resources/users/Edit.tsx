import { Edit } from 'react-admin';
import { toPayload } from '../../payload';
import { UserForm, USER_FIELDS } from './UserForm';

export const UserEdit = () => (
  <Edit
    mutationMode="pessimistic"
    redirect="show"
    transform={(data: Record<string, unknown>) => {
      const { username: _username, ...fields } = USER_FIELDS;
      return toPayload(data, fields);
    }}
  >
    <UserForm />
  </Edit>
);
