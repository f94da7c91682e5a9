import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { Alert, Box, Button, CircularProgress, Typography } from '@mui/material';
import VerifiedIcon from '@mui/icons-material/Verified';
import { verifyRecord, type PublicDrawRecord, type VerifyResult } from '@sxgk/core/draw/index';
import { fetchPublicDraw } from './publicDraw';

type Outcome = { kind: 'ok' } | { kind: 'mismatch'; result: Extract<VerifyResult, { ok: false }> } | { kind: 'pending' } | { kind: 'error'; message: string };
const show = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return s.length > 96 ? `${s.slice(0, 96)}…` : s;
};

/**
 * 验证: fetches the public record as anyone would and runs the spec's own verifier (`verifyRecord`,
 * the same code as `pnpm verify-draw`) in this browser: the platform's word is not needed.
 */
export const VerifyPanel = ({ drawId }: { drawId: string | number }) => {
  const translate = useTranslate();
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const verify = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const record = await fetchPublicDraw(drawId);
      if (!record.secret || !record.seed) setOutcome({ kind: 'pending' });
      else {
        const result = verifyRecord(record as unknown as PublicDrawRecord);
        setOutcome(result.ok ? { kind: 'ok' } : { kind: 'mismatch', result });
      }
    } catch (e) {
      setOutcome({ kind: 'error', message: (e as Error).message });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box data-testid="draw-verify" sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Button variant="outlined" startIcon={busy ? <CircularProgress size={16} /> : <VerifiedIcon />} onClick={verify} disabled={busy} data-testid="draw-verify-button">
          {translate('app.draws.verify')}
        </Button>
        <Typography variant="body2" color="text.secondary">{translate('app.draws.verifyHint')}</Typography>
      </Box>
      {outcome?.kind === 'ok' && <Alert severity="success" data-testid="draw-verify-ok"><b>{translate('app.draws.verifyOk')}</b>{translate('app.draws.verifyOkDetail')}</Alert>}
      {outcome?.kind === 'mismatch' && (
        <Alert severity="error" data-testid="draw-verify-failed">
          {translate('app.draws.verifyFail', { field: outcome.result.field, expected: show(outcome.result.expected), actual: show(outcome.result.actual) })}
        </Alert>
      )}
      {outcome?.kind === 'pending' && <Alert severity="info">{translate('app.draws.verifyNotYet')}</Alert>}
      {outcome?.kind === 'error' && <Alert severity="error">{outcome.message}</Alert>}
    </Box>
  );
};
