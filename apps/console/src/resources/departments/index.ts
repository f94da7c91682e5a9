import ApartmentIcon from '@mui/icons-material/Apartment';
import { DepartmentList } from './List';
import { DepartmentShow } from './Show';
import { DepartmentEdit } from './Edit';
import { DepartmentCreate } from './Create';

// 部门: the tenants; only a platform admin changes them.
export default {
  name: 'departments',
  list: DepartmentList,
  show: DepartmentShow,
  edit: DepartmentEdit,
  create: DepartmentCreate,
  icon: ApartmentIcon,
  recordRepresentation: 'name',
};
