import { useEffect, useState } from 'react';
import { useTranslate } from 'react-admin';
import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle, TextField } from '@mui/material';

interface Props {
  open: boolean;
  title: string;
  hint: string;
  label: string;
  placeholder?: string;
  initial?: string;
  confirmLabel: string;
  loading?: boolean;
  error?: string | null;
  onConfirm: (text: string) => void;
  onClose: () => void;
  testId?: string;
}

/** An action that must say why (调整, 退回, 重新抽取) or name something (信标来源): one required text. */
export const ReasonDialog = ({ open, title, hint, label, placeholder, initial = '', confirmLabel, loading, error, onConfirm, onClose, testId }: Props) => {
  const translate = useTranslate();
  const [text, setText] = useState(initial);
  useEffect(() => { if (open) setText(initial); }, [open, initial]);
  const ready = text.trim().length > 0 && !loading;
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" data-testid={testId}>
      <DialogTitle>{translate(title)}</DialogTitle>
      <DialogContent dividers>
        <Alert severity="info" sx={{ mb: 2 }}>{translate(hint)}</Alert>
        <TextField
          autoFocus fullWidth multiline minRows={2} required
          label={translate(label)}
          placeholder={placeholder && translate(placeholder)}
          value={text}
          onChange={(e) => setText(e.target.value)}
          slotProps={{ htmlInput: { maxLength: 2000, 'data-testid': testId && `${testId}-text` } }}
        />
        {error && <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!ready} onClick={() => onConfirm(text.trim())} data-testid={testId && `${testId}-confirm`}>
          {translate(confirmLabel)}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
