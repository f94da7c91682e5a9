import { BooleanField, DeleteButton, EditButton, Labeled, NumberField, ReferenceField, SelectField, Show, TextField, TopToolbar } from 'react-admin';
import { Box } from '@mui/material';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { Section } from '../../components/Section';
import { choices } from '../../labels';
import { LockedUntilField } from './LockedUntilField';
import { UnlockButton } from './UnlockButton';

export const UserShow = () => (
  <Show actions={<TopToolbar><UnlockButton /><EditButton /><DeleteButton mutationMode="pessimistic" /></TopToolbar>}>
    <Box sx={{ p: 3 }}>
      <Section title="resources.users.name">
        <Labeled source="username"><TextField source="username" sx={{ fontFamily: 'monospace' }} /></Labeled>
        <Labeled source="displayName"><TextField source="displayName" /></Labeled>
        <Labeled source="role"><SelectField source="role" choices={choices('role')} /></Labeled>
        <Labeled source="departmentId"><DepartmentField /></Labeled>
        <Labeled source="inspectorId">
          <ReferenceField source="inspectorId" reference="inspectors" link="show" emptyText="—"><TextField source="name" /></ReferenceField>
        </Labeled>
        <Labeled source="active"><BooleanField source="active" /></Labeled>
        <Labeled source="failedLogins"><NumberField source="failedLogins" /></Labeled>
        <Labeled source="lockedUntil"><LockedUntilField /></Labeled>
        <Labeled source="mustChangePassword"><BooleanField source="mustChangePassword" /></Labeled>
        <Labeled source="passwordChangedAt"><DateTimeField source="passwordChangedAt" /></Labeled>
        <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
      </Section>
    </Box>
  </Show>
);
