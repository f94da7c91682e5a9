import { DeleteButton, EditButton, Labeled, ReferenceField, Show, TextField, TopToolbar } from 'react-admin';
import { Box } from '@mui/material';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { LongTextField } from '../../components/LongTextField';
import { Section, Wide } from '../../components/Section';

const ConflictShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

export const ConflictShow = () => (
  <Show actions={<ConflictShowActions />}>
    <Box sx={{ p: 3 }}>
      <Section title="resources.conflicts.name">
        <Labeled source="inspectorId">
          <ReferenceField source="inspectorId" reference="inspectors" link="show"><TextField source="name" /></ReferenceField>
        </Labeled>
        <Labeled source="entityId">
          <ReferenceField source="entityId" reference="entities" link="show"><TextField source="name" /></ReferenceField>
        </Labeled>
        <Labeled source="entityUscc"><TextField source="entityUscc" sx={{ fontFamily: 'monospace' }} /></Labeled>
        <Wide><Labeled source="reason"><LongTextField source="reason" /></Labeled></Wide>
        <Labeled source="departmentId"><DepartmentField /></Labeled>
        <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
      </Section>
    </Box>
  </Show>
);
