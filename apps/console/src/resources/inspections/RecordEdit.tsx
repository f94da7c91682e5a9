import { useEffect, useMemo, useState } from 'react';
import { Loading, Title, useDataProvider, useGetList, useGetOne, useNotify, useParams, useRedirect, useTranslate } from 'react-admin';
import { Alert, Box, Button, CircularProgress, TextField } from '@mui/material';
import SaveIcon from '@mui/icons-material/Save';
import SendIcon from '@mui/icons-material/Send';
import type { AppDataProvider } from '../../dataProvider';
import { Evidence } from './Evidence';
import { useSectionForms } from './useSectionForms';
import { fromRecord, payload, type Draft } from './recordDraft';
import { serverErrorOf, type ServerError } from './serverError';
import { RecordPart } from './RecordPart';
import { RecordHeader } from './RecordHeader';
import { BasicPart } from './BasicPart';
import { PresentPart } from './PresentPart';
import { SectionParts } from './SectionParts';
import { EntrustmentPart } from './EntrustmentPart';
import { OutcomePart } from './OutcomePart';

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
  if (loadError) return <Alert severity="error" sx={{ mt: 2 }}>{(loadError as Error).message}</Alert>;
  if (isPending || !record || !draft) return <Loading />;

  const editable = record.status === 'draft';
  // editing a field clears the server's message under it
  const set = (patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d!, ...patch }));
    if (serverError) setServerError((e) => e && { ...e, fields: Object.fromEntries(Object.entries(e.fields).filter(([k]) => !(k in patch))) });
  };
  const fieldError = (field: string) => serverError?.fields[field];
  const part = { draft, set, editable, fieldError };

  const failed = (e: unknown) => {
    const error = serverErrorOf(e, sections);
    setServerError(error);
    notify(error.message, { type: 'error' });
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

  return (
    <Box sx={{ mt: { xs: 1, sm: 2 }, maxWidth: 960, pb: 10 }} data-testid="inspection-edit">
      <Title title={translate('app.inspections.editTitle', { name: record.entityName })} />
      <RecordHeader record={record} editable={editable} />
      <BasicPart {...part} />
      <PresentPart {...part} team={team} teamIds={teamIds} colleagues={colleagues} />

      <RecordPart title="app.inspections.parts.findings">
        <TextField fullWidth multiline minRows={4} disabled={!editable} label={translate('resources.inspections.fields.findings')} value={draft.findings}
          onChange={(e) => set({ findings: e.target.value })} slotProps={{ htmlInput: { maxLength: 5000, 'data-testid': 'inspection-findings' } }}
          error={!!fieldError('findings')} helperText={fieldError('findings')} />
      </RecordPart>

      <SectionParts {...part} sections={sections} formsError={formsError} serverError={serverError} setServerError={setServerError} />

      <RecordPart title="app.inspections.parts.evidence">
        <Evidence record={record} editable={editable} />
      </RecordPart>

      <EntrustmentPart {...part} />
      <OutcomePart {...part} sections={sections} />

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
