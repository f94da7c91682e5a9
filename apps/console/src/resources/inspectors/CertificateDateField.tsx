import { useFieldValue, useTranslate, type FieldProps } from 'react-admin';
import { Box, Chip } from '@mui/material';
import { today } from '../../components/display';


/** 证件有效期至 (YYYY-MM-DD); an expired certificate in red. */
export const CertificateDateField = (props: Omit<FieldProps, 'source'> & { source?: string }) => {
  const value = useFieldValue({ ...props, source: props.source ?? 'certificateValidUntil' }) as string | null | undefined;
  const translate = useTranslate();
  if (!value) return <span>—</span>;
  const expired = value < today();
  return (
    <Box component="span" data-expired={expired || undefined} sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, color: expired ? 'error.main' : 'inherit', fontWeight: expired ? 600 : 400, whiteSpace: 'nowrap' }}>
      {value}
      {expired && <Chip size="small" color="error" label={translate('app.common.expired')} />}
    </Box>
  );
};
