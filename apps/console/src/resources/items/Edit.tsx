import { Edit, ShowButton, TopToolbar } from 'react-admin';
import { toPayload } from '../../payload';
import { ItemForm, ITEM_FIELDS } from './ItemForm';
import { ItemActionButton } from './ItemActionButton';

const ItemEditActions = () => (
  <TopToolbar>
    <ShowButton />
    <ItemActionButton action="publish" />
  </TopToolbar>
);

export const ItemEdit = () => (
  <Edit
    mutationMode="pessimistic"
    actions={<ItemEditActions />}
    redirect="show"
    transform={(data: Record<string, unknown>) => {
      const { departmentId: _departmentId, ...fields } = ITEM_FIELDS;
      return toPayload(data, fields);
    }}
  >
    <ItemForm />
  </Edit>
);
