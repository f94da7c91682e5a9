import { useTranslate } from 'react-admin';
import { Checkbox, FormControlLabel, FormGroup, MenuItem, Radio, RadioGroup, TextField } from '@mui/material';
import { CHECKPOINT_VALUES, type FormField } from './types';

interface Props { field: FormField; value: unknown; error?: string; disabled?: boolean; onChange: (value: unknown) => void }

const CHECK_COLOR: Record<string, string> = { 是: '#2e7d32', 否: '#c62828', 不涉及: '#5b6b86' };

/** One answer input per field kind; the label and messages are the FieldBlock's. */
export const FieldInput = ({ field, value, error, disabled, onChange }: Props) => {
  const translate = useTranslate();
  const name = `answers.${field.key}`;
  switch (field.kind) {
    case 'checkpoint':
      return (
        <RadioGroup row name={name} value={(value as string) ?? ''} onChange={(e) => onChange(e.target.value)} aria-label={field.label}>
          {CHECKPOINT_VALUES.map((v) => (
            <FormControlLabel key={v} value={v} disabled={disabled} label={v}
              control={<Radio size="small" sx={{ '&.Mui-checked': { color: CHECK_COLOR[v] } }} />} sx={{ mr: 2 }} />
          ))}
        </RadioGroup>
      );
    case 'select':
      return (
        <TextField select size="small" name={name} value={(value as string) ?? ''} error={!!error} disabled={disabled} sx={{ minWidth: 240 }}
          onChange={(e) => onChange(e.target.value)} slotProps={{ htmlInput: { 'aria-label': field.label } }}>
          <MenuItem value=""><em>{translate('app.forms.choose')}</em></MenuItem>
          {(field.options ?? []).map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>)}
        </TextField>
      );
    case 'multiselect': {
      const chosen = Array.isArray(value) ? (value as string[]) : [];
      const toggle = (o: string) => onChange(chosen.includes(o) ? chosen.filter((x) => x !== o) : [...chosen, o]);
      return (
        <FormGroup row>
          {(field.options ?? []).map((o) => (
            <FormControlLabel key={o} label={o} disabled={disabled} control={<Checkbox size="small" checked={chosen.includes(o)} onChange={() => toggle(o)} />} />
          ))}
        </FormGroup>
      );
    }
    case 'number':
      return (
        <TextField type="number" size="small" name={name} value={value ?? ''} error={!!error} disabled={disabled} sx={{ width: 200 }}
          onChange={(e) => onChange(e.target.value === '' ? undefined : Number(e.target.value))} slotProps={{ htmlInput: { 'aria-label': field.label } }} />
      );
    case 'date':
      return (
        <TextField type="date" size="small" name={name} value={(value as string) ?? ''} error={!!error} disabled={disabled}
          onChange={(e) => onChange(e.target.value)} slotProps={{ htmlInput: { 'aria-label': field.label } }} />
      );
    default:
      return (
        <TextField fullWidth size="small" name={name} value={(value as string) ?? ''} error={!!error} disabled={disabled}
          multiline={field.kind === 'textarea'} minRows={field.kind === 'textarea' ? 3 : undefined}
          onChange={(e) => onChange(e.target.value)} slotProps={{ htmlInput: { 'aria-label': field.label, maxLength: field.kind === 'textarea' ? 5000 : 200 } }} />
      );
  }
};
