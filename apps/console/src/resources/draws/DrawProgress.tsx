import { useTranslate } from 'react-admin';
import { Alert, Box, LinearProgress, Typography } from '@mui/material';
import type { JobState } from '../../jobs/useJob';

/** The draw job's progress (GET /api/jobs/:id), kept on screen at 100 % once done. */
export const DrawProgress = ({ state }: { state: JobState }) => {
  const translate = useTranslate();
  if (state.phase === 'idle') return null;
  if (state.phase === 'error') return <Alert severity="error" data-testid="draw-progress" data-state="error">{state.message}</Alert>;
  if (state.phase === 'failed') {
    return <Alert severity="error" data-testid="draw-progress" data-state="failed">{translate('app.draws.failed', { error: state.job.error ?? '' })}</Alert>;
  }
  const done = state.phase === 'completed';
  const progress = state.phase === 'uploading' ? 0 : Math.max(0, Math.min(100, Math.round(state.job.progress)));
  const label = done ? 'app.draws.done' : state.phase === 'running' && state.job.state === 'active' ? 'app.draws.executing' : 'app.draws.queued';
  return (
    <Box data-testid="draw-progress" data-state={done ? 'completed' : 'running'} sx={{ p: 2, bgcolor: '#fff', border: '1px solid #e3e8f0', borderRadius: 1 }}>
      <Box sx={{ display: 'flex', justifyContent: 'space-between', mb: 0.5 }}>
        <Typography variant="body2" sx={{ fontWeight: done ? 600 : 400, color: done ? 'success.main' : 'text.primary' }}>{translate(label)}</Typography>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>{progress}%</Typography>
      </Box>
      <LinearProgress variant={state.phase === 'uploading' ? 'indeterminate' : 'determinate'} value={progress} color={done ? 'success' : 'primary'} sx={{ height: 8, borderRadius: 4 }} />
    </Box>
  );
};
