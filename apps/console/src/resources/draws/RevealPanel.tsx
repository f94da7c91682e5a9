import type { ReactNode } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import { Box, Chip, Typography } from '@mui/material';
import { CopyableCode } from '../../components/CopyableCode';
import { VerifyPanel } from '../../public/VerifyPanel';
import { Panel } from './Panel';

const Row = ({ label, children }: { label: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="body2" sx={{ color: '#5b6b86', mb: 0.5 }}>{translate(label)}</Typography>
      {children}
    </Box>
  );
};

/** After the draw: the beacon, the witnesses, and the revealed secret and seed, with the in-browser check. */
export const RevealPanel = () => {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Panel title="app.draws.reveal" testId="draw-reveal">
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 1fr)' } }}>
        <Row label="resources.draws.fields.beacon"><CopyableCode value={record.beacon} /></Row>
        <Row label="resources.draws.fields.witnesses">
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
            {(record.witnesses ?? []).map((w: string) => <Chip key={w} label={w} variant="outlined" />)}
          </Box>
        </Row>
        <Row label="resources.draws.fields.secret"><CopyableCode value={record.secret} testId="draw-secret" /></Row>
        <Row label="resources.draws.fields.seed"><CopyableCode value={record.seed} testId="draw-seed" /></Row>
      </Box>
      <VerifyPanel drawId={record.id} />
    </Panel>
  );
};
