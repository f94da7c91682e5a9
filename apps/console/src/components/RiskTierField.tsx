import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { Chip } from '@mui/material';
import { RISK_COLOR, type RiskTier } from '../labels';

export const RiskTierChip = ({ tier }: { tier: RiskTier }) => {
  const translate = useTranslate();
  const color = RISK_COLOR[tier] ?? '#666';
  return (
    <Chip
      size="small"
      label={`${tier} · ${translate(`enums.riskTier.${tier}`)}`}
      data-testid={`risk-${tier}`}
      sx={{ alignSelf: 'flex-start', fontWeight: 600, color, borderColor: color, backgroundColor: `${color}14` }}
      variant="outlined"
    />
  );
};

/** 信用风险分类 as a coloured chip: A green, B blue, C amber, D red. */
export const RiskTierField = (props: Omit<FieldProps, 'source'> & { source?: string }) => {
  const tier = useFieldValue({ ...props, source: props.source ?? 'riskTier' }) as RiskTier | undefined;
  return tier ? <RiskTierChip tier={tier} /> : null;
};
