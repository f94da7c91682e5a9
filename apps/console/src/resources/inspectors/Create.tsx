import { Create } from 'react-admin';
import { toPayload } from '../../payload';
import { InspectorForm, INSPECTOR_FIELDS } from './InspectorForm';

export const InspectorCreate = () => (
  <Create redirect="show" transform={(data: Record<string, unknown>) => toPayload(data, INSPECTOR_FIELDS)}>
    <InspectorForm create />
  </Create>
);
