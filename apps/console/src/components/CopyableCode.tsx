import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { Box, IconButton, Tooltip, Typography } from '@mui/material';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import CheckIcon from '@mui/icons-material/Check';

/** A hash or seed in monospace with a copy button: witnesses read and compare these character by character. */
export const CopyableCode = ({ value, large = false, testId }: { value: string | null | undefined; large?: boolean; testId?: string }) => {
  const translate = useTranslate();
  const [copied, setCopied] = useState(false);
  if (!value) return <Typography color="text.secondary">—</Typography>;
  const copy = async () => {
    await navigator.clipboard?.writeText(value).catch(() => undefined);
    setCopied(true);
    window.setTimeout(() => setCopied(false), 1500);
  };
  return (
    <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, p: large ? 2 : 1, bgcolor: '#f7f9fc', border: '1px solid #e3e8f0', borderRadius: 1 }}>
      <Typography component="code" data-testid={testId}
        sx={{ fontFamily: '"JetBrains Mono", "Courier New", monospace', fontSize: large ? { xs: 16, md: 22 } : 12, fontWeight: large ? 600 : 400, letterSpacing: large ? 1 : 0, wordBreak: 'break-all', flex: 1, color: large ? 'primary.dark' : 'text.primary' }}>
        {value}
      </Typography>
      <Tooltip title={translate(copied ? 'app.common.copied' : 'app.common.copy')}>
        <IconButton size="small" onClick={copy} aria-label={translate('app.common.copy')}>
          {copied ? <CheckIcon fontSize="small" color="success" /> : <ContentCopyIcon fontSize="small" />}
        </IconButton>
      </Tooltip>
    </Box>
  );
};
