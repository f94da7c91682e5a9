import { useState } from 'react';
import { Button, Confirm, DataTable, List, SearchInput, SelectInput, TextField, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';
import CampaignIcon from '@mui/icons-material/Campaign';
import { MONO, NOWRAP } from '../../components/cells';
import { DateTimeField } from '../../components/DateTimeField';
import { DepartmentField } from '../../components/DepartmentField';
import { DepartmentInput } from '../../components/DepartmentInput';
import { EnumChipField } from '../../components/EnumChipField';
import { ListActions } from '../../components/ListActions';
import { useDialogAction } from '../../components/useDialogAction';
import type { AppDataProvider } from '../../dataProvider';
import { choices, PUBLICATION_STATUS_COLOR, WARNING_COLOR } from '../../labels';
import { can, seesAllDepartments, useMe } from '../../permissions';
import { CalendarDue } from '../calendar/CalendarDue';
import { PublicationBoard } from './Board';

/** 立即公示: runs the scheduled publication job now (platform admin). */
const RunButton = ({ onDone }: { onDone: () => void }) => {
  const me = useMe();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const step = useDialogAction(async () => {
    const r = await dataProvider.runPublications();
    notify('app.publications.runDone', { type: 'success', messageArgs: { published: r.published, filled: r.deadlinesFilled, yellow: r.warnings.yellow, red: r.warnings.red } });
    refresh();
    onDone();
  }, (message) => notify(message, { type: 'error' }));
  if (!can(me, 'publications', 'update')) return null;
  return (
    <>
      <Button label="app.publications.run" onClick={step.show} data-testid="publications-run"><CampaignIcon /></Button>
      <Confirm isOpen={step.open} loading={step.loading} title="app.publications.runTitle" content="app.publications.runConfirm"
        onConfirm={() => step.submit()} onClose={step.close} />
    </>
  );
};

/** 黄色预警 / 红色预警 / 正常: for pending results; a published one shows whether it was on time. */
const WarningField = ({ record }: { record: Record<string, unknown> }) => {
  const translate = useTranslate();
  if (record.status === 'published') {
    // null: published more than 20 days after the result while its deadline's year had no calendar;
    // the publication job settles it once the year is maintained
    const [color, label] = record.onTime === null ? ['default', 'untimed'] as const : record.onTime ? ['success', 'onTime'] as const : ['error', 'late'] as const;
    return <Chip size="small" variant="outlined" color={color} label={translate(`app.publications.${label}`)} />;
  }
  const w = (record.warning as keyof typeof WARNING_COLOR) ?? 'none';
  return <Chip size="small" color={WARNING_COLOR[w]} variant={w === 'none' ? 'outlined' : 'filled'} label={translate(`enums.publicationWarning.${w}`)} data-testid={`warning-${w}`} />;
};

/** 结果公示: the deadline board. Every approved result is published within 20 working days of its result date. */
export const PublicationList = () => {
  const me = useMe();
  const translate = useTranslate();
  const [version, setVersion] = useState(0);
  const allDepartments = seesAllDepartments(me);
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.entities.searchPlaceholder')} />,
    <SelectInput key="status" source="status" choices={choices('publicationStatus')} alwaysOn />,
    <SelectInput key="warning" source="warning" choices={choices('publicationWarning')} alwaysOn />,
    ...(allDepartments ? [<DepartmentInput key="departmentId" alwaysOn />] : []),
  ];
  return (
    <>
      <CalendarDue urgentOnly link={can(me, 'calendar', 'update')} />
      <PublicationBoard version={version} />
      <List filters={filters} actions={<ListActions creatable={false} extra={<RunButton onDone={() => setVersion((v) => v + 1)} />} />}
        sort={{ field: 'id', order: 'DESC' }} perPage={25} empty={false}>
        <DataTable rowClick={false} bulkActionButtons={false}>
          <DataTable.Col source="entityName"><TextField source="entityName" sx={{ fontWeight: 500 }} /></DataTable.Col>
          <DataTable.Col source="uscc" cellSx={MONO} />
          {allDepartments && <DataTable.Col source="departmentId"><DepartmentField /></DataTable.Col>}
          <DataTable.Col source="outcome" render={(r) => translate(`enums.outcome.${r.outcome}`)} />
          <DataTable.Col source="resultDate" cellSx={NOWRAP} />
          <DataTable.Col source="deadline" cellSx={NOWRAP} render={(r) => r.deadline ?? translate('app.publications.noDeadline')} />
          <DataTable.Col source="warning" render={(r) => <WarningField record={r} />} />
          <DataTable.Col source="status"><EnumChipField name="publicationStatus" colors={PUBLICATION_STATUS_COLOR} /></DataTable.Col>
          <DataTable.Col source="publishedAt" field={DateTimeField} cellSx={NOWRAP} />
        </DataTable>
      </List>
    </>
  );
};
