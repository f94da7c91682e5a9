import { useTranslate } from 'react-admin';
import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { RISK_COLOR, type RiskTier } from '../../labels';

export interface Stratum { key: string; ratioBp: number; size: number; selected?: number | null }
const percent = (bp: number) => `${(bp / 100).toFixed(2).replace(/\.?0+$/, '')}%`;

/** 各层级: the credit tiers (and D+, the listed entities) with their ratio, candidates and — once drawn — how many. */
export const StrataTable = ({ strata, testId }: { strata: Stratum[]; testId?: string }) => {
  const translate = useTranslate();
  const drawn = strata.some((s) => s.selected != null);
  const sum = (f: (s: Stratum) => number) => strata.reduce((n, s) => n + f(s), 0);
  return (
    <Table size="small" data-testid={testId} sx={{ '& th': { whiteSpace: 'nowrap', color: '#5b6b86' } }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('app.draws.stratum')}</TableCell>
          <TableCell align="right">{translate('app.draws.ratio')}</TableCell>
          <TableCell align="right">{translate('app.draws.size')}</TableCell>
          {drawn && <TableCell align="right">{translate('app.draws.selected')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {strata.map((s) => (
          <TableRow key={s.key}>
            <TableCell sx={{ color: RISK_COLOR[s.key.slice(0, 1) as RiskTier], fontWeight: 600 }}>{s.key} · {translate(`enums.stratum.${s.key}`)}</TableCell>
            <TableCell align="right">{percent(s.ratioBp)}</TableCell>
            <TableCell align="right">{s.size.toLocaleString('zh-CN')}</TableCell>
            {drawn && <TableCell align="right" sx={{ fontWeight: 600 }}>{(s.selected ?? 0).toLocaleString('zh-CN')}</TableCell>}
          </TableRow>
        ))}
        <TableRow sx={{ '& td': { fontWeight: 700, borderBottom: 0 } }}>
          <TableCell>{translate('app.draws.total')}</TableCell>
          <TableCell />
          <TableCell align="right">{sum((s) => s.size).toLocaleString('zh-CN')}</TableCell>
          {drawn && <TableCell align="right">{sum((s) => s.selected ?? 0).toLocaleString('zh-CN')}</TableCell>}
        </TableRow>
      </TableBody>
    </Table>
  );
};
