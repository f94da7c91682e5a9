import { Create, DateInput, FormDataConsumer, NumberInput, ReferenceInput, SelectInput, SimpleForm, TextInput, required } from 'react-admin';
import { choices } from '../../labels';

/** 移送: to another department on the platform, or to an outside body / judicial organ with its document number. */
export const ReferralCreate = () => (
  <Create redirect="show" transform={(d) => ({
    kind: d.kind, matter: d.matter, documentNo: d.documentNo || undefined, referredOn: d.referredOn || undefined,
    ...(d.kind === 'department' ? { toDepartmentId: d.toDepartmentId } : { receivingOrgan: d.receivingOrgan }),
    ...(d.inspectionId && { inspectionId: d.inspectionId }),
  })}>
    <SimpleForm defaultValues={{ kind: 'department' }}>
      <SelectInput source="kind" choices={choices('referralKind')} validate={required()} />
      <FormDataConsumer>
        {({ formData }) => (formData.kind === 'department'
          ? <ReferenceInput source="toDepartmentId" reference="departments"><SelectInput optionText="name" validate={required()} /></ReferenceInput>
          : <TextInput source="receivingOrgan" validate={required()} />)}
      </FormDataConsumer>
      <TextInput source="matter" multiline minRows={3} fullWidth validate={required()} />
      <TextInput source="documentNo" />
      <DateInput source="referredOn" />
      <NumberInput source="inspectionId" />
    </SimpleForm>
  </Create>
);
