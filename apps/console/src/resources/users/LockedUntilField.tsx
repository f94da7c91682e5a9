import { useRecordContext, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';

/** 锁定至: a red chip while the lock lasts, nothing after. */
export const LockedUntilField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const until = record?.lockedUntil ? new Date(record.lockedUntil as string) : null;
  if (!until || until.getTime() <= Date.now()) return <span>—</span>;
  const at = until.toLocaleString('zh-CN', { hour12: false, month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  return <Chip size="small" color="error" sx={{ alignSelf: 'flex-start' }} label={`${translate('app.users.locked')} · ${at}`} />;
};
