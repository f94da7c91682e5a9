import BlockIcon from '@mui/icons-material/DoNotDisturbOn';
import { ConflictList } from './List';
import { ConflictShow } from './Show';
import { ConflictEdit } from './Edit';
import { ConflictCreate } from './Create';

// 回避: an inspector's declared interest in an entity, kept out of that entity's inspections.
export default {
  name: 'conflicts',
  list: ConflictList,
  show: ConflictShow,
  edit: ConflictEdit,
  create: ConflictCreate,
  icon: BlockIcon,
  recordRepresentation: (r: { inspectorName?: string; entityName?: string }) => `${r.inspectorName ?? ''} — ${r.entityName ?? ''}`,
};
