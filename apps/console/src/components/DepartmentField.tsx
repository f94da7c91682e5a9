import { ReferenceField, TextField } from 'react-admin';

/** The department's name, from departmentId. */
export const DepartmentField = ({ source = 'departmentId' }: { source?: string; label?: string }) => (
  <ReferenceField source={source} reference="departments" link={false} emptyText="—">
    <TextField source="name" />
  </ReferenceField>
);
