import { EditButton, Labeled, Show, TextField, TopToolbar, useGetMany, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, Chip, CircularProgress, Typography } from '@mui/material';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { LongTextField } from '../../components/LongTextField';
import { Section, Wide } from '../../components/Section';
import { FormRenderer } from '../../forms/FormRenderer';
import { can, useMe } from '../../permissions';
import { Evidence } from './Evidence';
import { InspectionActionButton } from './InspectionActionButton';
import { InspectionStatusField } from './InspectionStatusField';
import { useSectionForms, type StoredSection } from './useSectionForms';

const DraftEdit = () => {
  const record = useRecordContext();
  const me = useMe();
  return record?.status === 'draft' && can(me, 'inspections', 'update') ? <EditButton label="app.inspections.fillShort" /> : null;
};

const InspectionShowActions = () => (
  <TopToolbar>
    <InspectionActionButton action="submit" />
    <InspectionActionButton action="approve" />
    <InspectionActionButton action="return" />
    <InspectionActionButton action="correct" />
    <DraftEdit />
  </TopToolbar>
);

const Text = ({ source }: { source: string }) => (
  <Labeled>
    <TextField source={source} emptyText="—" />
  </Labeled>
);

const Chips = ({ values, name, color = 'default' }: { values: string[]; name?: string; color?: 'default' | 'error' | 'primary' }) => {
  const translate = useTranslate();
  if (!values.length) return <Typography variant="body2">—</Typography>;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {values.map((v) => <Chip key={v} size="small" color={color} variant="outlined" label={name ? translate(`enums.${name}.${v}`) : v} />)}
    </Box>
  );
};

const PresentField = () => {
  const record = useRecordContext();
  const ids: number[] = record?.presentInspectorIds ?? [];
  const { data } = useGetMany('inspectors', { ids }, { enabled: ids.length > 0 });
  return <Chips values={ids.map((i) => data?.find((d) => d.id === i)?.name ?? `#${i}`)} />;
};

/** Every section read-only, rendered with the very form version it was filled against. */
const Sections = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const { sections, error } = useSectionForms(record);
  if (error) return <Alert severity="error">{error}</Alert>;
  if (!sections) return <CircularProgress size={24} />;
  const stored: StoredSection[] = record?.sections ?? [];
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }} data-testid="inspection-sections">
      {sections.map((s) => {
        const answers = stored.find((x) => x.itemId === s.itemId)?.answers;
        return (
          <Box key={s.itemId}>
            <Typography variant="subtitle2" sx={{ mb: 1 }}>{translate('app.inspections.sectionTitle', { name: s.itemName })}{s.form && ` · ${s.form.title}`}</Typography>
            {!answers ? <Alert severity="info">{translate('app.inspections.sectionEmpty')}</Alert>
              : s.form ? <FormRenderer definition={s.form.definition} answers={answers} disabled onChange={() => undefined} />
                : <pre>{JSON.stringify(answers, null, 2)}</pre>}
          </Box>
        );
      })}
    </Box>
  );
};

const Review = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      {record.status === 'submitted' && <Alert severity="info" sx={{ mb: 2 }}>{translate('app.inspections.twoPersonHint')}</Alert>}
      {record.reviewNote && <Alert severity="warning" sx={{ mb: 2 }}>{translate('app.inspections.reviewNote', { note: record.reviewNote })}</Alert>}
      {record.correctionReason && <Alert severity="info" sx={{ mb: 2 }}>{translate('app.inspections.correctionReason', { reason: record.correctionReason })}</Alert>}
    </>
  );
};

const EvidenceField = () => {
  const record = useRecordContext();
  return record ? <Evidence record={record} editable={false} /> : null;
};

/** 检查记录 read-only: what the reviewer approves or returns, and what a correction starts from. */
export const InspectionShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<InspectionShowActions />}>
      <Box sx={{ p: { xs: 1.5, sm: 3 } }} data-testid="inspection-show">
        <Review />
        <Section title="app.inspections.parts.basic">
          <Text source="entityName" />
          <Labeled source="uscc"><TextField source="uscc" sx={{ fontFamily: 'monospace' }} /></Labeled>
          <Text source="taskName" />
          <Labeled source="status"><InspectionStatusField /></Labeled>
          <Labeled source="version"><TextField source="version" /></Labeled>
          <Labeled source="departmentId"><DepartmentField /></Labeled>
          <Text source="inspectionDate" />
          <Labeled source="methods"><MethodsField /></Labeled>
          <Labeled source="presentInspectorIds"><PresentField /></Labeled>
          <Text source="substitutionReason" />
          <Wide><Labeled source="findings"><LongTextField source="findings" /></Labeled></Wide>
        </Section>
        <Section title="app.inspections.parts.sections" columns={1}>
          <Sections />
        </Section>
        <Section title="app.inspections.parts.evidence" columns={1}>
          <EvidenceField />
        </Section>
        <Section title="app.inspections.parts.entrustment" columns={2}>
          <Labeled label="app.inspections.institution"><TextField source="entrustment.institution" emptyText="—" /></Labeled>
          <Labeled label="app.inspections.scope"><TextField source="entrustment.scope" emptyText="—" /></Labeled>
        </Section>
        <Section title="app.inspections.parts.outcome" columns={2}>
          <Labeled source="outcome"><OutcomeField /></Labeled>
          <Labeled source="violations"><ViolationsField /></Labeled>
        </Section>
        <Section title="app.inspections.parts.workflow" columns={4}>
          <Labeled source="submittedAt"><DateTimeField source="submittedAt" /></Labeled>
          <Labeled source="approvedAt"><DateTimeField source="approvedAt" /></Labeled>
          <Text source="resultDate" />
          <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
        </Section>
        <Typography variant="caption" color="text.secondary">{translate('app.inspections.frozenHint')}</Typography>
      </Box>
    </Show>
  );
};

const MethodsField = (_: { source?: string }) => {
  const record = useRecordContext();
  return <Chips values={record?.methods ?? []} name="inspectionMethod" color="primary" />;
};
export const OutcomeField = (_: { source?: string; label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.outcome) return <Typography variant="body2">—</Typography>;
  return <Typography variant="body2" sx={{ fontWeight: 500 }} data-testid="inspection-outcome-value">{translate(`enums.outcome.${record.outcome}`)}</Typography>;
};
const ViolationsField = (_: { source?: string }) => {
  const record = useRecordContext();
  return <Chips values={record?.violations ?? []} color="error" />;
};
