import type { ComponentType } from 'react';
import { Link, Title, useGetOne, useTranslate } from 'react-admin';
import { Box, Card, CardActionArea, Chip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/AddCircleOutlineOutlined';
import ApartmentIcon from '@mui/icons-material/Apartment';
import BadgeIcon from '@mui/icons-material/Badge';
import BlockIcon from '@mui/icons-material/DoNotDisturbOn';
import ChecklistIcon from '@mui/icons-material/Checklist';
import HistoryEduIcon from '@mui/icons-material/HistoryEdu';
import PeopleIcon from '@mui/icons-material/People';
import StoreIcon from '@mui/icons-material/Store';
import { canRead, canWrite, useMe, type Me } from '../permissions';
import { GOV_BLUE } from '../theme';
import { CalendarDue } from '../resources/calendar/CalendarDue';
import { Compliance } from './Compliance';
import { TodoPanel } from './Todo';
import { StatCard } from './StatCard';

interface Shortcut { label: string; to: string; Icon: ComponentType; show: (me: Me) => boolean }

const SHORTCUTS: Shortcut[] = [
  { label: 'app.dashboard.newItem', to: '/items/create', Icon: AddIcon, show: (me) => canWrite(me, 'items') },
  { label: 'app.dashboard.viewItems', to: '/items', Icon: ChecklistIcon, show: (me) => canRead(me, 'items') },
  { label: 'app.dashboard.viewEntities', to: '/entities', Icon: StoreIcon, show: (me) => canRead(me, 'entities') },
  { label: 'app.dashboard.newEntity', to: '/entities/create', Icon: AddIcon, show: (me) => canWrite(me, 'entities') },
  { label: 'app.dashboard.viewInspectors', to: '/inspectors', Icon: BadgeIcon, show: (me) => canRead(me, 'inspectors') },
  { label: 'app.dashboard.viewConflicts', to: '/conflicts', Icon: BlockIcon, show: (me) => canRead(me, 'conflicts') },
  { label: 'app.dashboard.viewUsers', to: '/users', Icon: PeopleIcon, show: (me) => canWrite(me, 'users') },
  { label: 'app.dashboard.viewAudit', to: '/audit', Icon: HistoryEduIcon, show: (me) => canRead(me, 'audit') },
];

const STATS = [
  { resource: 'items', filter: { status: 'published' }, label: 'app.dashboard.publishedItems', color: '#2e7d32' },
  { resource: 'items', filter: { status: 'draft' }, label: 'app.dashboard.draftItems', color: '#5b6b86' },
  { resource: 'entities', filter: {}, label: 'app.dashboard.entities', color: GOV_BLUE },
  { resource: 'entities', filter: { riskTier: 'D' }, label: 'app.dashboard.highRisk', color: '#c62828' },
  { resource: 'entities', filter: { abnormalList: true }, label: 'app.dashboard.abnormal', color: '#e67700' },
  { resource: 'inspectors', filter: { active: true }, label: 'app.dashboard.inspectors', color: GOV_BLUE },
];

const Heading = ({ children }: { children: string }) => (
  <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, mt: 3, mb: 1.5 }}>{children}</Typography>
);

/** 工作台: who and where the user is, the figures of their scope and the shortcuts of their role. */
export const Dashboard = () => {
  const me = useMe();
  const translate = useTranslate();
  const { data: department } = useGetOne('departments', { id: me?.departmentId ?? 0 }, { enabled: !!me?.departmentId && canRead(me, 'departments') });
  if (!me) return null;
  const where = me.departmentId ? (department?.name ?? '…') : translate('app.dashboard.cityWide');
  return (
    <Box sx={{ p: { xs: 1, md: 2 }, maxWidth: 1280 }}>
      <Title title="ra.page.dashboard" />
      <Card sx={{ mt: 1, p: 3, color: '#fff', backgroundImage: `linear-gradient(120deg, ${GOV_BLUE} 0%, #2f6bc4 100%)`, border: 'none' }}>
        <Typography variant="h5" component="h1" sx={{ fontWeight: 700 }}>{translate('app.dashboard.greeting', { name: me.displayName })}</Typography>
        <Box sx={{ display: 'flex', gap: 1.5, alignItems: 'center', flexWrap: 'wrap', mt: 1.5 }}>
          <Chip icon={<ApartmentIcon sx={{ color: '#fff !important' }} />} label={`${translate('app.dashboard.department')}：${where}`} data-testid="dashboard-department"
            sx={{ color: '#fff', backgroundColor: 'rgba(255,255,255,0.16)' }} />
          <Chip label={`${translate('app.dashboard.role')}：${translate(`enums.role.${me.role}`)}`} sx={{ color: '#fff', backgroundColor: 'rgba(255,255,255,0.16)' }} />
        </Box>
        <Typography variant="body2" sx={{ mt: 2, opacity: 0.85 }}>{translate('app.slogan')}</Typography>
      </Card>

      <TodoPanel me={me} />

      {canWrite(me, 'calendar') && <CalendarDue link />}

      {canRead(me, 'metrics') && <Compliance />}

      <Heading>{translate('app.dashboard.shortcuts')}</Heading>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'repeat(2, 1fr)', sm: 'repeat(3, 1fr)', md: 'repeat(4, 1fr)' } }}>
        {SHORTCUTS.filter((s) => s.show(me)).map(({ label, to, Icon }) => (
          <Card key={to}>
            <CardActionArea component={Link} to={to} sx={{ p: 2, display: 'flex', justifyContent: 'flex-start', gap: 1.5, color: GOV_BLUE }}>
              <Icon />
              <Typography variant="body1" sx={{ fontWeight: 500, color: 'text.primary' }}>{translate(label)}</Typography>
            </CardActionArea>
          </Card>
        ))}
      </Box>

      <Heading>{translate('app.dashboard.overview')}</Heading>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'repeat(2, 1fr)', sm: 'repeat(3, 1fr)', lg: 'repeat(6, 1fr)' } }}>
        {STATS.filter((s) => canRead(me, s.resource)).map((s) => <StatCard key={s.label} {...s} />)}
      </Box>
    </Box>
  );
};
