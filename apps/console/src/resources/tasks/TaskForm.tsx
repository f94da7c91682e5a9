import {
  AutocompleteArrayInput, BooleanInput, DateInput, FormDataConsumer, NumberInput, RadioButtonGroupInput, ReferenceArrayInput,
  ReferenceInput, SelectInput, SimpleForm, TextInput, minValue, required, useRecordContext,
} from 'react-admin';
import { Box } from '@mui/material';
import { DepartmentInput } from '../../components/DepartmentInput';
import { FormGroup } from '../../components/FormGroup';
import { seesAllDepartments, useMe } from '../../permissions';
import { PublishedItemsInput } from '../plans/PlanForm';
import { leadOf, participantsOf, taskFormDefaults } from './payload';
import { RatiosInputs } from './RatiosInputs';
import { ScopeInputs } from './ScopeInputs';
import { DepartmentName } from './DepartmentName';
import { today } from '../../components/display';

const SOURCES = [{ id: 'plan', name: 'app.tasks.fromPlan' }, { id: 'adHoc', name: 'app.tasks.adHoc' }];

/** 抽查任务: from a published plan or 临时, single or joint, its scope, ratios and inspectors. */
export const TaskForm = ({ create = false }: { create?: boolean }) => {
  const me = useMe();
  const record = useRecordContext();
  const pickLead = create && seesAllDepartments(me);
  const defaults = create
    ? { source: 'adHoc', mode: 'directed', joint: me?.role === 'joint_office', partners: [], inspectorsPerEntity: 2, startDate: today(), filters: { kinds: [] } }
    : taskFormDefaults(record);
  return (
    <SimpleForm defaultValues={defaults}>
      <FormGroup title="app.tasks.sections.basic">
        {pickLead && <DepartmentInput validate={required()} label="resources.tasks.fields.departmentId" />}
        <TextInput source="name" validate={required()} className="wide" />
        <DateInput source="startDate" validate={required()} />
        <RadioButtonGroupInput source="source" label="app.tasks.source" choices={SOURCES} />
        <FormDataConsumer>
          {({ formData }) => formData.source === 'plan' ? (
            <ReferenceInput source="planId" reference="plans" filter={{ status: 'published' }} sort={{ field: 'year', order: 'DESC' }} perPage={100}>
              <SelectInput optionText="name" validate={required()} />
            </ReferenceInput>
          ) : null}
        </FormDataConsumer>
      </FormGroup>
      <FormDataConsumer>
        {({ formData }) => {
          const lead = leadOf(formData, me?.departmentId);
          const participants = participantsOf(formData, lead);
          return (
            <>
              <FormGroup title="app.tasks.sections.items">
                <Box className="wide">
                  <PublishedItemsInput departmentId={participants.length > 1 ? undefined : lead} validate={formData.source === 'plan' ? undefined : required()} />
                </Box>
              </FormGroup>
              <FormGroup title="app.tasks.sections.inspectors">
                <BooleanInput source="joint" label="app.tasks.joint" className="wide" />
                {formData.joint && (
                  <ReferenceArrayInput source="partners" reference="departments" perPage={200} sort={{ field: 'id', order: 'ASC' }}>
                    <AutocompleteArrayInput optionText="name" label="resources.tasks.fields.departmentIds" className="wide" helperText="app.tasks.partnersHint" />
                  </ReferenceArrayInput>
                )}
                {participants.length > 1 ? participants.map((id) => (
                  <NumberInput key={id} source={`perDepartment.d${id}`} defaultValue={1} min={1} step={1} validate={[required(), minValue(1)]}
                    label={<DepartmentName id={id} label="app.tasks.perDepartment" />} />
                )) : (
                  <NumberInput source="inspectorsPerEntity" min={2} step={1} validate={[required(), minValue(2, 'app.tasks.inspectorsHint')]} helperText="app.tasks.inspectorsHint" />
                )}
              </FormGroup>
              <ScopeInputs />
              <RatiosInputs lead={lead} />
            </>
          );
        }}
      </FormDataConsumer>
    </SimpleForm>
  );
};
