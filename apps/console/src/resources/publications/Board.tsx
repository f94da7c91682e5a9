import { useEffect, useState } from 'react';
import { useDataProvider, useTranslate } from 'react-admin';
import { Alert, Box, Card, CardContent, Chip, Typography } from '@mui/material';
import type { AppDataProvider, BoardRow } from '../../dataProvider';

/** 公示看板: per department, pending (of which yellow / red warnings), published on time and late. */
export const PublicationBoard = ({ version = 0 }: { version?: number }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [data, setData] = useState<BoardRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let alive = true;
    dataProvider.publicationBoard().then((rows) => alive && setData(rows), (e) => alive && setError((e as Error).message));
    return () => { alive = false; };
  }, [dataProvider, version]);
  if (error) return <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>;
  if (!data) return null;
  if (data.length === 0) return <Alert severity="info" sx={{ mt: 2 }}>{translate('app.publications.boardEmpty')}</Alert>;
  return (
    <Box sx={{ display: 'grid', gap: 2, mt: 2, gridTemplateColumns: { xs: '1fr', sm: 'repeat(auto-fill, minmax(300px, 1fr))' } }} data-testid="publication-board">
      {data.map((d) => (
        <Card key={d.departmentId} variant="outlined" data-testid={`board-${d.departmentId}`}>
          <CardContent sx={{ pb: '12px !important' }}>
            <Typography variant="subtitle1" sx={{ fontWeight: 700, mb: 1 }}>{d.departmentName}</Typography>
            <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap' }}>
              <Chip size="small" color="info" label={translate('app.publications.pendingCount', { count: d.pending })} />
              <Chip size="small" color="warning" variant={d.yellow ? 'filled' : 'outlined'} label={`${translate('enums.publicationWarning.yellow')} ${d.yellow}`} />
              <Chip size="small" color="error" variant={d.red ? 'filled' : 'outlined'} label={`${translate('enums.publicationWarning.red')} ${d.red}`} />
              <Chip size="small" color="success" variant="outlined" label={translate('app.publications.onTimeCount', { count: d.publishedOnTime })} />
              <Chip size="small" color={d.publishedLate ? 'error' : 'default'} variant="outlined" label={translate('app.publications.lateCount', { count: d.publishedLate })} />
            </Box>
          </CardContent>
        </Card>
      ))}
    </Box>
  );
};
