import { Create } from 'react-admin';
import { DepartmentForm } from './DepartmentForm';

export const DepartmentCreate = () => (
  <Create redirect="show" transform={(d: { code?: string; name?: string; defaultRatios?: unknown }) => ({ code: d.code, name: d.name, defaultRatios: d.defaultRatios })}>
    <DepartmentForm create />
  </Create>
);
