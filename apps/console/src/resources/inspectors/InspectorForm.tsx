import { BooleanInput, DateInput, SimpleForm, TextArrayInput, TextInput, regex, required } from 'react-admin';
import { Box } from '@mui/material';
import { DepartmentInput } from '../../components/DepartmentInput';
import type { FieldKind } from '../../payload';
import { useMe } from '../../permissions';

/** What POST/PUT /api/inspectors accept. */
export const INSPECTOR_FIELDS: Record<string, FieldKind> = {
  departmentId: 'optional', name: 'text', position: 'text', certificateNo: 'text', certificateValidUntil: 'nullable',
  expertise: 'list', fields: 'list', active: 'value',
};

const CERTIFICATE = regex(/^[0-9A-Za-z-]{1,32}$/, 'app.validation.certificateNo');

export const InspectorForm = ({ create = false }: { create?: boolean }) => {
  const me = useMe();
  return (
    <SimpleForm defaultValues={create ? { active: true, expertise: [], fields: [] } : undefined}>
      <Box sx={{ width: '100%', display: 'grid', columnGap: 2, gridTemplateColumns: { xs: '1fr', md: 'repeat(2, minmax(0, 1fr))' } }}>
        {create && me?.role === 'platform_admin' && <DepartmentInput validate={required()} />}
        <TextInput source="name" validate={required()} />
        <TextInput source="position" />
        <TextInput source="certificateNo" validate={[required(), CERTIFICATE]} />
        <DateInput source="certificateValidUntil" />
        <TextArrayInput source="fields" helperText={false} />
        <TextArrayInput source="expertise" helperText={false} />
        <BooleanInput source="active" />
      </Box>
    </SimpleForm>
  );
};
