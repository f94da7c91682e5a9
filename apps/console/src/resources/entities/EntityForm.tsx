import { BooleanInput, NumberInput, SelectInput, SimpleForm, TextArrayInput, TextInput, minValue, regex, required, useTranslate } from 'react-admin';
import { DepartmentInput } from '../../components/DepartmentInput';
import { choices } from '../../labels';
import type { FieldKind } from '../../payload';
import { useMe } from '../../permissions';
import { FormGroup } from '../../components/FormGroup';

/** What POST/PUT /api/entities accept. */
export const ENTITY_FIELDS: Record<string, FieldKind> = {
  departmentId: 'optional', uscc: 'text', name: 'text', kind: 'optional', status: 'optional', legalRepresentative: 'text',
  contactPhone: 'text', address: 'text', regionCode: 'optional', businessScope: 'text', industryTags: 'list',
  riskTier: 'optional', abnormalList: 'value', seriousViolationList: 'value', complaintCount: 'optional', tags: 'list',
};


const USCC = regex(/^[0-9A-Z]{18}$/i, 'app.validation.uscc');
const REGION = regex(/^\d{6}$/, 'app.validation.regionCode');

export const EntityForm = ({ create = false }: { create?: boolean }) => {
  const me = useMe();
  const translate = useTranslate();
  return (
    <SimpleForm defaultValues={create ? { kind: 'enterprise', status: 'active', riskTier: 'B', abnormalList: false, seriousViolationList: false, complaintCount: 0, industryTags: [], tags: [] } : undefined}>
      <FormGroup title="app.entities.sections.basic">
        {create && me?.role === 'platform_admin' && <DepartmentInput validate={required()} />}
        <TextInput source="uscc" validate={[required(), USCC]} />
        <TextInput source="name" validate={required()} />
        <SelectInput source="kind" choices={choices('entityKind')} />
        <SelectInput source="status" choices={choices('entityStatus')} />
        <TextInput source="legalRepresentative" />
        <TextInput source="contactPhone" />
        <TextInput source="address" className="wide" />
        <TextInput source="regionCode" validate={REGION} />
        <TextArrayInput source="industryTags" helperText={false} />
        <TextInput source="businessScope" multiline minRows={3} className="wide" />
      </FormGroup>
      <FormGroup title="app.entities.sections.credit">
        <SelectInput source="riskTier" choices={choices('riskTier')} optionText={(c: { id: string; name: string }) => `${c.id} · ${translate(c.name)}`} translateChoice={false} />
        <NumberInput source="complaintCount" min={0} step={1} validate={minValue(0)} />
        <BooleanInput source="abnormalList" />
        <BooleanInput source="seriousViolationList" />
        {(create || me?.role === 'dept_admin') && <TextArrayInput source="tags" className="wide" helperText={false} />}
      </FormGroup>
    </SimpleForm>
  );
};
