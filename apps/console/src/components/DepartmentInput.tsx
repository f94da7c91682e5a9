import { ReferenceInput, SelectInput, type Validator } from 'react-admin';

/** A department picker over /api/departments. */
export const DepartmentInput = ({ source = 'departmentId', alwaysOn, validate, label }: { source?: string; alwaysOn?: boolean; validate?: Validator | Validator[]; label?: string }) => (
  <ReferenceInput source={source} reference="departments" sort={{ field: 'id', order: 'ASC' }} perPage={200} alwaysOn={alwaysOn}>
    <SelectInput optionText="name" validate={validate} label={label} />
  </ReferenceInput>
);
