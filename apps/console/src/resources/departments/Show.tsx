import { EditButton, Labeled, Show, TextField, TopToolbar } from 'react-admin';
import { Box } from '@mui/material';
import { DateTimeField } from '../../components/DateTimeField';
import { Section } from '../../components/Section';
import { RatiosField } from './RatiosField';

export const DepartmentShow = () => (
  <Show actions={<TopToolbar><EditButton /></TopToolbar>}>
    <Box sx={{ p: 3 }}>
      <Section title="resources.departments.name">
        <Labeled source="code"><TextField source="code" sx={{ fontFamily: 'monospace' }} /></Labeled>
        <Labeled source="name"><TextField source="name" /></Labeled>
        <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
        <Labeled source="defaultRatios"><RatiosField /></Labeled>
      </Section>
    </Box>
  </Show>
);
