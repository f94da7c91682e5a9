import { useEffect, useMemo, useState, type ReactNode } from 'react';
import {
  Link, Loading, Title, useDataProvider, useGetList, useGetOne, useNotify, useParams, useRedirect, useTranslate, type RaRecord,
} from 'react-admin';
import {
  Alert, Box, Button, Card, CardContent, Checkbox, Chip, CircularProgress, FormControlLabel, FormGroup, FormHelperText, MenuItem, TextField, Typography,
} from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import { DEFAULT_VIOLATION_CATEGORIES, INSPECTION_METHODS, OUTCOMES, isProblem, type Outcome } from '@sxgk/core/outcomes';
import type { AppDataProvider } from '../../dataProvider';
import { FormRenderer } from '../../forms/FormRenderer';
import type { Answers, FieldErrors } from '../../forms/types';
import { Evidence } from './Evidence';
import { useSectionForms, type StoredSection } from './useSectionForms';
import { InspectionStatusField } from './InspectionStatusField';

interface Draft {
  methods: string[];
  inspectionDate: string;
  present: number[];
  substitutionReason: string;
  findings: string;
  sections: Record<number, Answers>;
  institution: string;
  scope: string;
  outcome: string;
  violations: string[];
}

const fromRecord = (r: RaRecord): Draft => ({
  methods: r.methods ?? [],
  inspectionDate: r.inspectionDate ?? '',
  present: r.presentInspectorIds ?? [],
  substitutionReason: r.substitutionReason ?? '',
  findings: r.findings ?? '',
  sections: Object.fromEntries(((r.sections ?? []) as StoredSection[]).map((s) => [s.itemId, s.answers])),
  institution: r.entrustment?.institution ?? '',
  scope: r.entrustment?.scope ?? '',
  outcome: r.outcome ?? '',
  violations: r.violations ?? [],
});

const filled = (a: Answers) => Object.values(a).some((v) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0));
const drop = (a: Answers) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));

/** The PUT body: only what the inspector has started, so a half-filled draft can still be saved. */
function payload(d: Draft) {
  const entrusted = d.institution.trim() || d.scope.trim();
  return {
    methods: d.methods,
    inspectionDate: d.inspectionDate || null,
    ...(d.present.length > 0 && { presentInspectorIds: d.present, substitutionReason: d.substitutionReason.trim() || null }),
    findings: d.findings,
    sections: Object.entries(d.sections).filter(([, a]) => filled(a)).map(([itemId, answers]) => ({ itemId: Number(itemId), answers: drop(answers) })),
    entrustment: entrusted ? { institution: d.institution.trim(), scope: d.scope.trim() } : null,
    outcome: d.outcome || null,
    violations: d.outcome && isProblem(d.outcome as Outcome) ? d.violations : [],
  };
}

type ServerError = { message: string; fields: Record<string, string>; sections: Record<number, FieldErrors> };

/** A titled card of the record form; on a phone the cards stack at full width. */
const Part = ({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) => {
  const translate = useTranslate();
  return (
    <Card sx={{ mb: 2 }} data-testid={testId}>
      <CardContent sx={{ p: { xs: 1.5, sm: 2 } }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, color: 'primary.main', mb: 1 }}>{translate(title)}</Typography>
        {children}
      </CardContent>
    </Card>
  );
};

/**
 * 填写检查记录 (#/inspections/:id): the inspector's one form per drawn entity, usable on a phone.
 * Saves with PUT (the server validates each section with its form) and submits for review; the
 * server's 422 messages appear next to the fields they concern and as a notification.
 */
