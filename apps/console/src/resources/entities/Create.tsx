import { Create } from 'react-admin';
import { toPayload } from '../../payload';
import { EntityForm, ENTITY_FIELDS } from './EntityForm';

export const EntityCreate = () => (
  <Create redirect="show" transform={(data: Record<string, unknown>) => toPayload(data, ENTITY_FIELDS)}>
    <EntityForm create />
  </Create>
);
