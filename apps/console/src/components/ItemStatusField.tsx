import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { Chip } from '@mui/material';
import { ITEM_STATUS_COLOR } from '../labels';

/** 草稿 / 已发布 / 已撤回 as a chip. */
export const ItemStatusField = (props: Omit<FieldProps, 'source'> & { source?: string }) => {
  const status = useFieldValue({ ...props, source: props.source ?? 'status' }) as keyof typeof ITEM_STATUS_COLOR | undefined;
  const translate = useTranslate();
  if (!status) return null;
  return <Chip size="small" sx={{ alignSelf: 'flex-start' }} color={ITEM_STATUS_COLOR[status] ?? 'default'} label={translate(`enums.itemStatus.${status}`)} />;
};
