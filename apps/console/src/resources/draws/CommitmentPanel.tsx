import { useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { CopyableCode } from '../../components/CopyableCode';
import { Panel } from './Panel';
import { StrataTable, type Stratum } from './StrataTable';

interface Props {
  commitment: string | null;
  populationDigest: string | null;
  inspectorDigest: string | null;
  beaconSource: string;
  strata: Stratum[];
  groups?: { key: string; perTarget: number; poolSize: number }[] | null;
}

const Label = ({ text }: { text: string }) => {
  const translate = useTranslate();
  return <Typography variant="body2" sx={{ color: '#5b6b86', mt: 2, mb: 0.5 }}>{translate(text)}</Typography>;
};

/** What was fixed before the draw: the commitment (read out and compared by the witnesses), the digests, the strata, the beacon source. */
export const CommitmentPanel = ({ commitment, populationDigest, inspectorDigest, beaconSource, strata, groups }: Props) => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 7fr) minmax(0, 5fr)' } }}>
      <Panel title="app.draws.commitment" accent testId="draw-commitment">
        <CopyableCode value={commitment} large testId="draw-commitment-value" />
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>{translate('app.draws.commitmentHint')}</Typography>
        <Label text="resources.draws.fields.populationDigest" />
        <CopyableCode value={populationDigest} />
        <Label text="resources.draws.fields.inspectorDigest" />
        <CopyableCode value={inspectorDigest} />
        <Label text="resources.draws.fields.beaconSource" />
        <Typography sx={{ fontWeight: 600 }} data-testid="draw-beacon-source">{beaconSource}</Typography>
      </Panel>
      <Panel title="app.draws.strata">
        <StrataTable strata={strata} testId="draw-strata" />
        {groups && groups.length > 0 && (
          <>
            <Label text="app.draws.groups" />
            {groups.map((g) => (
              <Typography key={g.key} variant="body2">{translate('app.draws.group', { key: g.key, perTarget: g.perTarget, pool: g.poolSize })}</Typography>
            ))}
          </>
        )}
      </Panel>
    </Box>
  );
};
