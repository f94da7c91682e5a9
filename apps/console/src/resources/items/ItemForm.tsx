import {
  BooleanInput, FormDataConsumer, RadioButtonGroupInput, SaveButton, SimpleForm, TextArrayInput, TextInput, Toolbar,
  required, useRecordContext, useTranslate,
} from 'react-admin';
import { Alert } from '@mui/material';
import { DepartmentInput } from '../../components/DepartmentInput';
import { choices } from '../../labels';
import type { FieldKind } from '../../payload';
import { useMe } from '../../permissions';
import { FormGroup } from '../../components/FormGroup';

/** What PUT/POST /api/items accept, and how an empty input is sent. */
export const ITEM_FIELDS: Record<string, FieldKind> = {
  departmentId: 'optional', category: 'text', name: 'text', entityKind: 'text', itemType: 'optional', methods: 'list',
  inspectingBody: 'text', legalBasis: 'text', ratio: 'text', frequency: 'text', content: 'text', requiredField: 'nullable',
  isJoint: 'value', jointField: 'text', initiatingDepartment: 'text', cooperatingDepartments: 'list',
};


const FormToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);

/** The item form of Create and Edit. A published or withdrawn item is frozen: no save. */
export const ItemForm = ({ create = false }: { create?: boolean }) => {
  const record = useRecordContext();
  const me = useMe();
  const translate = useTranslate();
  const frozen = !create && !!record && record.status !== 'draft';
  return (
    <SimpleForm toolbar={frozen ? false : <FormToolbar />} defaultValues={create ? { itemType: 'general', methods: [], isJoint: false, cooperatingDepartments: [] } : undefined}>
      {frozen && <Alert severity="info" sx={{ width: '100%', mb: 2 }}>{translate('app.items.frozen')}</Alert>}
      <FormGroup title="app.items.sections.basic">
        {create && me?.role === 'platform_admin' && <DepartmentInput validate={required()} />}
        <TextInput source="name" validate={required()} className="wide" />
        <TextInput source="category" />
        <TextInput source="entityKind" />
        <RadioButtonGroupInput source="itemType" choices={choices('itemType')} />
        <TextArrayInput source="methods" helperText={false} />
        <TextInput source="inspectingBody" />
        <TextInput source="requiredField" />
        <TextInput source="ratio" />
        <TextInput source="frequency" />
        {!create && <TextInput source="seq" readOnly helperText="app.items.readonlyHint" />}
        {!create && <TextInput source="compilingUnit" readOnly helperText="app.items.readonlyHint" />}
      </FormGroup>
      <FormGroup title="app.items.sections.basis">
        <TextInput source="legalBasis" multiline minRows={4} className="wide" />
        <TextInput source="content" multiline minRows={3} className="wide" />
      </FormGroup>
      <FormGroup title="app.items.sections.joint">
        <BooleanInput source="isJoint" className="wide" />
        <FormDataConsumer>
          {({ formData }) => formData.isJoint ? (
            <>
              <TextInput source="jointField" />
              <TextInput source="initiatingDepartment" />
              <TextArrayInput source="cooperatingDepartments" className="wide" helperText={false} />
            </>
          ) : null}
        </FormDataConsumer>
      </FormGroup>
    </SimpleForm>
  );
};
