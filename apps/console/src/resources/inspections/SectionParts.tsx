import type { Dispatch, SetStateAction } from 'react';
import { useTranslate } from 'react-admin';
import { Alert, Box, CircularProgress, Typography } from '@mui/material';
import { FormRenderer } from '../../forms/FormRenderer';
import { RecordPart } from './RecordPart';
import type { PartProps } from './recordDraft';
import type { ServerError } from './serverError';
import type { SectionForm } from './useSectionForms';

interface Props extends Pick<PartProps, 'draft' | 'set' | 'editable'> {
  sections: SectionForm[] | null;
  formsError: string | null;
  serverError: ServerError | null;
  setServerError: Dispatch<SetStateAction<ServerError | null>>;
}

/** One card per item of the task, filled on that item's form; editing an answer clears its server message. */
export const SectionParts = ({ draft, set, editable, sections, formsError, serverError, setServerError }: Props) => {
  const translate = useTranslate();
  return (
    <>
      {formsError && <Alert severity="error" sx={{ mb: 2 }}>{formsError}</Alert>}
      {!sections && !formsError && <Box sx={{ textAlign: 'center', my: 2 }}><CircularProgress size={24} /></Box>}
      {sections?.map((s) => (
        <RecordPart key={s.itemId} title={translate('app.inspections.sectionTitle', { name: s.itemName })} testId={`section-${s.itemId}`}>
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
        </RecordPart>
      ))}
    </>
  );
};
