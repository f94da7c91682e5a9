import { TextField, type TextFieldProps } from 'react-admin';

/** Multi-line text as typed (检查依据, 抽查内容, 经营范围). */
export const LongTextField = (props: TextFieldProps) => (
  <TextField component="div" emptyText="—" sx={{ whiteSpace: 'pre-wrap', lineHeight: 1.7 }} {...props} />
);
