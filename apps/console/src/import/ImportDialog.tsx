import { useState, type ChangeEvent } from 'react';
import { useGetList, useTranslate } from 'react-admin';
import {
  Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, LinearProgress, MenuItem, TextField, Typography,
} from '@mui/material';
import UploadFileIcon from '@mui/icons-material/UploadFile';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import type { ImportState } from './useImportJob';
import { ImportResult } from './ImportResult';

const ACCEPT = '.xlsx,.xls,.csv';

function size(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

interface Props {
  open: boolean;
  title: string;
  state: ImportState;
  /** platform_admin acts for every department, so names the one the rows belong to */
  needsDepartment: boolean;
  onStart: (file: File, departmentId: number | null) => void;
  onReset: () => void;
  onClose: () => void;
}

export const ImportDialog = ({ open, title, state, needsDepartment, onStart, onReset, onClose }: Props) => {
  const translate = useTranslate();
  const [file, setFile] = useState<File | null>(null);
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const { data: departments = [] } = useGetList('departments', { pagination: { page: 1, perPage: 200 }, sort: { field: 'id', order: 'ASC' } }, { enabled: open && needsDepartment });

  const busy = state.phase === 'uploading' || state.phase === 'running';
  const canStart = !!file && !busy && (!needsDepartment || departmentId !== '') && state.phase !== 'completed' && state.phase !== 'failed';

  const pick = (e: ChangeEvent<HTMLInputElement>) => {
    const chosen = e.target.files?.[0] ?? null;
    e.target.value = '';
    if (!chosen) return;
    setFile(chosen);
    if (!busy) onReset();
  };

  const progress = state.phase === 'running' ? Math.max(0, Math.min(100, Math.round(state.job.progress))) : 0;
  const stepLabel = state.phase === 'uploading'
    ? translate('app.import.uploading')
    : state.phase === 'running' ? translate(`app.import.${state.job.state === 'active' ? 'active' : 'queued'}`) : '';

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="import-dialog-title">
      <DialogTitle id="import-dialog-title">{title}</DialogTitle>
      <DialogContent dividers>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>{translate('app.import.fileHint')}</Typography>

        {needsDepartment && (
          <TextField
            select
            label={translate('app.import.department')}
            value={departmentId}
            onChange={(e) => setDepartmentId(e.target.value === '' ? '' : Number(e.target.value))}
            helperText={translate('app.import.needDepartment')}
            disabled={busy}
            sx={{ mb: 2 }}
            slotProps={{ htmlInput: { 'data-testid': 'import-department' } }}
          >
            {departments.map((d) => <MenuItem key={d.id} value={d.id}>{d.name}</MenuItem>)}
          </TextField>
        )}

        <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, p: 2, border: '1px dashed #b7c3d7', borderRadius: 1, bgcolor: '#f7f9fc' }}>
          <Button component="label" variant="outlined" startIcon={<FolderOpenIcon />} disabled={busy}>
            {translate(file ? 'app.import.changeFile' : 'app.import.chooseFile')}
            <input type="file" accept={ACCEPT} hidden onChange={pick} data-testid="import-file" />
          </Button>
          <Typography variant="body2" sx={{ minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} color={file ? 'text.primary' : 'text.secondary'}>
            {file ? `${file.name}（${size(file.size)}）` : translate('app.import.noFile')}
          </Typography>
        </Box>

        {busy && (
          <Box sx={{ mt: 3 }}>
            <Box sx={{ display: 'flex', justifyContent: 'space-between', mb: 0.5 }}>
              <Typography variant="body2">{stepLabel}</Typography>
              {state.phase === 'running' && <Typography variant="body2" sx={{ fontWeight: 600 }}>{progress}%</Typography>}
            </Box>
            <LinearProgress
              data-testid="import-progress"
              variant={state.phase === 'running' ? 'determinate' : 'indeterminate'}
              value={progress}
              sx={{ height: 8, borderRadius: 4 }}
            />
          </Box>
        )}

        {state.phase === 'completed' && <ImportResult job={state.job} />}
        {state.phase === 'failed' && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="import-error">
            {translate('app.import.failed')}：{state.job.error ?? ''}
          </Alert>
        )}
        {state.phase === 'error' && (
          <Alert severity="error" sx={{ mt: 2 }} data-testid="import-error">{state.message}</Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate(state.phase === 'idle' || state.phase === 'error' ? 'ra.action.cancel' : 'ra.action.close')}</Button>
        <Button variant="contained" startIcon={<UploadFileIcon />} disabled={!canStart} onClick={() => file && onStart(file, departmentId === '' ? null : departmentId)}>
          {translate('app.import.start')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
