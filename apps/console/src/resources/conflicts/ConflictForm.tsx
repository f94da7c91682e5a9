import { AutocompleteInput, ReferenceInput, SimpleForm, TextInput, required } from 'react-admin';
import { entityLabel } from '../../components/display';


/** Create picks the inspector and the entity; afterwards only the reason changes. */
export const ConflictForm = ({ create = false }: { create?: boolean }) => (
  <SimpleForm>
    {create && (
      <ReferenceInput source="inspectorId" reference="inspectors" perPage={20} sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText="name" filterToQuery={(q: string) => ({ q })} validate={required()} />
      </ReferenceInput>
    )}
    {create && (
      <ReferenceInput source="entityId" reference="entities" perPage={20} sort={{ field: 'name', order: 'ASC' }}>
        <AutocompleteInput optionText={entityLabel} filterToQuery={(q: string) => ({ q })} validate={required()} />
      </ReferenceInput>
    )}
    {!create && <TextInput source="inspectorName" readOnly />}
    {!create && <TextInput source="entityName" readOnly />}
    <TextInput source="reason" validate={required()} multiline minRows={2} />
  </SimpleForm>
);
