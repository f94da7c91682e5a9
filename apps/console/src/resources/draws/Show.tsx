import { useEffect } from 'react';
import {
  Link, Show, TopToolbar, useDataProvider, useRecordContext, useRefresh, useTranslate,
} from 'react-admin';
import { Alert, Box, Button as MuiButton, Typography } from '@mui/material';
import PrintIcon from '@mui/icons-material/Print';
import PublicIcon from '@mui/icons-material/Public';
import { API, type AppDataProvider } from '../../dataProvider';
import { useJob } from '../../jobs/useJob';
import { DrawStatusField } from '../tasks/DrawStatusField';
import { CommitmentPanel } from './CommitmentPanel';
import { DrawProgress } from './DrawProgress';
import { DrawResult } from './DrawResult';
import { ExecutePanel } from './ExecutePanel';
import { RedrawButton } from './RedrawButton';
import { RevealPanel } from './RevealPanel';

const DrawShowActions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <TopToolbar>
      {/* plain links in a new tab: the certificate is a printable page, the public page needs no login */}
      <MuiButton size="small" href={`${API}/draws/${record.id}/certificate`} target="_blank" rel="noopener" startIcon={<PrintIcon />} data-testid="draw-certificate">
        {translate('app.draws.certificate')}
      </MuiButton>
      <MuiButton size="small" href={`#/public/draws/${record.id}`} target="_blank" rel="noopener" startIcon={<PublicIcon />} data-testid="draw-public-link">
        {translate('app.draws.publicPage')}
      </MuiButton>
      <RedrawButton />
    </TopToolbar>
  );
};

/** The ceremony screen: commitment → beacon and witnesses → 执行抽取 → progress → result, reveal and check. */
const DrawCeremony = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const { state, submit, follow } = useJob(() => refresh());
  const status = record?.status as string | undefined;
  // reopened while the worker runs it: follow the same job
  useEffect(() => {
    if (status === 'executing' && record?.jobId && state.phase === 'idle') follow(record.jobId, 'draw');
  }, [status, record?.jobId, state.phase, follow]);
  if (!record) return null;
  const executed = record.executedAt != null;
  const busy = state.phase === 'uploading' || state.phase === 'running';
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, p: { xs: 1, md: 2 } }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
        <Typography variant="h6" component="h2">{translate('app.draws.heading', { id: record.id })}</Typography>
        <DrawStatusField />
        <Link to={`/tasks/${record.taskId}/show`}>{record.taskName}</Link>
        <Typography variant="body2" color="text.secondary">{(record.departmentNames ?? []).join('、')}</Typography>
      </Box>
      {record.status === 'superseded' && (
        <Alert severity="warning" data-testid="draw-superseded">
          {translate('app.draws.supersededBy', { reason: record.redrawReason ?? '' })}
          {record.supersededById && <> <Link to={`/draws/${record.supersededById}/show`}>{translate('app.draws.openNew', { id: record.supersededById })}</Link></>}
        </Alert>
      )}
      {record.status === 'failed' && <Alert severity="error">{translate('app.draws.failed', { error: record.error ?? '' })}</Alert>}
      <CommitmentPanel commitment={record.commitment} populationDigest={record.populationDigest} inspectorDigest={record.inspectorDigest}
        beaconSource={record.beaconSource} strata={record.strataSummary ?? []} groups={record.groupsSummary} />
      {status === 'prepared' && (
        <ExecutePanel beaconSource={record.beaconSource} busy={busy}
          onExecute={(beacon, witnesses) => void submit(() => dataProvider.executeDraw(record.id, { beacon, witnesses }), 'draw')} />
      )}
      <DrawProgress state={state} />
      {executed && <RevealPanel />}
      {executed && <DrawResult />}
    </Box>
  );
};

export const DrawShow = () => (
  <Show actions={<DrawShowActions />} component="div">
    <DrawCeremony />
  </Show>
);
