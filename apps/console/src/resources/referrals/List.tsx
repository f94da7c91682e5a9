import { DataTable, List, SearchInput, SelectInput, TextField, useListContext, useTranslate } from 'react-admin';
import { Box, Tab, Tabs, Typography } from '@mui/material';
import { NOWRAP } from '../../components/cells';
import { EnumChipField } from '../../components/EnumChipField';
import { ListActions } from '../../components/ListActions';
import { choices, REFERRAL_STATUS_COLOR } from '../../labels';
import { useMe } from '../../permissions';
import { ReferralActions } from './ReferralActions';

/** 收到的 / 发出的: the API's `direction` filter; roles that see every department also get 全部. */
const DirectionTabs = ({ all }: { all: boolean }) => {
  const { filterValues, setFilters, displayedFilters } = useListContext();
  const translate = useTranslate();
  const value = filterValues.direction ?? 'all';
  return (
    <Tabs value={value} onChange={(_, v) => setFilters({ ...filterValues, direction: v === 'all' ? undefined : v }, displayedFilters)} sx={{ px: 2 }} data-testid="referral-tabs">
      {!all && <Tab value="received" label={translate('app.referrals.received')} data-testid="referrals-received" />}
      {!all && <Tab value="sent" label={translate('app.referrals.sent')} data-testid="referrals-sent" />}
      <Tab value="all" label={translate('app.common.all')} />
    </Tabs>
  );
};

/** The other side: a department, or the outside organ with its document number. */
const Counterpart = ({ record }: { record: Record<string, unknown> }) => {
  const translate = useTranslate();
  return (
    <Box>
      <Typography variant="body2">{String(record.fromDepartmentName ?? '')} → {String(record.kind === 'department' ? record.toDepartmentName ?? '' : record.receivingOrgan ?? '')}</Typography>
      {record.kind !== 'department' && <Typography variant="caption" color="text.secondary">{translate(`enums.referralKind.${record.kind}`)}</Typography>}
    </Box>
  );
};

/** 移送 inbox: referrals received from and sent to other departments or outside organs. */
export const ReferralList = () => {
  const me = useMe();
  const translate = useTranslate();
  const all = me?.departmentId == null;
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.referrals.searchPlaceholder')} />,
    <SelectInput key="status" source="status" choices={choices('referralStatus')} alwaysOn />,
    <SelectInput key="kind" source="kind" choices={choices('referralKind')} alwaysOn />,
  ];
  return (
    <List filters={filters} actions={<ListActions />} sort={{ field: 'id', order: 'DESC' }} perPage={25} empty={false}
      filterDefaultValues={all ? {} : { direction: 'received' }}>
      <DirectionTabs all={all} />
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="referredOn" cellSx={NOWRAP} />
        <DataTable.Col source="kind" render={(r) => translate(`enums.referralKind.${r.kind}`)} cellSx={NOWRAP} />
        <DataTable.Col source="toDepartmentId" label="app.referrals.route" disableSort render={(r) => <Counterpart record={r} />} />
        <DataTable.Col source="matter" disableSort><TextField source="matter" sx={{ display: '-webkit-box', WebkitLineClamp: 2, WebkitBoxOrient: 'vertical', overflow: 'hidden' }} /></DataTable.Col>
        <DataTable.Col source="documentNo" disableSort cellSx={NOWRAP} />
        <DataTable.Col source="status"><EnumChipField name="referralStatus" colors={REFERRAL_STATUS_COLOR} /></DataTable.Col>
        <DataTable.Col label="app.referrals.actions" disableSort><ReferralActions /></DataTable.Col>
      </DataTable>
    </List>
  );
};
