import { useTranslate } from 'react-admin';
import { Box, FormHelperText, TextField, Typography } from '@mui/material';
import { RecordPart } from './RecordPart';
import type { PartProps } from './recordDraft';

/** The third-party institution and its scope; required once the third_party method is ticked. */
export const EntrustmentPart = ({ draft, set, editable, fieldError }: PartProps) => {
  const translate = useTranslate();
  return (
    <RecordPart title="app.inspections.parts.entrustment">
      <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>{translate('app.inspections.entrustmentHint')}</Typography>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 2fr' } }}>
        <TextField label={translate('app.inspections.institution')} value={draft.institution} disabled={!editable} onChange={(e) => set({ institution: e.target.value })}
          required={draft.methods.includes('third_party')} slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'entrustment-institution' } }} />
        <TextField label={translate('app.inspections.scope')} value={draft.scope} disabled={!editable} onChange={(e) => set({ scope: e.target.value })}
          required={draft.methods.includes('third_party')} slotProps={{ htmlInput: { maxLength: 1000, 'data-testid': 'entrustment-scope' } }} />
      </Box>
      {(fieldError('entrustment') || fieldError('entrustingDepartmentId')) && <FormHelperText error>{fieldError('entrustment') ?? fieldError('entrustingDepartmentId')}</FormHelperText>}
    </RecordPart>
  );
};
