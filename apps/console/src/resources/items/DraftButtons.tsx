import { DeleteButton, EditButton, useRecordContext } from 'react-admin';

/** Only drafts are edited or deleted; a frozen item changes by 修订. */
export const EditDraftButton = () => {
  const record = useRecordContext();
  return record?.status === 'draft' ? <EditButton /> : null;
};

export const DeleteDraftButton = () => {
  const record = useRecordContext();
  return record?.status === 'draft' ? <DeleteButton mutationMode="pessimistic" /> : null;
};
