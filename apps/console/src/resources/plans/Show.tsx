import {
  ChipField, DeleteButton, EditButton, Labeled, NumberField, ReferenceArrayField, Show, SingleFieldList, TextField, TopToolbar,
  WithRecord, useRecordContext, useTranslate,
} from 'react-admin';
import { Box } from '@mui/material';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { LongTextField } from '../../components/LongTextField';
import { Section, Wide } from '../../components/Section';
import { can, useMe } from '../../permissions';
import { PlanActionButton } from './PlanActionButton';
import { PlanStatusField } from './PlanStatusField';

/** Only a draft is edited or deleted; a published plan changes by 调整. */
const DraftButtons = () => {
  const record = useRecordContext();
  const me = useMe();
  if (record?.status !== 'draft') return null;
  return (
    <>
      {can(me, 'plans', 'update') && <EditButton />}
      {can(me, 'plans', 'delete') && <DeleteButton mutationMode="pessimistic" />}
    </>
  );
};

const PlanShowActions = () => (
  <TopToolbar>
    <PlanActionButton action="submit" />
    <PlanActionButton action="approve" />
    <PlanActionButton action="reject" />
    <PlanActionButton action="publish" />
    <PlanActionButton action="adjust" />
    <DraftButtons />
  </TopToolbar>
);

const Text = ({ source }: { source: string }) => (
  <Labeled>
    <TextField source={source} emptyText="—" />
  </Labeled>
);

export const PlanShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<PlanShowActions />}>
      <Box sx={{ p: 3 }}>
        <Section title="app.plans.sections.basic">
          <Wide><Text source="name" /></Wide>
          <Labeled source="departmentId"><DepartmentField /></Labeled>
          <Text source="year" />
          <Labeled source="quantity"><NumberField source="quantity" emptyText="—" /></Labeled>
          <Text source="periodStart" />
          <Text source="periodEnd" />
          <Text source="ratio" />
          <Text source="frequency" />
        </Section>
        <Section title="app.plans.sections.items" columns={1}>
          <Labeled source="itemIds">
            <ReferenceArrayField source="itemIds" reference="items">
              <SingleFieldList linkType="show"><ChipField source="name" size="small" /></SingleFieldList>
            </ReferenceArrayField>
          </Labeled>
          <Labeled source="content"><LongTextField source="content" /></Labeled>
        </Section>
        <Section title="app.plans.sections.workflow" columns={4}>
          <Labeled source="status"><PlanStatusField /></Labeled>
          <Labeled source="version"><WithRecord render={(r) => <span>{translate('app.items.version', { version: r.version })}</span>} /></Labeled>
          <Text source="lineageId" />
          <Text source="adjustmentReason" />
          <Text source="reviewNote" />
          <Labeled source="submittedAt"><DateTimeField source="submittedAt" /></Labeled>
          <Labeled source="approvedAt"><DateTimeField source="approvedAt" /></Labeled>
          <Labeled source="publishedAt"><DateTimeField source="publishedAt" /></Labeled>
          <Labeled source="supersededAt"><DateTimeField source="supersededAt" /></Labeled>
          <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
        </Section>
      </Box>
    </Show>
  );
};
