import { useCallback, useEffect, useRef, useState } from 'react';
import { useDataProvider, useNotify, useTranslate, type RaRecord } from 'react-admin';
import { Alert, Box, Button, LinearProgress, Link, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import PhotoCameraIcon from '@mui/icons-material/PhotoCamera';
import AttachFileIcon from '@mui/icons-material/AttachFile';
import ImageIcon from '@mui/icons-material/Image';
import PictureAsPdfIcon from '@mui/icons-material/PictureAsPdf';
import { attachmentUrl, type AppDataProvider, type Attachment } from '../../dataProvider';

export const formatSize = (n: number) => (n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`);

/**
 * 证据材料: photos from the phone's camera, images or PDFs; each stored by its SHA-256, shown with
 * its size and digest so the inspector can see what the server keeps. Uploads only to a draft.
 */
export const Evidence = ({ record, editable }: { record: RaRecord; editable: boolean }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const notify = useNotify();
  const [files, setFiles] = useState<Attachment[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const camera = useRef<HTMLInputElement>(null);
  const picker = useRef<HTMLInputElement>(null);

  const load = useCallback(() => dataProvider.attachments(record.id).then(setFiles, (e) => setError((e as Error).message)), [dataProvider, record.id]);
  useEffect(() => { void load(); }, [load]);

  const upload = async (list: FileList | null) => {
    if (!list?.length) return;
    setBusy(true);
    setError(null);
    try {
      for (const file of Array.from(list)) {
        const stored = await dataProvider.uploadAttachment(record.id, file);
        setFiles((f) => [...(f ?? []), stored]);
        notify('app.inspections.evidence.uploaded', { type: 'success', messageArgs: { name: stored.filename } });
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setBusy(false);
      if (camera.current) camera.current.value = '';
      if (picker.current) picker.current.value = '';
    }
  };

  return (
    <Box data-testid="evidence">
      {editable && (
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', mb: 1 }}>
          <Button variant="outlined" startIcon={<PhotoCameraIcon />} disabled={busy} onClick={() => camera.current?.click()}>{translate('app.inspections.evidence.camera')}</Button>
          <Button variant="outlined" startIcon={<AttachFileIcon />} disabled={busy} onClick={() => picker.current?.click()}>{translate('app.inspections.evidence.choose')}</Button>
          <input ref={camera} type="file" accept="image/*" capture="environment" hidden onChange={(e) => void upload(e.target.files)} data-testid="evidence-camera" />
          <input ref={picker} type="file" accept="image/jpeg,image/png,image/webp,application/pdf" multiple hidden onChange={(e) => void upload(e.target.files)} data-testid="evidence-input" />
        </Box>
      )}
      {editable && <Typography variant="caption" color="text.secondary" component="div">{translate('app.inspections.evidence.hint')}</Typography>}
      {busy && <LinearProgress sx={{ my: 1 }} />}
      {error && <Alert severity="error" sx={{ my: 1 }} data-testid="evidence-error">{error}</Alert>}
      {files && files.length === 0 && <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{translate('app.inspections.evidence.none')}</Typography>}
      <List dense data-testid="evidence-list">
        {(files ?? []).map((f) => (
          <ListItem key={f.id} disableGutters data-testid="evidence-item" sx={{ alignItems: 'flex-start' }}>
            <ListItemIcon sx={{ minWidth: 36, mt: 0.5 }}>{f.mime === 'application/pdf' ? <PictureAsPdfIcon color="error" /> : <ImageIcon color="primary" />}</ListItemIcon>
            <ListItemText
              primary={<Link href={attachmentUrl(f.id)} target="_blank" rel="noopener">{f.filename}</Link>}
              secondary={
                <>
                  <span data-testid="evidence-size">{formatSize(f.size)}</span>{' · '}{f.mime}<br />
                  SHA-256 <Box component="span" data-testid="evidence-sha256" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{f.sha256}</Box>
                </>
              }
            />
          </ListItem>
        ))}
      </List>
    </Box>
  );
};
