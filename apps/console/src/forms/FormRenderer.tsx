import { useTranslate } from 'react-admin';
import { Box, Chip, FormHelperText, Paper, Typography } from '@mui/material';
import LockIcon from '@mui/icons-material/Lock';
import { FieldInput } from './FieldInput';
import { isRequired, type Answers, type FieldErrors, type FormDefinition, type FormField } from './types';

interface Props {
  definition: FormDefinition;
  answers: Answers;
  errors?: FieldErrors;
  disabled?: boolean;
  onChange: (key: string, value: unknown) => void;
}

/** A field: label (required *, 保密), help, input, and the server's message for it in red. */
const FieldBlock = ({ field, value, error, disabled, onChange }: { field: FormField; value: unknown; error?: string; disabled?: boolean; onChange: (v: unknown) => void }) => {
  const translate = useTranslate();
  const inline = field.kind === 'checkpoint';
  return (
    <Box data-testid={`form-field-${field.key}`} data-error={error ? 'true' : undefined}
      sx={{ display: 'grid', gap: 1, alignItems: 'center', py: 1.25, px: 1.5, borderBottom: '1px solid #eef2f8', bgcolor: error ? '#fdecea' : undefined,
        gridTemplateColumns: { xs: '1fr', md: inline ? 'minmax(0, 1fr) auto' : '280px minmax(0, 1fr)' } }}>
      <Box>
        <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
          {field.label}{isRequired(field) && <Box component="span" sx={{ color: 'error.main', ml: 0.5 }}>*</Box>}
        </Typography>
        {field.confidential && (
          <Chip size="small" icon={<LockIcon sx={{ fontSize: 14 }} />} label={translate('app.forms.confidential')} color="warning" variant="outlined" sx={{ ml: 1, height: 20 }} />
        )}
        {field.help && <Typography variant="caption" component="div" color="text.secondary">{field.help}</Typography>}
      </Box>
      <Box>
        <FieldInput field={field} value={value} error={error} disabled={disabled} onChange={onChange} />
        {error && <FormHelperText error data-testid={`form-error-${field.key}`} sx={{ fontSize: 13 }}>{error}</FormHelperText>}
      </Box>
    </Box>
  );
};

/**
 * Renders any plugin inspection form from its stored definition: sections, 是/否/不涉及 check points,
 * text, numbers, dates and choices. Controlled: the caller keeps the answers and the field errors
 * (from POST /api/forms/:id/validate), so an inspection record screen can reuse it as it is.
 */
export const FormRenderer = ({ definition, answers, errors = {}, disabled, onChange }: Props) => (
  <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
    {definition.sections.map((section, i) => (
      <Paper key={section.title} variant="outlined" sx={{ overflow: 'hidden' }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, color: 'primary.main', px: 1.5, py: 1, bgcolor: '#eef2f8' }}>
          {i + 1}. {section.title}
        </Typography>
        {section.fields.map((f) => (
          <FieldBlock key={f.key} field={f} value={answers[f.key]} error={errors[f.key]} disabled={disabled} onChange={(v) => onChange(f.key, v)} />
        ))}
      </Paper>
    ))}
  </Box>
);
