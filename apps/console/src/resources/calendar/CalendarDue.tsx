import { useEffect, useState } from 'react';
import { Button, Link, useDataProvider, useTranslate } from 'react-admin';
import { Alert } from '@mui/material';
import type { AppDataProvider, CalendarStatus } from '../../dataProvider';

// The year the working-day calendar still needs (core's calendarYearDue, through the API): urgent
// once results approved today get no publication deadline, a reminder from November before that.
// `link`: offer to open that year in the calendar (for those who maintain it); `urgentOnly`: stay
// silent about the reminder (where nobody can act on it yet).
export const CalendarDue = ({ link = false, urgentOnly = false }: { link?: boolean; urgentOnly?: boolean }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [status, setStatus] = useState<CalendarStatus | null>(null);
  useEffect(() => {
    dataProvider.calendarStatus().then(setStatus, () => setStatus(null));
  }, [dataProvider]);
  const due = status?.yearDue;
  if (!due || (urgentOnly && !due.urgent)) return null;
  const to = `/calendar?filter=${encodeURIComponent(JSON.stringify({ year: due.year }))}`;
  return (
    <Alert severity={due.urgent ? 'warning' : 'info'} sx={{ mt: 2 }} data-testid="calendar-due"
      action={link ? <Button component={Link} label="app.calendar.maintain" to={to} /> : undefined}>
      {translate(due.urgent ? 'app.calendar.dueUrgent' : 'app.calendar.dueSoon', { year: due.year })}
    </Alert>
  );
};
