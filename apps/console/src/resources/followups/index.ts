import PendingActionsIcon from '@mui/icons-material/PendingActions';
import { FollowupList } from './List';
import { FollowupEdit } from './Edit';

// 后续处置 inbox.
export default {
  name: 'followups',
  list: FollowupList,
  edit: FollowupEdit,
  icon: PendingActionsIcon,
  recordRepresentation: 'entityName',
};
