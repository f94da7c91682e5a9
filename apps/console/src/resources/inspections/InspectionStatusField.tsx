import { useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { Chip } from '@mui/material';
import { INSPECTION_STATUS_COLOR } from '../../labels';

/** 草稿 / 待审核 / 已审核通过 / 已更正（被替代）. */
export const InspectionStatusField = ({ record: given }: { record?: RaRecord; label?: string }) => {
  const context = useRecordContext();
  const record = given ?? context;
  const translate = useTranslate();
  const status = record?.status as keyof typeof INSPECTION_STATUS_COLOR | undefined;
  if (!status) return null;
  return <Chip size="small" sx={{ alignSelf: 'flex-start' }} color={INSPECTION_STATUS_COLOR[status] ?? 'default'} label={translate(`enums.inspectionStatus.${status}`)} data-testid={`inspection-status-${status}`} />;
};
