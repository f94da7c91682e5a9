import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import { AuditList } from './List';
import { AuditShow } from './Show';

// 审计日志: read-only, platform admins only.
export default {
  name: 'audit',
  list: AuditList,
  show: AuditShow,
  icon: HistoryEduIcon,
  recordRepresentation: (r: { id: string | number }) => `#${r.id}`,
};
