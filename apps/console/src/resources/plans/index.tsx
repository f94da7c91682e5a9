import { reactRouterProvider } from 'react-admin';
import EventNoteIcon from '@mui/icons-material/EventNote';
import { PlanList } from './List';
import { PlanShow } from './Show';
import { PlanEdit } from './Edit';
import { PlanCreate } from './Create';
import { PlanConsolidated } from './Consolidated';

const { Route } = reactRouterProvider;

// 年度抽查工作计划: drafted by a department, approved by the joint office, then published.
export default {
  name: 'plans',
  list: PlanList,
  show: PlanShow,
  edit: PlanEdit,
  create: PlanCreate,
  icon: EventNoteIcon,
  recordRepresentation: 'name',
  children: <Route path="consolidated" element={<PlanConsolidated />} />,
};
