import { useState } from 'react';
import { Link, Title, useGetList, useTranslate, type RaRecord } from 'react-admin';
import { Box, Card, CardContent, CardHeader, Chip, LinearProgress, MenuItem, TextField, Typography } from '@mui/material';
import { PLAN_STATUS_COLOR } from '../../labels';

const YEARS = Array.from({ length: 5 }, (_, i) => new Date().getFullYear() + 1 - i);

/**
 * 年度汇总: the year's plans of every department, one card per department, each plan with its status —
 * what the joint office reviews before the year's joint plan is published.
 */
export const PlanConsolidated = () => {
  const translate = useTranslate();
  const [year, setYear] = useState(new Date().getFullYear());
  const { data: plans = [], isPending } = useGetList('plans', { filter: { year }, pagination: { page: 1, perPage: 500 }, sort: { field: 'departmentId', order: 'ASC' } });
  const { data: departments = [] } = useGetList('departments', { pagination: { page: 1, perPage: 200 }, sort: { field: 'id', order: 'ASC' } });
  const byDepartment = new Map<number, RaRecord[]>();
  for (const p of plans) byDepartment.set(p.departmentId, [...(byDepartment.get(p.departmentId) ?? []), p]);
  const shown = departments.filter((d) => byDepartment.has(d.id as number));
  return (
    <Box sx={{ mt: 2 }} data-testid="plans-by-department">
      <Title title={translate('app.plans.consolidatedTitle', { year })} />
      <TextField select size="small" label={translate('resources.plans.fields.year')} value={year} onChange={(e) => setYear(Number(e.target.value))} sx={{ mb: 2, width: 160 }}>
        {YEARS.map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
      </TextField>
      {isPending && <LinearProgress />}
      {!isPending && shown.length === 0 && <Typography color="text.secondary">{translate('app.plans.noPlans')}</Typography>}
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'repeat(2, minmax(0, 1fr))' } }}>
        {shown.map((d) => (
          <Card key={d.id}>
            <CardHeader sx={{ pb: 0 }}
              title={<Typography variant="subtitle1" sx={{ fontWeight: 700, color: 'primary.main' }}>{d.name}</Typography>}
              subheader={<Typography variant="body2" color="text.secondary">{translate('app.plans.planCount', { smart_count: byDepartment.get(d.id as number)!.length })}</Typography>} />
            <CardContent>
              {byDepartment.get(d.id as number)!.map((p) => (
                <Box key={p.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 1, borderTop: '1px solid #eef2f8' }}>
                  <Link to={`/plans/${p.id}/show`} sx={{ flex: 1, minWidth: 0, fontWeight: 500 }}>{p.name}</Link>
                  <Typography variant="body2" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                    {translate('app.plans.itemsCount', { smart_count: (p.itemIds ?? []).length })} · {translate('app.items.version', { version: p.version })}
                  </Typography>
                  <Chip size="small" color={PLAN_STATUS_COLOR[p.status as keyof typeof PLAN_STATUS_COLOR] ?? 'default'} label={translate(`enums.planStatus.${p.status}`)} />
                </Box>
              ))}
            </CardContent>
          </Card>
        ))}
      </Box>
    </Box>
  );
};
