import { Labeled, SelectField, Show, TextField } from 'react-admin';
import { Box } from '@mui/material';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { Section, Wide } from '../../components/Section';
import { choices } from '../../labels';
import { JsonField } from './JsonField';

const Mono = ({ source }: { source: string }) => (
  <Labeled source={source}>
    <TextField source={source} emptyText="—" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }} />
  </Labeled>
);

export const AuditShow = () => (
  <Show actions={false}>
    <Box sx={{ p: 3 }}>
      <Section title="resources.audit.name" columns={4}>
        <Mono source="id" />
        <Labeled source="at"><DateTimeField source="at" options={{ year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }} /></Labeled>
        <Mono source="actorUsername" />
        <Labeled source="actorRole"><SelectField source="actorRole" choices={choices('role')} emptyText="—" /></Labeled>
        <Labeled source="action"><SelectField source="action" choices={choices('auditAction')} /></Labeled>
        <Labeled source="resource"><SelectField source="resource" choices={choices('auditResource')} /></Labeled>
        <Mono source="recordId" />
        <Labeled source="departmentId"><DepartmentField /></Labeled>
        <Mono source="ip" />
        <Wide><Mono source="prevHash" /></Wide>
        <Wide><Mono source="hash" /></Wide>
      </Section>
      <Section title="app.audit.payload" columns={2}>
        <Labeled source="before"><JsonField source="before" /></Labeled>
        <Labeled source="after"><JsonField source="after" /></Labeled>
      </Section>
    </Box>
  </Show>
);
