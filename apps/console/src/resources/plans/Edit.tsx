import { Edit, ShowButton, TopToolbar } from 'react-admin';
import { toPayload } from '../../payload';
import { PlanForm, PLAN_FIELDS } from './PlanForm';
import { PlanActionButton } from './PlanActionButton';

const PlanEditActions = () => (
  <TopToolbar>
    <ShowButton />
    <PlanActionButton action="submit" />
  </TopToolbar>
);

export const PlanEdit = () => (
  <Edit
    mutationMode="pessimistic"
    actions={<PlanEditActions />}
    redirect="show"
    transform={(data: Record<string, unknown>) => {
      const { departmentId: _departmentId, ...fields } = PLAN_FIELDS;
      return toPayload(data, fields);
    }}
  >
    <PlanForm />
  </Edit>
);
