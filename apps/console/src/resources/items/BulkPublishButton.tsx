import { useState } from 'react';
import { Button, Confirm, useDataProvider, useListContext, useNotify, useRefresh } from 'react-admin';
import PublishIcon from '@mui/icons-material/Publish';
import type { AppDataProvider } from '../../dataProvider';

/** Publishes the selected drafts one by one; says how many went out and why the others did not. */
export const BulkPublishButton = () => {
  const { selectedIds, data = [], onUnselectItems } = useListContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [open, setOpen] = useState(false);
  const [loading, setLoading] = useState(false);
  // rows of this page that are not drafts are skipped; ids from other pages are tried
  const known = new Map(data.map((r) => [r.id, r.status as string]));
  const ids = selectedIds.filter((id) => (known.get(id) ?? 'draft') === 'draft');

  const run = async () => {
    setLoading(true);
    let ok = 0;
    const errors = new Set<string>();
    for (const id of ids) {
      try {
        await dataProvider.itemAction(id, 'publish');
        ok += 1;
      } catch (e) {
        errors.add((e as Error).message);
      }
    }
    const failed = ids.length - ok;
    setLoading(false);
    setOpen(false);
    if (failed > 0) notify('app.items.bulkPartial', { type: 'warning', messageArgs: { ok, failed, message: [...errors].join('；') } });
    else notify('app.items.bulkPublished', { type: 'success', messageArgs: { smart_count: ok } });
    onUnselectItems();
    refresh();
  };

  return (
    <>
      <Button label="app.items.bulkPublish" onClick={() => setOpen(true)} disabled={ids.length === 0} data-testid="bulk-publish">
        <PublishIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={loading}
        title="app.items.bulkPublish"
        content="app.items.bulkPublishConfirm"
        contentTranslateOptions={{ smart_count: ids.length }}
        onConfirm={run}
        onClose={() => setOpen(false)}
      />
    </>
  );
};
