import { useGetMany, useRecordContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';

/** 各部门派出人数: “市场监督管理局 2 人；…”, the groups named by department rather than code. */
export const GroupsField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const translate = useTranslate();
  const groups = (record?.groups ?? []) as { departmentId: number; key: string; perTarget: number }[];
  const { data = [] } = useGetMany('departments', { ids: groups.map((g) => g.departmentId) }, { enabled: groups.length > 0 });
  const name = (g: (typeof groups)[number]) => data.find((d) => d.id === g.departmentId)?.name ?? g.key;
  return <Typography variant="body2">{groups.map((g) => translate('app.tasks.groupShort', { name: name(g), count: g.perTarget })).join('；') || '—'}</Typography>;
};
