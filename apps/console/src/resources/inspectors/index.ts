import BadgeIcon from '@mui/icons-material/Badge';
import { InspectorList } from './List';
import { InspectorShow } from './Show';
import { InspectorEdit } from './Edit';
import { InspectorCreate } from './Create';

// 执法检查人员名录库.
export default {
  name: 'inspectors',
  list: InspectorList,
  show: InspectorShow,
  edit: InspectorEdit,
  create: InspectorCreate,
  icon: BadgeIcon,
  recordRepresentation: 'name',
};
