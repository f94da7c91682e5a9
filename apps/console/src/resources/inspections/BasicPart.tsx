import { useTranslate } from 'react-admin';
import { Checkbox, FormControlLabel, FormGroup, FormHelperText, TextField, Typography } from '@mui/material';
import { INSPECTION_METHODS } from '@sxgk/core/outcomes';
import { RecordPart } from './RecordPart';
import { toggle, type PartProps } from './recordDraft';

/** How and when the inspection was done. */
export const BasicPart = ({ draft, set, editable, fieldError }: PartProps) => {
  const translate = useTranslate();
  return (
    <RecordPart title="app.inspections.parts.basic">
      <Typography variant="body2" sx={{ fontWeight: 500 }}>{translate('resources.inspections.fields.methods')} *</Typography>
      <FormGroup row data-testid="inspection-methods">
        {INSPECTION_METHODS.map((m) => (
          <FormControlLabel key={m} sx={{ minWidth: { xs: '100%', sm: 'auto' } }} disabled={!editable}
            control={<Checkbox checked={draft.methods.includes(m)} onChange={() => set({ methods: toggle(draft.methods, m) })} />}
            label={translate(`enums.inspectionMethod.${m}`)} />
        ))}
      </FormGroup>
      {fieldError('methods') && <FormHelperText error>{fieldError('methods')}</FormHelperText>}
      <TextField type="date" label={translate('resources.inspections.fields.inspectionDate')} value={draft.inspectionDate} disabled={!editable} required
        onChange={(e) => set({ inspectionDate: e.target.value })} sx={{ mt: 2, width: { xs: '100%', sm: 240 } }}
        slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'inspection-date' } }}
        error={!!fieldError('inspectionDate')} helperText={fieldError('inspectionDate')} />
    </RecordPart>
  );
};
