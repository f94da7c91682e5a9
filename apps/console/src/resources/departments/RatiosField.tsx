import { useRecordContext } from 'react-admin';
import { Box, Chip } from '@mui/material';
import { RISK_COLOR, RISK_TIERS } from '../../labels';

/** Ratios {A,B,C,D} in basis points (a department's defaultRatios, a task's ratios), shown as percentages. */
export const RatiosField = ({ source = 'defaultRatios' }: { label?: string; source?: string }) => {
  const record = useRecordContext();
  const ratios = (record?.[source] ?? {}) as Partial<Record<string, number>>;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {RISK_TIERS.map((t) => (
        <Chip key={t} size="small" variant="outlined" label={`${t} ${ratios[t] == null ? '—' : `${ratios[t]! / 100}%`}`} sx={{ color: RISK_COLOR[t], borderColor: RISK_COLOR[t] }} />
      ))}
    </Box>
  );
};
