import { useState } from 'react';
import { useTranslate } from 'react-admin';
import { Alert, Box, Button, TextField } from '@mui/material';
import PlayCircleIcon from '@mui/icons-material/PlayCircle';
import { Panel } from './Panel';

const lines = (text: string) => text.split(/\n|[,，、;；]/).map((s) => s.trim()).filter(Boolean);

/**
 * 抽取现场: the beacon is read out from the declared source and typed in, the witnesses are named
 * (one per line), then 执行抽取. Nothing here can change the result but the beacon itself.
 */
export const ExecutePanel = ({ beaconSource, busy, onExecute }: { beaconSource: string; busy: boolean; onExecute: (beacon: string, witnesses: string[]) => void }) => {
  const translate = useTranslate();
  const [beacon, setBeacon] = useState('');
  const [witnesses, setWitnesses] = useState('');
  const names = lines(witnesses);
  const ready = beacon.trim().length > 0 && names.length > 0 && !busy;
  return (
    <Panel title="app.draws.ceremony" accent testId="draw-execute">
      <Alert severity="info" sx={{ mb: 2 }}>{translate('app.draws.ceremonyHint', { source: beaconSource })}</Alert>
      <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 1fr) minmax(0, 1fr)' } }}>
        <TextField
          label={translate('resources.draws.fields.beacon')} required value={beacon} onChange={(e) => setBeacon(e.target.value)}
          helperText={translate('app.draws.beaconHelp', { source: beaconSource })}
          slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'draw-beacon', style: { fontFamily: 'monospace', fontSize: 18 } } }}
        />
        <TextField
          label={translate('resources.draws.fields.witnesses')} required multiline minRows={3} value={witnesses} onChange={(e) => setWitnesses(e.target.value)}
          helperText={translate('app.draws.witnessesHelp', { smart_count: names.length })}
          slotProps={{ htmlInput: { 'data-testid': 'draw-witnesses' } }}
        />
      </Box>
      <Box sx={{ display: 'flex', justifyContent: 'flex-end', mt: 2 }}>
        <Button variant="contained" size="large" startIcon={<PlayCircleIcon />} disabled={!ready} onClick={() => onExecute(beacon.trim(), names)} data-testid="draw-execute-button">
          {translate('app.draws.execute')}
        </Button>
      </Box>
    </Panel>
  );
};
