import { useEffect, useState, type ReactNode } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import {
  Alert, Box, Card, Chip, MenuItem, Skeleton, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField, Typography,
} from '@mui/material';
import { percentText, samplingRatio, type Compliance as Level, type RatedMetric } from '@sxgk/core/metrics';
import { RISK_TIERS } from '@sxgk/core/roles';
import type { AppDataProvider, MetricsReport } from '../dataProvider';
import { today } from '../components/display';

// 监管指标 on the 工作台: the year's figures of the user's scope as the API rates them (core's
// definitions), the city total first, then each department for those who see several.

const LEVEL_COLOR: Record<Level, string> = { ok: '#2e7d32', warn: '#e67700', bad: '#c62828' };
const thisYear = Number(today().slice(0, 4));
const YEARS = [thisYear, thisYear - 1, thisYear - 2];

const MetricCard = ({ m, children }: { m: RatedMetric; children?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ p: 2, borderTop: `3px solid ${LEVEL_COLOR[m.compliance]}` }} data-testid={`metric-${m.key}`}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 1 }}>
        <Typography variant="body2" color="text.secondary">{translate(`app.metrics.${m.key}`)}</Typography>
        <Chip size="small" label={translate(`app.metrics.level.${m.compliance}`)} sx={{ color: '#fff', backgroundColor: LEVEL_COLOR[m.compliance] }} />
      </Box>
      <Typography variant="h4" component="div" sx={{ fontWeight: 700, mt: 1, color: LEVEL_COLOR[m.compliance] }}>{m.text}</Typography>
      <Typography variant="caption" color="text.secondary" component="div">
        {translate(`app.metrics.${m.key}_basis`, { numerator: m.numerator.toLocaleString('zh-CN'), denominator: m.denominator.toLocaleString('zh-CN') })}
      </Typography>
      {children}
    </Card>
  );
};

const Tiers = ({ tiers }: { tiers: MetricsReport['total']['tiers'] }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mt: 0.5, display: 'flex', flexWrap: 'wrap', columnGap: 1.5 }}>
      {RISK_TIERS.filter((t) => tiers[t].inScope > 0).map((t) => (
        <Typography key={t} variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
          {translate('app.metrics.tier', { tier: t })} {percentText(samplingRatio(tiers[t].drawn, tiers[t].inScope))}
        </Typography>
      ))}
    </Box>
  );
};

export const Compliance = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [year, setYear] = useState(thisYear);
  const [report, setReport] = useState<MetricsReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setReport(null);
    setError(null);
    dataProvider.metrics(year).then(setReport, (e: Error) => setError(e.message));
  }, [dataProvider, year]);

  return (
    <Box component="section" aria-label={translate('app.metrics.title')}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 3, mb: 1.5 }}>
        <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 700, whiteSpace: 'nowrap' }}>{translate('app.metrics.title')}</Typography>
        <TextField select size="small" label={translate('app.metrics.year')} value={year} onChange={(e) => setYear(Number(e.target.value))}
          fullWidth={false} sx={{ width: 120 }}>
          {YEARS.map((y) => <MenuItem key={y} value={y}>{y}</MenuItem>)}
        </TextField>
        {report && <Typography variant="caption" color="text.secondary">{translate('app.metrics.asOf', { day: report.asOf })}</Typography>}
      </Box>
      {error && <Alert severity="error">{error}</Alert>}
      {!report && !error && <Skeleton variant="rounded" height={120} />}
      {report && (
        <>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'repeat(1, 1fr)', sm: 'repeat(2, 1fr)', lg: 'repeat(5, 1fr)' } }}>
            {report.total.metrics.map((m) => (
              <MetricCard key={m.key} m={m}>{m.key === 'sampling_ratio' && <Tiers tiers={report.total.tiers} />}</MetricCard>
            ))}
          </Box>
          {report.departments.length > 1 && (
            <TableContainer component={Card} sx={{ mt: 2 }}>
              <Table size="small" aria-label={translate('app.metrics.byDepartment')}>
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('app.metrics.department')}</TableCell>
                    {report.total.metrics.map((m) => <TableCell key={m.key} align="right">{translate(`app.metrics.${m.key}`)}</TableCell>)}
                  </TableRow>
                </TableHead>
                <TableBody>
                  {report.departments.map((d) => (
                    <TableRow key={d.departmentId} data-testid={`metrics-department-${d.departmentId}`}>
                      <TableCell>{d.departmentName}</TableCell>
                      {d.metrics.map((m) => (
                        <TableCell key={m.key} align="right" sx={{ color: LEVEL_COLOR[m.compliance], fontWeight: m.compliance === 'ok' ? 400 : 700 }}
                          title={`${m.numerator} / ${m.denominator}`}>
                          {m.text}
                        </TableCell>
                      ))}
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableContainer>
          )}
        </>
      )}
    </Box>
  );
};
