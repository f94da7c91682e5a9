import { useEffect, useState } from 'react';
import { Link, useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, Button, Chip, CircularProgress, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { creditCsvUrl, type AppDataProvider, type EntityCredit } from '../../dataProvider';

/** 信用记录: every published inspection result of the entity, and what the platform derived from them. */
export const EntityCreditRecord = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [credit, setCredit] = useState<EntityCredit | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!record) return;
    dataProvider.entityCredit(record.id).then(setCredit, (e) => setError((e as Error).message));
  }, [dataProvider, record]);
  if (error) return <Alert severity="error" sx={{ m: 2 }}>{error}</Alert>;
  if (!credit) return <CircularProgress size={24} sx={{ m: 2 }} />;
  const e = credit.entity;
  return (
    <Box sx={{ p: { xs: 1.5, sm: 3 } }} data-testid="entity-credit">
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'center', flexWrap: 'wrap', mb: 2 }}>
        {e.riskInputTier && <Chip size="small" color="warning" label={translate('app.credit.riskInput', { tier: e.riskInputTier })} />}
        {e.abnormalList && <Chip size="small" color="error" label={translate('resources.entities.fields.abnormalList')} />}
        {e.riskInputReasons.map((r) => <Chip key={r} size="small" variant="outlined" label={r} />)}
        <Box sx={{ flex: 1 }} />
        <Button size="small" startIcon={<DownloadIcon />} href={creditCsvUrl(e.id)} data-testid="credit-csv">{translate('app.credit.csv')}</Button>
      </Box>
      {credit.records.length === 0 ? (
        <Typography color="text.secondary">{translate('app.credit.none')}</Typography>
      ) : (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small">
            <TableHead>
              <TableRow>
                <TableCell>{translate('app.credit.publishedAt')}</TableCell>
                <TableCell>{translate('app.credit.department')}</TableCell>
                <TableCell>{translate('app.credit.outcome')}</TableCell>
                <TableCell>{translate('app.credit.violations')}</TableCell>
                <TableCell>{translate('app.credit.inspection')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {credit.records.map((r) => (
                <TableRow key={r.id} data-testid="credit-row">
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{new Date(r.publishedAt).toLocaleString('zh-CN', { hour12: false })}</TableCell>
                  <TableCell>{r.departmentName}</TableCell>
                  <TableCell>{translate(`enums.outcome.${r.outcome}`, { _: r.outcomeLabel })}</TableCell>
                  <TableCell>{r.violations.join('；') || '—'}</TableCell>
                  <TableCell><Link to={`/inspections/${r.inspectionId}/show`}>#{r.inspectionId}</Link></TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
    </Box>
  );
};
