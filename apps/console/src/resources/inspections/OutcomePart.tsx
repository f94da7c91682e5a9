import { useMemo } from 'react';
import { useTranslate } from 'react-admin';
import { Box, Chip, FormHelperText, MenuItem, TextField, Typography } from '@mui/material';
import { DEFAULT_VIOLATION_CATEGORIES, OUTCOMES, isProblem, type Outcome } from '@sxgk/core/outcomes';
import { RecordPart } from './RecordPart';
import { toggle, type PartProps } from './recordDraft';
import type { SectionForm } from './useSectionForms';

/** The outcome, and for a problem outcome the violation categories it is published with. */
export const OutcomePart = ({ draft, set, editable, fieldError, sections }: PartProps & { sections: SectionForm[] | null }) => {
  const translate = useTranslate();
  // the department's own categories: the problem categories of the forms this record is filled on
  const categories = useMemo(() => [...new Set([
    ...(sections ?? []).flatMap((s) => s.form?.definition.sections.flatMap((x) => x.fields.map((f) => f.problemCategory ?? '')) ?? []),
    ...DEFAULT_VIOLATION_CATEGORIES,
  ].filter(Boolean))], [sections]);
  const problem = !!draft.outcome && isProblem(draft.outcome as Outcome);
  return (
    <RecordPart title="app.inspections.parts.outcome" testId="inspection-outcome-part">
      <TextField select fullWidth required disabled={!editable} label={translate('resources.inspections.fields.outcome')} value={draft.outcome}
        onChange={(e) => set({ outcome: e.target.value, violations: isProblem(e.target.value as Outcome) ? draft.violations : [] })}
        error={!!fieldError('outcome')} helperText={fieldError('outcome')} slotProps={{ select: { SelectDisplayProps: { 'data-testid': 'inspection-outcome' } as object } }}>
        {OUTCOMES.map((o) => <MenuItem key={o} value={o}>{translate(`enums.outcome.${o}`)}</MenuItem>)}
      </TextField>
      {problem && (
        <Box sx={{ mt: 2 }} data-testid="inspection-violations">
          <Typography variant="body2" sx={{ fontWeight: 500, mb: 1 }}>{translate('resources.inspections.fields.violations')} *</Typography>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            {categories.map((v) => {
              const on = draft.violations.includes(v);
              return <Chip key={v} label={v} color={on ? 'error' : 'default'} variant={on ? 'filled' : 'outlined'} disabled={!editable}
                onClick={() => set({ violations: toggle(draft.violations, v) })} sx={{ height: 'auto', py: 0.5, '& .MuiChip-label': { whiteSpace: 'normal' } }} />;
            })}
          </Box>
          <FormHelperText>{translate('app.inspections.violationsHint')}</FormHelperText>
        </Box>
      )}
    </RecordPart>
  );
};
