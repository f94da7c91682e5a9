import type { ComponentType } from 'react';
import { Button, Confirm, useDataProvider, useNotify, useRecordContext, useRedirect, useRefresh } from 'react-admin';
import PublishIcon from '@mui/icons-material/Publish';
import UndoIcon from '@mui/icons-material/Undo';
import EditNoteIcon from '@mui/icons-material/EditNote';
import type { AppDataProvider, ItemAction } from '../../dataProvider';
import { canWrite, useMe } from '../../permissions';
import { useDialogAction } from '../../components/useDialogAction';

const ACTIONS: Record<ItemAction, { from: string[]; Icon: ComponentType; color: 'primary' | 'warning'; done: string }> = {
  publish: { from: ['draft'], Icon: PublishIcon, color: 'primary', done: 'app.items.published' },
  withdraw: { from: ['published'], Icon: UndoIcon, color: 'warning', done: 'app.items.withdrawn' },
  revise: { from: ['published', 'withdrawn'], Icon: EditNoteIcon, color: 'primary', done: 'app.items.revised' },
};

/**
 * 发布 (draft → published), 撤回 (published → withdrawn) or 修订 (a new draft version, opened for editing),
 * each behind a confirmation; shown only in the statuses it applies to and to roles that can write.
 */
export const ItemActionButton = ({ action }: { action: ItemAction }) => {
  const record = useRecordContext();
  const me = useMe();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const { from, Icon, color, done } = ACTIONS[action];
  const confirm = useDialogAction(async () => {
    const { data } = await dataProvider.itemAction(record!.id, action);
    notify(done, { type: 'success', messageArgs: { version: data.version } });
    if (action === 'revise') redirect('edit', 'items', data.id);
    else refresh();
  }, (message) => notify(message, { type: 'error' }));
  if (!record || !canWrite(me, 'items') || !from.includes(record.status)) return null;

  return (
    <>
      <Button label={`app.items.${action}`} color={color} onClick={confirm.show} data-testid={`item-${action}`}>
        <Icon />
      </Button>
      <Confirm
        isOpen={confirm.open}
        loading={confirm.loading}
        title={`app.items.${action}Title`}
        content={`app.items.${action}Confirm`}
        contentTranslateOptions={{ name: record.name }}
        confirmColor={color}
        onConfirm={() => confirm.submit()}
        onClose={confirm.close}
      />
    </>
  );
};
