import CasinoIcon from '@mui/icons-material/Casino';
import { DrawList } from './List';
import { DrawShow } from './Show';

// 抽取: read-only records; the show page is the ceremony screen (execute, progress, result, verify).
export default {
  name: 'draws',
  list: DrawList,
  show: DrawShow,
  icon: CasinoIcon,
  recordRepresentation: (r: { id: number; taskName?: string }) => `#${r.id} ${r.taskName ?? ''}`,
};
