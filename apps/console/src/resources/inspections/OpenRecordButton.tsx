import { Button, useDataProvider, useNotify, useRecordContext, useRedirect } from 'react-admin';
import EditNoteIcon from '@mui/icons-material/EditNote';
import { useState } from 'react';
import type { AppDataProvider } from '../../dataProvider';
import { can, useMe } from '../../permissions';

/** 填写检查记录 on a drawn target: POST /api/inspections {targetId} opens (or answers) its record, then the form. */
export const OpenRecordButton = () => {
  const record = useRecordContext();
  const me = useMe();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const redirect = useRedirect();
  const [busy, setBusy] = useState(false);
  if (!record || record.drawStatus !== 'executed' || !can(me, 'inspections', 'create')) return null;
  const open = async () => {
    setBusy(true);
    try {
      const rec = await dataProvider.openInspection(record.id);
      redirect(rec.status === 'draft' ? 'edit' : 'show', 'inspections', rec.id);
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="app.inspections.fill" onClick={(e) => { e.stopPropagation(); void open(); }} disabled={busy} variant="outlined" size="small"
      data-testid={`fill-record-${record.id}`} sx={{ whiteSpace: 'nowrap' }}>
      <EditNoteIcon />
    </Button>
  );
};
