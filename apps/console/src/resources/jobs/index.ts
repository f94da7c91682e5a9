import WorkHistoryIcon from '@mui/icons-material/WorkHistory';
import { JobList } from './List';

// 后台任务: imports, exports and draws a user may follow, long after the dialog that started them closed.
export default {
  name: 'jobs',
  list: JobList,
  icon: WorkHistoryIcon,
};
