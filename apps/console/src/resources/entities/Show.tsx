import { EditButton, Labeled, NumberField, ReferenceArrayField, SelectField, Show, SingleFieldList, ChipField, TextArrayField, TextField, TopToolbar, DeleteButton, useTranslate } from 'react-admin';
import { useState, type ReactNode } from 'react';
import { Box, Divider, Tab, Tabs } from '@mui/material';
import { DateTimeField } from '../../components/DateTimeField';
import { FlagField } from '../../components/FlagField';
import { LongTextField } from '../../components/LongTextField';
import { RiskTierField } from '../../components/RiskTierField';
import { Section, Wide } from '../../components/Section';
import { choices } from '../../labels';
import { EntityHistory } from './History';
import { EntityCreditRecord } from './Credit';

const Text = ({ source }: { source: string }) => (
  <Labeled>
    <TextField source={source} emptyText="—" />
  </Labeled>
);

const EntityShowActions = () => (
  <TopToolbar>
    <EditButton />
    <DeleteButton mutationMode="pessimistic" />
  </TopToolbar>
);

/** 登记信息 (with its change history) and 信用记录, as tabs. */
const EntityTabs = ({ children }: { children: ReactNode }) => {
  const translate = useTranslate();
  const [tab, setTab] = useState(0);
  return (
    <>
      <Tabs value={tab} onChange={(_, v) => setTab(v)} sx={{ px: 2, borderBottom: '1px solid #e0e6ef' }}>
        <Tab label={translate('app.entities.tabs.registry')} data-testid="entity-tab-registry" />
        <Tab label={translate('app.entities.tabs.credit')} data-testid="entity-tab-credit" />
      </Tabs>
      {tab === 0 ? children : <EntityCreditRecord />}
    </>
  );
};

export const EntityShow = () => (
  <Show actions={<EntityShowActions />}>
    <EntityTabs>
      <Box sx={{ p: 3, pb: 1 }}>
        <Section title="app.entities.sections.basic">
          <Text source="name" />
          <Labeled source="uscc"><TextField source="uscc" sx={{ fontFamily: 'monospace' }} /></Labeled>
          <Labeled source="kind"><SelectField source="kind" choices={choices('entityKind')} /></Labeled>
          <Labeled source="status"><SelectField source="status" choices={choices('entityStatus')} /></Labeled>
          <Text source="legalRepresentative" />
          <Text source="contactPhone" />
          <Text source="regionCode" />
          <Wide><Text source="address" /></Wide>
          <Wide><Labeled source="businessScope"><LongTextField source="businessScope" /></Labeled></Wide>
          <Labeled source="industryTags"><TextArrayField source="industryTags" emptyText="—" /></Labeled>
        </Section>
        <Section title="app.entities.sections.credit" columns={4}>
          <Labeled source="riskTier"><RiskTierField /></Labeled>
          <Labeled source="abnormalList"><FlagField source="abnormalList" /></Labeled>
          <Labeled source="seriousViolationList"><FlagField source="seriousViolationList" /></Labeled>
          <Labeled source="complaintCount"><NumberField source="complaintCount" /></Labeled>
          <Labeled source="tags"><TextArrayField source="tags" emptyText="—" /></Labeled>
          <Labeled source="departmentIds">
            <ReferenceArrayField source="departmentIds" reference="departments">
              <SingleFieldList linkType={false}><ChipField source="name" size="small" /></SingleFieldList>
            </ReferenceArrayField>
          </Labeled>
          <Labeled source="createdAt"><DateTimeField source="createdAt" /></Labeled>
          <Labeled source="updatedAt"><DateTimeField source="updatedAt" /></Labeled>
        </Section>
      </Box>
      <Divider />
      <Box sx={{ pt: 2 }}>
        <EntityHistory />
      </Box>
    </EntityTabs>
  </Show>
);
