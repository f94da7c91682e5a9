import { useFieldValue, type FieldProps } from 'react-admin';
import { Box } from '@mui/material';

/** A JSON column (before / after), pretty-printed. */
export const JsonField = (props: FieldProps & { source: string }) => {
  const value = useFieldValue(props);
  if (value === null || value === undefined) return <span>—</span>;
  let text: string;
  try {
    text = JSON.stringify(typeof value === 'string' ? JSON.parse(value) : value, null, 2);
  } catch {
    text = String(value);
  }
  return (
    <Box component="pre" sx={{ m: 0, p: 1.5, maxHeight: 420, overflow: 'auto', fontSize: 12, lineHeight: 1.5, bgcolor: '#f7f9fc', border: '1px solid #e3e8f0', borderRadius: 1, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
      {text}
    </Box>
  );
};
