import ChecklistIcon from '@mui/icons-material/Checklist';
import { ItemList } from './List';
import { ItemShow } from './Show';
import { ItemEdit } from './Edit';
import { ItemCreate } from './Create';

// 随机抽查事项清单.
export default {
  name: 'items',
  list: ItemList,
  show: ItemShow,
  edit: ItemEdit,
  create: ItemCreate,
  icon: ChecklistIcon,
  recordRepresentation: 'name',
};
