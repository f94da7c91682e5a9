import { Create } from 'react-admin';
import { toPayload } from '../../payload';
import { ItemForm, ITEM_FIELDS } from './ItemForm';

export const ItemCreate = () => (
  <Create redirect="show" transform={(data: Record<string, unknown>) => toPayload(data, ITEM_FIELDS)}>
    <ItemForm create />
  </Create>
);
