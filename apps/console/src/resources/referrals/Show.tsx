import { Labeled, Link, Show, TextField, TopToolbar, WithRecord, useTranslate } from 'react-admin';
import { Box } from '@mui/material';
import { DateTimeField } from '../../components/DateTimeField';
import { EnumChipField } from '../../components/EnumChipField';
import { LongTextField } from '../../components/LongTextField';
import { Section, Wide } from '../../components/Section';
import { REFERRAL_STATUS_COLOR } from '../../labels';
import { ReferralActions } from './ReferralActions';

const Text = ({ source }: { source: string }) => (
  <Labeled>
    <TextField source={source} emptyText="—" />
  </Labeled>
);

export const ReferralShow = () => {
  const translate = useTranslate();
  return (
    <Show actions={<TopToolbar><ReferralActions /></TopToolbar>}>
      <Box sx={{ p: { xs: 1.5, sm: 3 } }}>
        <Section title="app.referrals.sections.basic">
          <Labeled source="kind"><WithRecord render={(r) => <span>{translate(`enums.referralKind.${r.kind}`)}</span>} /></Labeled>
          <Labeled source="status"><EnumChipField name="referralStatus" colors={REFERRAL_STATUS_COLOR} /></Labeled>
          <Text source="referredOn" />
          <Text source="fromDepartmentName" />
          <WithRecord render={(r) => (r.kind === 'department'
            ? <Labeled source="toDepartmentName"><TextField source="toDepartmentName" /></Labeled>
            : <Labeled source="receivingOrgan"><TextField source="receivingOrgan" emptyText="—" /></Labeled>)} />
          <Text source="documentNo" />
          <WithRecord render={(r) => (r.inspectionId ? <Labeled source="inspectionId"><Link to={`/inspections/${r.inspectionId}/show`}>#{r.inspectionId}</Link></Labeled> : null)} />
          <Wide><Labeled source="matter"><LongTextField source="matter" /></Labeled></Wide>
        </Section>
        <Section title="app.referrals.sections.handling">
          <Text source="returnReason" />
          <Text source="closedOn" />
          <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
          <Wide><Labeled source="result"><LongTextField source="result" /></Labeled></Wide>
        </Section>
      </Box>
    </Show>
  );
};
