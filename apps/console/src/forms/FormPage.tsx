import { useEffect, useState } from 'react';
import { Link, Loading, Title, useDataProvider, useGetOne, useParams, useTranslate, useLocation } from 'react-admin';
import { Alert, Box, Button, Card, CardContent, Chip, Typography } from '@mui/material';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { AppDataProvider, StoredForm } from '../dataProvider';
import { FormRenderer } from './FormRenderer';
import type { Answers, FieldErrors } from './types';

type Outcome = { ok: true; problems: string[] } | { ok: false; count: number; message: string };
const drop = (a: Answers) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)));

/**
 * 检查表单 (#/forms/:id?item=<itemId>): fills a plugin's form and has the server check it — field-level
 * messages next to the fields, or the problems the answers amount to. No record is stored yet.
 */
export const FormPage = () => {
  const { id } = useParams<{ id: string }>();
  const itemId = new URLSearchParams(useLocation().search).get('item');
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data: item } = useGetOne('items', { id: itemId ?? 0 }, { enabled: !!itemId });
  const [form, setForm] = useState<StoredForm | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Answers>({});
  const [errors, setErrors] = useState<FieldErrors>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (id) dataProvider.getForm(id).then(setForm, (e) => setLoadError((e as Error).message));
  }, [dataProvider, id]);
  if (loadError) return <Alert severity="error" sx={{ mt: 2 }}>{loadError}</Alert>;
  if (!form) return <Loading />;

  const change = (key: string, value: unknown) => {
    setAnswers((a) => ({ ...a, [key]: value }));
    setErrors(({ [key]: _fixed, ...rest }) => rest);
  };
  const submit = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const r = await dataProvider.validateForm(form.id, drop(answers));
      setErrors({});
      setOutcome({ ok: true, problems: r.problems });
    } catch (e) {
      const body = (e as { body?: { error?: { details?: { field: string; message: string }[] } } }).body;
      const details = Array.isArray(body?.error?.details) ? body.error.details : [];
      const next: FieldErrors = {};
      for (const d of details) next[d.field] ??= d.message;
      setErrors(next);
      setOutcome({ ok: false, count: details.length, message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 1100 }}>
      <Title title={form.title} />
      <Card sx={{ mb: 2 }}>
        <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
          <FactCheckIcon color="primary" />
          <Typography variant="h6" component="h1" sx={{ flex: 1 }}>{form.title}</Typography>
          <Chip size="small" label={translate('app.items.version', { version: form.version })} />
          <Chip size="small" variant="outlined" label={translate(`plugins.${form.pluginId}.name`, { _: form.pluginId })} />
          {item && <Link to={`/items/${item.id}/show`}>{translate('app.forms.forItem', { name: item.name })}</Link>}
        </CardContent>
      </Card>
      {form.definition.description && <Alert severity="info" sx={{ mb: 2 }}>{form.definition.description}</Alert>}
      <FormRenderer definition={form.definition} answers={answers} errors={errors} disabled={busy} onChange={change} />
      <Box sx={{ position: 'sticky', bottom: 0, mt: 2, py: 1.5, px: 2, bgcolor: '#eef2f8', borderRadius: 1, display: 'flex', alignItems: 'center', gap: 2 }}>
        <Button variant="contained" onClick={submit} disabled={busy} data-testid="form-submit">{translate('app.forms.submit')}</Button>
        <Typography variant="body2" color="text.secondary">{translate('app.forms.submitHint')}</Typography>
      </Box>
      {outcome && (
        <Box sx={{ mt: 2 }} data-testid="form-result">
          {outcome.ok ? (
            <Alert severity={outcome.problems.length ? 'warning' : 'success'}>
              <b>{translate('app.forms.valid')}</b>
              {outcome.problems.length ? translate('app.forms.problems', { list: outcome.problems.join('；') }) : translate('app.forms.noProblems')}
            </Alert>
          ) : (
            <Alert severity="error">{translate('app.forms.invalid', { smart_count: outcome.count })}</Alert>
          )}
        </Box>
      )}
    </Box>
  );
};
