import { useRecordContext } from 'react-admin';
import { Box, Chip } from '@mui/material';
import { RISK_COLOR, RISK_TIERS } from '../../labels';

/** defaultRatios {A,B,C,D} in basis points, shown as percentages. */
export const RatiosField = (_props: { label?: string }) => {
  const record = useRecordContext();
  const ratios = (record?.defaultRatios ?? {}) as Partial<Record<string, number>>;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      {RISK_TIERS.map((t) => (
        <Chip key={t} size="small" variant="outlined" label={`${t} ${ratios[t] == null ? '—' : `${ratios[t]! / 100}%`}`} sx={{ color: RISK_COLOR[t], borderColor: RISK_COLOR[t] }} />
      ))}
    </Box>
  );
};
