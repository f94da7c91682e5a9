import { CheckboxGroupInput, FormDataConsumer, RadioButtonGroupInput, TextArrayInput, regex } from 'react-admin';
import { FormGroup } from '../../components/FormGroup';
import { choices } from '../../labels';

const MODES = [{ id: 'directed', name: 'app.tasks.directed' }, { id: 'undirected', name: 'app.tasks.undirected' }];
const REGION = regex(/^\d{6}$/, 'app.validation.regionCode');
const regions = (values: unknown) => (Array.isArray(values) ? values.map((v) => REGION(v, {}, {})).find(Boolean) : undefined);

/** 定向 (the filters below) or 不定向 (every entity in the participating departments' directories). */
export const ScopeInputs = () => (
  <FormGroup title="app.tasks.sections.scope">
    <RadioButtonGroupInput source="mode" label="resources.tasks.fields.directed" choices={MODES} className="wide" />
    <FormDataConsumer>
      {({ formData }) => formData.mode === 'undirected' ? null : (
        <>
          <CheckboxGroupInput source="filters.kinds" choices={choices('entityKind')} className="wide" helperText="app.tasks.filtersHint" />
          <TextArrayInput source="filters.regionCodes" validate={regions} helperText="app.tasks.regionHint" />
          <TextArrayInput source="filters.industryTags" helperText={false} />
        </>
      )}
    </FormDataConsumer>
  </FormGroup>
);
