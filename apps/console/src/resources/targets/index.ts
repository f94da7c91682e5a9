import FactCheckIcon from '@mui/icons-material/FactCheck';
import { TargetList } from './List';

// 抽中对象 (read-only); an inspector's 我的检查任务.
export default {
  name: 'targets',
  list: TargetList,
  icon: FactCheckIcon,
  recordRepresentation: 'entityName',
};