export const InspectionRecordEdit = () => {
  const { id } = useParams<{ id: string }>();
  const translate = useTranslate();
  const notify = useNotify();
  const redirect = useRedirect();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: record, isPending, error: loadError, refetch } = useGetOne('inspections', { id: id! }, { enabled: !!id });
  const { sections, error: formsError } = useSectionForms(record);
  const { data: team } = useGetList('assignments', {
    filter: { targetId: record?.targetId }, pagination: { page: 1, perPage: 50 }, sort: { field: 'position', order: 'ASC' },
  }, { enabled: !!record?.targetId });
  const { data: colleagues } = useGetList('inspectors', { filter: { active: true }, pagination: { page: 1, perPage: 500 }, sort: { field: 'name', order: 'ASC' } }, { enabled: !!record });
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState<'save' | 'submit' | null>(null);
  const [serverError, setServerError] = useState<ServerError | null>(null);

  useEffect(() => { if (record) setDraft(fromRecord(record)); }, [record?.id, record?.updatedAt]); // eslint-disable-line react-hooks/exhaustive-deps

  const teamIds = useMemo(() => (team ?? []).map((a) => a.inspectorId as number), [team]);
  // the department's own categories: the problem categories of the forms this record is filled on
  const categories = useMemo(() => [...new Set([
    ...(sections ?? []).flatMap((s) => s.form?.definition.sections.flatMap((x) => x.fields.map((f) => f.problemCategory ?? '')) ?? []),
    ...DEFAULT_VIOLATION_CATEGORIES,
  ].filter(Boolean))], [sections]);
  if (loadError) return <Alert severity="error" sx={{ mt: 2 }}>{(loadError as Error).message}</Alert>;
  if (isPending || !record || !draft) return <Loading />;

  const editable = record.status === 'draft';
  const substitutes = draft.present.filter((p) => !teamIds.includes(p));
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d!, ...patch }));
    if (serverError) setServerError((e) => e && { ...e, fields: Object.fromEntries(Object.entries(e.fields).filter(([k]) => !(k in patch))) });
  };
  const toggle = (list: string[] | number[], value: string | number) =>
    ((list as (string | number)[]).includes(value) ? (list as (string | number)[]).filter((v) => v !== value) : [...list, value]) as never;
  const fieldError = (field: string) => serverError?.fields[field];

  const failed = (e: unknown) => {
    const body = (e as { body?: { errors?: Record<string, unknown>; error?: { details?: { itemName?: string; errors?: { field: string; message: string }[] } } } }).body;
    const fields: Record<string, string> = {};
    for (const [k, v] of Object.entries(body?.errors ?? {})) if (k !== 'root' && typeof v === 'string') fields[k] = v;
    const secs: Record<number, FieldErrors> = {};
    const details = body?.error?.details;
    if (details?.itemName && Array.isArray(details.errors)) {
      const section = sections?.find((s) => s.itemName === details.itemName);
      if (section) {
        secs[section.itemId] = {};
        for (const d of details.errors) secs[section.itemId]![d.field] ??= d.message;
      }
    }
    const message = (e as Error).message;
    setServerError({ message, fields, sections: secs });
    notify(message, { type: 'error' });
  };

  const save = async (quiet = false) => {
    const { data } = await dataProvider.update('inspections', { id: record.id, data: payload(draft), previousData: record });
    setServerError(null);
    if (!quiet) notify('app.inspections.saved', { type: 'success' });
    return data;
  };
  const onSave = async () => {
    setBusy('save');
    try {
      await save();
      await refetch();
    } catch (e) {
      failed(e);
    } finally {
      setBusy(null);
    }
  };
  const onSubmit = async () => {
    setBusy('submit');
    try {
      await save(true);
      await dataProvider.inspectionAction(record.id, 'submit');
      notify('app.inspections.submitDone', { type: 'success' });
      redirect('show', 'inspections', record.id);
    } catch (e) {
      failed(e);
      await refetch();
    } finally {
      setBusy(null);
    }
  };

  const problem = !!draft.outcome && isProblem(draft.outcome as Outcome);
  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, maxWidth: 960, pb: 10 }} data-testid="inspection-edit">
      <Title title={translate('app.inspections.editTitle', { name: record.entityName })} />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ p: { xs: 1.5, sm: 2 } }}>
          <Typography variant="h6" component="h1" sx={{ fontSize: { xs: 18, sm: 20 } }} data-testid="inspection-entity">{record.entityName}</Typography>
          <Typography variant="body2" color="text.secondary" sx={{ fontFamily: 'monospace' }}>{record.uscc}</Typography>
          <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mt: 1 }}>
            <InspectionStatusField record={record} />
            <Chip size="small" variant="outlined" label={translate('app.items.version', { version: record.version })} />
            <Typography variant="body2" color="text.secondary">{record.taskName}</Typography>
          </Box>
        </CardContent>
      </Card>
      {!editable && (
        <Alert severity="info" sx={{ mb: 2 }} action={<Link to={`/inspections/${record.id}/show`}>{translate('ra.action.show')}</Link>}>
          {translate('app.inspections.notDraft')}
        </Alert>
      )}
      {record.reviewNote && editable && <Alert severity="warning" sx={{ mb: 2 }} data-testid="inspection-review-note">{translate('app.inspections.reviewNote', { note: record.reviewNote })}</Alert>}
      {record.correctionReason && <Alert severity="info" sx={{ mb: 2 }}>{translate('app.inspections.correctionReason', { reason: record.correctionReason })}</Alert>}

      <Part title="app.inspections.parts.basic">
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
      </Part>

      <Part title="app.inspections.parts.present" testId="inspection-present">
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
      </Part>

      <Part title="app.inspections.parts.findings">
        <TextField fullWidth multiline minRows={4} disabled={!editable} label={translate('resources.inspections.fields.findings')} value={draft.findings}
          onChange={(e) => set({ findings: e.target.value })} slotProps={{ htmlInput: { maxLength: 5000, 'data-testid': 'inspection-findings' } }}
          error={!!fieldError('findings')} helperText={fieldError('findings')} />
      </Part>

      {formsError && <Alert severity="error" sx={{ mb: 2 }}>{formsError}</Alert>}
      {!sections && !formsError && <Box sx={{ textAlign: 'center', my: 2 }}><CircularProgress size={24} /></Box>}
      {sections?.map((s) => (
        <Part key={s.itemId} title={translate('app.inspections.sectionTitle', { name: s.itemName })} testId={`section-${s.itemId}`}>
          {s.form ? (
            <>
              <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
                {s.form.title} · {translate('app.items.version', { version: s.form.version })}
              </Typography>
              <FormRenderer definition={s.form.definition} answers={draft.sections[s.itemId] ?? {}} errors={serverError?.sections[s.itemId]} disabled={!editable}
                onChange={(key, value) => {
                  set({ sections: { ...draft.sections, [s.itemId]: { ...(draft.sections[s.itemId] ?? {}), [key]: value } } });
                  setServerError((e) => e && { ...e, sections: { ...e.sections, [s.itemId]: Object.fromEntries(Object.entries(e.sections[s.itemId] ?? {}).filter(([k]) => k !== key)) } });
                }} />
            </>
          ) : <Alert severity="warning">{translate('app.inspections.noForm')}</Alert>}
        </Part>
      ))}

      <Part title="app.inspections.parts.evidence">
        <Evidence record={record} editable={editable} />
      </Part>

      <Part title="app.inspections.parts.entrustment">
        <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>{translate('app.inspections.entrustmentHint')}</Typography>
        <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', sm: '1fr 2fr' } }}>
          <TextField label={translate('app.inspections.institution')} value={draft.institution} disabled={!editable} onChange={(e) => set({ institution: e.target.value })}
            required={draft.methods.includes('third_party')} slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'entrustment-institution' } }} />
          <TextField label={translate('app.inspections.scope')} value={draft.scope} disabled={!editable} onChange={(e) => set({ scope: e.target.value })}
            required={draft.methods.includes('third_party')} slotProps={{ htmlInput: { maxLength: 1000, 'data-testid': 'entrustment-scope' } }} />
        </Box>
        {(fieldError('entrustment') || fieldError('entrustingDepartmentId')) && <FormHelperText error>{fieldError('entrustment') ?? fieldError('entrustingDepartmentId')}</FormHelperText>}
      </Part>

      <Part title="app.inspections.parts.outcome" testId="inspection-outcome-part">
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
      </Part>

      {serverError && <Alert severity="error" sx={{ mb: 2 }} data-testid="inspection-error">{serverError.message}</Alert>}
      {editable && (
        <Box sx={{ position: 'sticky', bottom: 0, zIndex: 2, py: 1.5, px: 2, bgcolor: '#eef2f8', borderRadius: 1, display: 'flex', gap: 1.5, flexWrap: 'wrap' }}>
          <Button variant="outlined" startIcon={busy === 'save' ? <CircularProgress size={16} /> : <SaveIcon />} disabled={!!busy} onClick={onSave} data-testid="inspection-save" sx={{ flex: { xs: 1, sm: 'none' } }}>
            {translate('ra.action.save')}
          </Button>
          <Button variant="contained" startIcon={busy === 'submit' ? <CircularProgress size={16} color="inherit" /> : <SendIcon />} disabled={!!busy} onClick={onSubmit} data-testid="inspection-submit" sx={{ flex: { xs: 1, sm: 'none' } }}>
            {translate('app.inspections.submit')}
          </Button>
        </Box>
      )}
    </Box>
  );
};
