import { Create } from 'react-admin';
import { toPayload } from '../../payload';
import { PlanForm, PLAN_FIELDS } from './PlanForm';

export const PlanCreate = () => (
  <Create redirect="show" transform={(data: Record<string, unknown>) => toPayload(data, PLAN_FIELDS)}>
    <PlanForm create />
  </Create>
);
