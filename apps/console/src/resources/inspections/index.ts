import AssignmentIcon from '@mui/icons-material/Assignment';
import { InspectionList } from './List';
import { InspectionShow } from './Show';
import { InspectionRecordEdit } from './RecordEdit';

// 检查记录 (一企一表): filled by the assigned inspectors, reviewed by a department admin who did not record it.
export default {
  name: 'inspections',
  list: InspectionList,
  show: InspectionShow,
  edit: InspectionRecordEdit,
  icon: AssignmentIcon,
  recordRepresentation: 'entityName',
};
