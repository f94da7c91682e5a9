import { Edit } from 'react-admin';
import { DepartmentForm } from './DepartmentForm';

export const DepartmentEdit = () => (
  <Edit mutationMode="pessimistic" redirect="show" transform={(d: { name?: string; defaultRatios?: unknown }) => ({ name: d.name, defaultRatios: d.defaultRatios })}>
    <DepartmentForm />
  </Edit>
);
