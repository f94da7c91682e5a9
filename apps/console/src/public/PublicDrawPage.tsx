import { useEffect, useState } from 'react';
import { useParams, useTranslate } from 'react-admin';
import { Alert, Box, Chip, CircularProgress, Container, Typography } from '@mui/material';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { CopyableCode } from '../components/CopyableCode';
import { DRAW_STATUS_COLOR } from '../labels';
import { CommitmentPanel } from '../resources/draws/CommitmentPanel';
import { Panel } from '../resources/draws/Panel';
import { fetchPublicDraw, type PublicRecord } from './publicDraw';
import { SelectedList } from './SelectedList';
import { VerifyPanel } from './VerifyPanel';
import { time } from '../components/display';


/**
 * 抽取结果公示 (#/public/draws/:id), open to anyone without signing in: before the draw only the
 * commitment side, afterwards the whole public record, checked in the browser with the spec's verifier.
 */
export const PublicDrawPage = () => {
  const { id = '' } = useParams<{ id: string }>();
  const translate = useTranslate();
  const [record, setRecord] = useState<PublicRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => { fetchPublicDraw(id).then(setRecord, (e) => setError((e as Error).message)); }, [id]);

  const strata = (record?.strata ?? []).map((s) => ({
    key: s.key, ratioBp: s.ratioBp, size: s.populationSize ?? s.population?.length ?? 0, selected: s.selected ? s.selected.length : null,
  }));
  const executed = !!record?.seed;
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: 'background.default' }} data-testid="public-draw">
      <Box sx={{ bgcolor: 'primary.main', color: '#fff', py: 2.5 }}>
        <Container maxWidth="lg" sx={{ display: 'flex', alignItems: 'center', gap: 1.5 }}>
          <AccountBalanceIcon />
          <Box>
            <Typography variant="h6" component="h1" sx={{ letterSpacing: 1 }}>{translate('app.public.title')}</Typography>
            <Typography variant="body2" sx={{ opacity: 0.85 }}>{translate('app.public.subtitle', { id })}</Typography>
          </Box>
        </Container>
      </Box>
      <Container maxWidth="lg" sx={{ py: 3, display: 'flex', flexDirection: 'column', gap: 2 }}>
        {!record && !error && <CircularProgress sx={{ alignSelf: 'center', mt: 6 }} />}
        {error && <Alert severity="error">{error}</Alert>}
        {record && (
          <>
            <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flexWrap: 'wrap' }}>
              <Chip color={DRAW_STATUS_COLOR[record.status as keyof typeof DRAW_STATUS_COLOR] ?? 'default'} label={translate(`enums.drawStatus.${record.status}`)} />
              <Typography variant="body2" color="text.secondary">{translate('app.public.times', { prepared: time(record.preparedAt), executed: time(record.executedAt) })}</Typography>
            </Box>
            {record.supersededBy && (
              <Alert severity="warning">
                {translate('app.draws.supersededBy', { reason: record.redrawReason ?? '' })}{' '}
                <a href={`#/public/draws/${record.supersededBy}`}>{translate('app.draws.openNew', { id: record.supersededBy })}</a>
              </Alert>
            )}
            {!executed && <Alert severity="info">{translate('app.public.awaiting')}</Alert>}
            <CommitmentPanel commitment={record.commitment} populationDigest={record.populationDigest} inspectorDigest={record.inspectorDigest}
              beaconSource={record.beaconSource} strata={strata} />
            {executed && (
              <Panel title="app.draws.reveal" testId="public-reveal">
                <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 1fr)' }, mb: 2 }}>
                  <Box><Typography variant="body2" sx={{ color: '#5b6b86', mb: 0.5 }}>{translate('resources.draws.fields.beacon')}</Typography><CopyableCode value={record.beacon} /></Box>
                  <Box><Typography variant="body2" sx={{ color: '#5b6b86', mb: 0.5 }}>{translate('resources.draws.fields.witnesses')}</Typography>
                    <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>{record.witnesses.map((w) => <Chip key={w} label={w} variant="outlined" />)}</Box></Box>
                  <Box><Typography variant="body2" sx={{ color: '#5b6b86', mb: 0.5 }}>{translate('resources.draws.fields.secret')}</Typography><CopyableCode value={record.secret} /></Box>
                  <Box><Typography variant="body2" sx={{ color: '#5b6b86', mb: 0.5 }}>{translate('resources.draws.fields.seed')}</Typography><CopyableCode value={record.seed} /></Box>
                </Box>
                <VerifyPanel drawId={id} />
              </Panel>
            )}
            {executed && <SelectedList strata={record.strata} />}
            <Typography variant="body2" color="text.secondary">
              {translate('app.public.howto')} <Box component="code" sx={{ fontFamily: 'monospace' }}>pnpm verify-draw {window.location.origin}/api/public/draws/{id}</Box>
            </Typography>
          </>
        )}
      </Container>
    </Box>
  );
};
