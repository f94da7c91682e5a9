import StoreIcon from '@mui/icons-material/Store';
import { EntityList } from './List';
import { EntityShow } from './Show';
import { EntityEdit } from './Edit';
import { EntityCreate } from './Create';

// 检查对象名录库.
export default {
  name: 'entities',
  list: EntityList,
  show: EntityShow,
  edit: EntityEdit,
  create: EntityCreate,
  icon: StoreIcon,
  recordRepresentation: 'name',
};
