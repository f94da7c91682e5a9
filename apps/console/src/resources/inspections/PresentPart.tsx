import { useTranslate, type RaRecord } from 'react-admin';
import { Checkbox, Chip, FormControlLabel, FormGroup, FormHelperText, MenuItem, TextField, Typography } from '@mui/material';
import { RecordPart } from './RecordPart';
import { toggle, type PartProps } from './recordDraft';

interface Props extends PartProps {
  /** The drawn team of the target (assignments). */
  team: RaRecord[] | undefined;
  teamIds: number[];
  /** Active inspectors who may stand in for a drawn one. */
  colleagues: RaRecord[] | undefined;
}

/**
 * Who was actually there: the drawn team ticked off, plus substitutes — anyone present who was
 * not drawn, which the server only accepts with a reason.
 */
export const PresentPart = ({ draft, set, editable, fieldError, team, teamIds, colleagues }: Props) => {
  const translate = useTranslate();
  const substitutes = draft.present.filter((p) => !teamIds.includes(p));
  return (
    <RecordPart title="app.inspections.parts.present" testId="inspection-present">
      <Typography variant="caption" color="text.secondary" component="div">{translate('app.inspections.presentHint')}</Typography>
      <FormGroup>
        {(team ?? []).map((a) => (
          <FormControlLabel key={a.id} disabled={!editable}
            control={<Checkbox checked={draft.present.includes(a.inspectorId)} onChange={() => set({ present: toggle(draft.present, a.inspectorId) })} slotProps={{ input: { 'data-testid': `present-${a.inspectorId}` } as object }} />}
            label={`${a.inspectorName}（${a.certificateNo}）`} />
        ))}
      </FormGroup>
      {substitutes.map((s) => (
        <Chip key={s} sx={{ mr: 1, mt: 1 }} color="warning" label={`${translate('app.inspections.substitute')}：${colleagues?.find((c) => c.id === s)?.name ?? s}`}
          onDelete={editable ? () => set({ present: draft.present.filter((p) => p !== s) }) : undefined} />
      ))}
      {editable && (
        <TextField select size="small" label={translate('app.inspections.addSubstitute')} value="" sx={{ mt: 1.5, width: { xs: '100%', sm: 320 } }}
          onChange={(e) => set({ present: [...draft.present, Number(e.target.value)] })}>
          {(colleagues ?? []).filter((c) => !draft.present.includes(c.id as number) && !teamIds.includes(c.id as number)).map((c) => (
            <MenuItem key={c.id} value={c.id}>{c.name}（{c.certificateNo}）</MenuItem>
          ))}
        </TextField>
      )}
      {fieldError('presentInspectorIds') && <FormHelperText error data-testid="error-presentInspectorIds">{fieldError('presentInspectorIds')}</FormHelperText>}
      {(substitutes.length > 0 || fieldError('substitutionReason')) && (
        <TextField fullWidth multiline minRows={2} sx={{ mt: 2 }} required disabled={!editable} label={translate('resources.inspections.fields.substitutionReason')}
          value={draft.substitutionReason} onChange={(e) => set({ substitutionReason: e.target.value })}
          error={!!fieldError('substitutionReason')} helperText={fieldError('substitutionReason') ?? translate('app.inspections.substitutionHint')} />
      )}
    </RecordPart>
  );
};
