import {
  BooleanField, ChipField, EditButton, Labeled, ReferenceArrayField, ReferenceField, Show, SingleFieldList,
  TextArrayField, TextField, TopToolbar, WithRecord, useRecordContext, useTranslate,
} from 'react-admin';
import { Box, Divider } from '@mui/material';
import { DepartmentField } from '../../components/DepartmentField';
import { Section, Wide } from '../../components/Section';
import { can, useMe } from '../../permissions';
import { RatiosField } from '../departments/RatiosField';
import { Additions } from './Additions';
import { GroupsField } from './GroupsField';
import { PrepareDrawButton } from './PrepareDrawButton';
import { TaskDraws } from './TaskDraws';


/** Editing, adding entities and preparing a draw stop once a draw is prepared: the snapshot counts from then on. */
const TaskShowActions = () => {
  const record = useRecordContext();
  const me = useMe();
  const open = !!record && record.drawId == null;
  return (
    <TopToolbar>
      {open && can(me, 'tasks', 'update') && <EditButton />}
      {open && <PrepareDrawButton />}
    </TopToolbar>
  );
};

const Text = ({ source }: { source: string }) => (
  <Labeled>
    <TextField source={source} emptyText="—" />
  </Labeled>
);

export const TaskShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<TaskShowActions />}>
      <Box sx={{ p: 3, pb: 1 }}>
        <Section title="app.tasks.sections.basic">
          <Wide><Text source="name" /></Wide>
          <Labeled source="departmentId"><DepartmentField /></Labeled>
          <Labeled source="departmentIds">
            <ReferenceArrayField source="departmentIds" reference="departments">
              <SingleFieldList linkType={false}><ChipField source="name" size="small" /></SingleFieldList>
            </ReferenceArrayField>
          </Labeled>
          <Labeled source="planId">
            <ReferenceField source="planId" reference="plans" emptyText={translate('app.tasks.adHoc')}><TextField source="name" /></ReferenceField>
          </Labeled>
          <Labeled source="adHoc"><BooleanField source="adHoc" /></Labeled>
          <Text source="startDate" />
          <Text source="year" />
        </Section>
        <Section title="app.tasks.sections.items" columns={1}>
          <ReferenceArrayField source="itemIds" reference="items">
            <SingleFieldList linkType="show"><ChipField source="name" size="small" /></SingleFieldList>
          </ReferenceArrayField>
        </Section>
        <Section title="app.tasks.sections.scope" columns={4}>
          <Labeled source="directed"><WithRecord render={(r) => <span>{translate(r.directed ? 'app.tasks.directed' : 'app.tasks.undirected')}</span>} /></Labeled>
          <Labeled source="filters.kinds">
            <WithRecord render={(r) => <span>{(r.filters?.kinds ?? []).map((k: string) => translate(`enums.entityKind.${k}`)).join('、') || '—'}</span>} />
          </Labeled>
          <Labeled source="filters.regionCodes"><TextArrayField source="filters.regionCodes" emptyText="—" /></Labeled>
          <Labeled source="filters.industryTags"><TextArrayField source="filters.industryTags" emptyText="—" /></Labeled>
        </Section>
        <Section title="app.tasks.sections.inspectors">
          <Labeled source="ratios"><RatiosField source="ratios" /></Labeled>
          <Text source="inspectorsPerEntity" />
          <Labeled source="groups">
            <GroupsField />
          </Labeled>
        </Section>
      </Box>
      <Divider />
      <TaskDraws />
      <Additions />
    </Show>
  );
};
