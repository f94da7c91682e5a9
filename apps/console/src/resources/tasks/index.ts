import AssignmentIcon from '@mui/icons-material/Assignment';
import { TaskList } from './List';
import { TaskShow } from './Show';
import { TaskEdit } from './Edit';
import { TaskCreate } from './Create';

// 抽查任务: from a published plan or 临时, single-department or joint; its draws hang off its page.
export default {
  name: 'tasks',
  list: TaskList,
  show: TaskShow,
  edit: TaskEdit,
  create: TaskCreate,
  icon: AssignmentIcon,
  recordRepresentation: 'name',
};
