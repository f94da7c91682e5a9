import {
  AutocompleteArrayInput, DateInput, FormDataConsumer, NumberInput, ReferenceArrayInput, SimpleForm, TextInput,
  minValue, required, useRecordContext, useTranslate,
} from 'react-admin';
import { Alert, Box } from '@mui/material';
import { DepartmentInput } from '../../components/DepartmentInput';
import { FormGroup } from '../../components/FormGroup';
import type { FieldKind } from '../../payload';
import { useMe } from '../../permissions';

/** What POST/PUT /api/plans accept. */
export const PLAN_FIELDS: Record<string, FieldKind> = {
  departmentId: 'optional', name: 'text', content: 'text', itemIds: 'ids', periodStart: 'nullable', periodEnd: 'nullable',
  year: 'optional', ratio: 'text', frequency: 'text', quantity: 'id',
};

/** Only published items may be planned: an unpublished item has no public legal basis yet. */
export const PublishedItemsInput = ({ departmentId, source = 'itemIds', validate }: { departmentId?: number | null; source?: string; validate?: ReturnType<typeof required> }) => {
  const translate = useTranslate();
  return (
    <ReferenceArrayInput source={source} reference="items" perPage={50} sort={{ field: 'name', order: 'ASC' }}
      filter={{ status: 'published', ...(departmentId ? { departmentId } : {}) }}>
      <AutocompleteArrayInput optionText="name" filterToQuery={(q: string) => ({ q })} helperText={translate('app.plans.publishedOnly')} validate={validate} />
    </ReferenceArrayInput>
  );
};

export const PlanForm = ({ create = false }: { create?: boolean }) => {
  const record = useRecordContext();
  const me = useMe();
  const translate = useTranslate();
  const frozen = !create && !!record && record.status !== 'draft';
  const year = new Date().getFullYear();
  return (
    <SimpleForm toolbar={frozen ? false : undefined} defaultValues={create ? { year, itemIds: [] } : undefined}>
      {frozen && <Alert severity="info" sx={{ width: '100%', mb: 2 }}>{translate('app.plans.frozen')}</Alert>}
      {record?.reviewNote && <Alert severity="warning" sx={{ width: '100%', mb: 2 }}>{translate('app.plans.reviewNote', { note: record.reviewNote })}</Alert>}
      {record?.adjustmentReason && <Alert severity="info" sx={{ width: '100%', mb: 2 }}>{translate('resources.plans.fields.adjustmentReason')}：{record.adjustmentReason}</Alert>}
      <FormGroup title="app.plans.sections.basic">
        {create && me?.role === 'platform_admin' && <DepartmentInput validate={required()} />}
        <TextInput source="name" validate={required()} className="wide" />
        <NumberInput source="year" min={2000} max={2100} step={1} validate={required()} />
        <Box />
        <DateInput source="periodStart" />
        <DateInput source="periodEnd" />
        <TextInput source="ratio" />
        <TextInput source="frequency" />
        <NumberInput source="quantity" min={0} step={1} validate={minValue(0)} />
      </FormGroup>
      <FormGroup title="app.plans.sections.items">
        <Box className="wide">
          <FormDataConsumer>
            {({ formData }) => <PublishedItemsInput departmentId={formData.departmentId ?? record?.departmentId} />}
          </FormDataConsumer>
        </Box>
        <TextInput source="content" multiline minRows={3} className="wide" />
      </FormGroup>
    </SimpleForm>
  );
};
