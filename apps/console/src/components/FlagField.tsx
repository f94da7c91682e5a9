import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { Chip, Typography } from '@mui/material';

/** A yes/no list membership (经营异常名录, 严重违法失信名单): a red chip when listed. */
export const FlagField = ({ hideUnlisted = false, ...props }: FieldProps & { source: string; hideUnlisted?: boolean }) => {
  const value = useFieldValue(props);
  const translate = useTranslate();
  return value ? (
    <Chip size="small" sx={{ alignSelf: 'flex-start' }} color="error" variant="outlined" label={translate('app.common.listed')} />
  ) : hideUnlisted ? null : (
    <Typography variant="body2" color="text.secondary" component="span">{translate('app.common.notListed')}</Typography>
  );
};
