import { BooleanField, Labeled, Show, SelectField, TextArrayField, TextField, TopToolbar, useTranslate, WithRecord } from 'react-admin';
import { Box } from '@mui/material';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { ItemStatusField } from '../../components/ItemStatusField';
import { LongTextField } from '../../components/LongTextField';
import { Section, Wide } from '../../components/Section';
import { choices } from '../../labels';
import { DeleteDraftButton, EditDraftButton } from './DraftButtons';
import { ItemActionButton } from './ItemActionButton';
import { ItemFormsButton } from './ItemFormsButton';

const ItemShowActions = () => (
  <TopToolbar>
    <ItemFormsButton />
    <EditDraftButton />
    <ItemActionButton action="publish" />
    <ItemActionButton action="withdraw" />
    <ItemActionButton action="revise" />
    <DeleteDraftButton />
  </TopToolbar>
);

const Text = ({ source }: { source: string }) => (
  <Labeled>
    <TextField source={source} emptyText="—" />
  </Labeled>
);

export const ItemShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<ItemShowActions />}>
      <Box sx={{ p: 3 }}>
        <Section title="app.items.sections.basic">
          <Wide><Text source="name" /></Wide>
          <Text source="seq" />
          <Text source="category" />
          <Labeled source="itemType"><SelectField source="itemType" choices={choices('itemType')} /></Labeled>
          <Text source="entityKind" />
          <Labeled source="methods"><TextArrayField source="methods" emptyText="—" /></Labeled>
          <Text source="inspectingBody" />
          <Text source="ratio" />
          <Text source="frequency" />
          <Text source="requiredField" />
          <Text source="compilingUnit" />
          <Labeled source="departmentId"><DepartmentField /></Labeled>
        </Section>
        <Section title="app.items.sections.basis" columns={1}>
          <Labeled source="legalBasis"><LongTextField source="legalBasis" /></Labeled>
          <Labeled source="content"><LongTextField source="content" /></Labeled>
        </Section>
        <WithRecord render={(record) => record.isJoint ? (
          <Section title="app.items.sections.joint">
            <Labeled source="isJoint"><BooleanField source="isJoint" /></Labeled>
            <Text source="jointField" />
            <Text source="initiatingDepartment" />
            <Wide><Labeled source="cooperatingDepartments"><TextArrayField source="cooperatingDepartments" emptyText="—" /></Labeled></Wide>
          </Section>
        ) : null} />
        <Section title="app.items.sections.lifecycle" columns={4}>
          <Labeled source="status"><ItemStatusField /></Labeled>
          <Labeled source="version"><WithRecord render={(r) => <span>{translate('app.items.version', { version: r.version })}</span>} /></Labeled>
          <Text source="lineageId" />
          <Labeled source="publishedAt"><DateTimeField source="publishedAt" /></Labeled>
          <Labeled source="withdrawnAt"><DateTimeField source="withdrawnAt" /></Labeled>
          <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
          <Labeled source="updatedAt"><DateTimeField source="updatedAt" /></Labeled>
        </Section>
      </Box>
    </Show>
  );
};
