import { BooleanField, DeleteButton, EditButton, Labeled, Show, TextArrayField, TextField, TopToolbar } from 'react-admin';
import { Box, Divider } from '@mui/material';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { Section } from '../../components/Section';
import { CertificateDateField } from './CertificateDateField';
import { ConflictsPanel } from './ConflictsPanel';

const InspectorShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const InspectorShow = () => (
  <Show actions={<InspectorShowActions />}>
    <Box sx={{ p: 3, pb: 1 }}>
      <Section title="resources.inspectors.name" columns={4}>
        <Labeled source="name"><TextField source="name" /></Labeled>
        <Labeled source="position"><TextField source="position" emptyText="—" /></Labeled>
        <Labeled source="certificateNo"><TextField source="certificateNo" sx={{ fontFamily: 'monospace' }} /></Labeled>
        <Labeled source="certificateValidUntil"><CertificateDateField /></Labeled>
        <Labeled source="fields"><TextArrayField source="fields" emptyText="—" /></Labeled>
        <Labeled source="expertise"><TextArrayField source="expertise" emptyText="—" /></Labeled>
        <Labeled source="departmentId"><DepartmentField /></Labeled>
        <Labeled source="active"><BooleanField source="active" /></Labeled>
        <Labeled source="updatedAt"><DateTimeField source="updatedAt" /></Labeled>
      </Section>
    </Box>
    <Divider />
    <Box sx={{ pt: 2 }}>
      <ConflictsPanel />
    </Box>
  </Show>
);
