import { useCallback, useEffect, useState, type ComponentType } from 'react';
import { Button, Link, useGetList, useTranslate } from 'react-admin';
import { Box, Card, Typography } from '@mui/material';
import AssignmentIcon from '@mui/icons-material/AssignmentOutlined';
import CampaignIcon from '@mui/icons-material/Campaign';
import ChecklistIcon from '@mui/icons-material/Checklist';
import EventNoteIcon from '@mui/icons-material/EventNote';
import MailIcon from '@mui/icons-material/MoveToInbox';
import PendingActionsIcon from '@mui/icons-material/PendingActions';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import { can, canRead, canWrite, type Me } from '../permissions';

// 待办事项 on the 工作台: what waits on this user, each a count from the list it links to (the
// server scopes the counts as it scopes the lists). Shown only when something waits.

interface Todo { key: string; resource: string; filter: Record<string, unknown>; Icon: ComponentType; urgent?: boolean; show: (me: Me) => boolean }

const TODOS: Todo[] = [
  { key: 'draftItems', resource: 'items', filter: { status: 'draft' }, Icon: ChecklistIcon, show: (me) => canWrite(me, 'items') },
  { key: 'plansToApprove', resource: 'plans', filter: { status: 'submitted' }, Icon: EventNoteIcon, show: (me) => can(me, 'plans', 'approve') },
  { key: 'plansToPublish', resource: 'plans', filter: { status: 'approved' }, Icon: EventNoteIcon, show: (me) => !!me.departmentId && can(me, 'plans', 'publish') },
  { key: 'recordsToReview', resource: 'inspections', filter: { status: 'submitted', latest: true }, Icon: AssignmentIcon, show: (me) => can(me, 'inspections', 'approve') },
  { key: 'targetsToInspect', resource: 'targets', filter: { recorded: false }, Icon: AssignmentIcon, show: (me) => me.role === 'inspector' },
  { key: 'recordDrafts', resource: 'inspections', filter: { status: 'draft', latest: true }, Icon: AssignmentIcon, show: (me) => me.role === 'inspector' },
  { key: 'followupsOverdue', resource: 'followups', filter: { status: 'open', overdue: true }, Icon: PendingActionsIcon, urgent: true, show: (me) => can(me, 'followups', 'update') },
  { key: 'followupsOpen', resource: 'followups', filter: { status: 'open', overdue: false }, Icon: PendingActionsIcon, show: (me) => can(me, 'followups', 'update') },
  { key: 'referralsReceived', resource: 'referrals', filter: { direction: 'received', status: 'sent' }, Icon: MailIcon, show: (me) => !!me.departmentId && can(me, 'referrals', 'update') },
  { key: 'publicationsRed', resource: 'publications', filter: { status: 'pending', warning: 'red' }, Icon: CampaignIcon, urgent: true, show: (me) => canRead(me, 'publications') },
];

const TodoRow = ({ todo, onTotal }: { todo: Todo; onTotal: (key: string, total: number) => void }) => {
  const translate = useTranslate();
  const { total } = useGetList(todo.resource, { pagination: { page: 1, perPage: 1 }, filter: todo.filter });
  useEffect(() => onTotal(todo.key, total ?? 0), [onTotal, todo.key, total]);
  if (!total) return null;
  const to = `/${todo.resource}?filter=${encodeURIComponent(JSON.stringify(todo.filter))}`;
  const { Icon } = todo;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1.5, py: 0.75, color: todo.urgent ? 'error.main' : 'primary.main' }} data-testid={`todo-${todo.key}`}>
      <Icon />
      <Typography variant="body2" sx={{ flex: 1, color: todo.urgent ? 'error.main' : 'text.primary' }}>
        {translate(`app.todo.${todo.key}`, { smart_count: total })}
      </Typography>
      <Button component={Link} to={to} label="app.todo.open" alignIcon="right"><ChevronRightIcon /></Button>
    </Box>
  );
};

export const TodoPanel = ({ me }: { me: Me }) => {
  const translate = useTranslate();
  const [totals, setTotals] = useState<Record<string, number>>({});
  const onTotal = useCallback((key: string, total: number) => setTotals((t) => (t[key] === total ? t : { ...t, [key]: total })), []);
  const mine = TODOS.filter((t) => t.show(me));
  if (!mine.length) return null;
  const any = mine.some((t) => (totals[t.key] ?? 0) > 0);
  return (
    <Card sx={{ mt: 2, px: 2, py: 1.5, display: any ? 'block' : 'none' }} data-testid="todo">
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700 }}>{translate('app.todo.title')}</Typography>
      {mine.map((t) => <TodoRow key={t.key} todo={t} onTotal={onTotal} />)}
    </Card>
  );
};
