import { useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { Panel } from '../resources/draws/Panel';
import { RISK_COLOR, type RiskTier } from '../labels';

/** 抽中对象 by tier, as the public record states them: unified social credit codes in draw order. */
export const SelectedList = ({ strata }: { strata: { key: string; selected?: string[] }[] }) => {
  const translate = useTranslate();
  return (
    <Panel title="app.public.selected" testId="public-selected">
      {strata.map((s) => (
        <Box key={s.key} sx={{ mb: 2 }}>
          <Typography variant="body2" sx={{ fontWeight: 700, color: RISK_COLOR[s.key.slice(0, 1) as RiskTier], mb: 0.5 }}>
            {s.key} · {translate(`enums.stratum.${s.key}`)}（{(s.selected ?? []).length}）
          </Typography>
          <Box sx={{ display: 'grid', gap: 0.5, gridTemplateColumns: 'repeat(auto-fill, minmax(190px, 1fr))', fontFamily: 'monospace', fontSize: 13 }}>
            {(s.selected ?? []).map((u, i) => <span key={u}>{i + 1}. {u}</span>)}
          </Box>
        </Box>
      ))}
    </Panel>
  );
};
