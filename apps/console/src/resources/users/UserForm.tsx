import { BooleanInput, FormDataConsumer, PasswordInput, ReferenceInput, SelectInput, SimpleForm, TextInput, regex, required } from 'react-admin';
import { strongPassword } from '../../account/strongPassword';
import { Box } from '@mui/material';
import { DepartmentInput } from '../../components/DepartmentInput';
import { choices } from '../../labels';
import type { FieldKind } from '../../payload';

/** What POST/PUT /api/users accept. */
export const USER_FIELDS: Record<string, FieldKind> = {
  username: 'text', displayName: 'text', password: 'optional', role: 'optional', departmentId: 'id', inspectorId: 'id', active: 'value',
};

const USERNAME = regex(/^[a-z0-9][a-z0-9._-]{1,31}$/, 'app.validation.username');
const DEPARTMENT_ROLES = ['dept_admin', 'inspector'];
const STRONG = (value: string, values: { username?: string }) => strongPassword(value, values.username ?? '');

export const UserForm = ({ create = false }: { create?: boolean }) => (
  <SimpleForm defaultValues={create ? { role: 'dept_admin', active: true, departmentId: null, inspectorId: null } : undefined}>
    <Box sx={{ width: '100%', display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>
      <TextInput source="username" validate={[required(), USERNAME]} readOnly={!create} />
      <TextInput source="displayName" validate={required()} />
      {create ? (
        <PasswordInput source="password" helperText="app.users.initialPasswordHint" validate={[required(), STRONG]} />
      ) : (
        <PasswordInput source="password" label="app.users.newPassword" helperText="app.users.passwordHint" validate={STRONG} />
      )}
      <SelectInput source="role" choices={choices('role')} validate={required()} />
      <FormDataConsumer>
        {({ formData }) => DEPARTMENT_ROLES.includes(formData.role) ? (
          <>
            <DepartmentInput validate={required()} />
            {formData.role === 'inspector' && (
              <ReferenceInput source="inspectorId" reference="inspectors" filter={formData.departmentId ? { departmentId: formData.departmentId } : {}} perPage={200} sort={{ field: 'name', order: 'ASC' }}>
                <SelectInput optionText={(i: { name: string; certificateNo: string }) => `${i.name}（${i.certificateNo}）`} />
              </ReferenceInput>
            )}
          </>
        ) : <DepartmentInput />}
      </FormDataConsumer>
      <BooleanInput source="active" />
    </Box>
  </SimpleForm>
);
