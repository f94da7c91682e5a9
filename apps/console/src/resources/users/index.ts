import PeopleIcon from '@mui/icons-material/People';
import { UserList } from './List';
import { UserShow } from './Show';
import { UserEdit } from './Edit';
import { UserCreate } from './Create';

// 用户账号: created and changed by the platform admin; department admins see their own.
export default {
  name: 'users',
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  icon: PeopleIcon,
  recordRepresentation: 'username',
};
