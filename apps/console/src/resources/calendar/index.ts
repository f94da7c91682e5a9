import CalendarMonthIcon from '@mui/icons-material/CalendarMonth';
import { CalendarList } from './List';
import { CalendarCreate, CalendarEdit } from './Form';

// 工作日历 (platform admins maintain it; everyone reads it).
export default {
  name: 'calendar',
  list: CalendarList,
  create: CalendarCreate,
  edit: CalendarEdit,
  icon: CalendarMonthIcon,
  recordRepresentation: 'day',
};
