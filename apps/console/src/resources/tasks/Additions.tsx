import { useCallback, useEffect, useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate, type RaRecord } from 'react-admin';
import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { AppDataProvider } from '../../dataProvider';
import { AddEntityButton } from './AddEntityButton';
import { time } from '../../components/display';


/** 追加的检查对象: who added which entity, when and why; the add button sits with the list it changes. */
export const Additions = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [rows, setRows] = useState<RaRecord[]>([]);
  const load = useCallback(() => {
    if (record) dataProvider.taskAdditions(record.id).then(setRows, () => setRows([]));
  }, [dataProvider, record]);
  useEffect(load, [load]);
  if (!record) return null;
  return (
    <Box sx={{ px: 3, pb: 3 }} data-testid="task-additions">
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 1 }}>
        <Typography variant="subtitle1" sx={{ fontWeight: 700, color: 'primary.main', flex: 1 }}>{translate('app.tasks.additionsTitle')}</Typography>
        <AddEntityButton onAdded={load} />
      </Box>
      {rows.length === 0 ? (
        <Typography variant="body2" color="text.secondary">{translate('app.tasks.noAdditions')}</Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.targets.fields.entityName')}</TableCell>
              <TableCell>{translate('resources.targets.fields.uscc')}</TableCell>
              <TableCell>{translate('resources.targets.fields.addedReason')}</TableCell>
              <TableCell>{translate('app.tasks.note')}</TableCell>
              <TableCell>{translate('app.entities.actor')}</TableCell>
              <TableCell>{translate('app.entities.at')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((a) => (
              <TableRow key={a.id}>
                <TableCell>{a.entityName}</TableCell>
                <TableCell sx={{ fontFamily: 'monospace' }}>{a.uscc}</TableCell>
                <TableCell>{translate(`enums.additionReason.${a.reason}`)}</TableCell>
                <TableCell>{a.note || '—'}</TableCell>
                <TableCell>{a.createdByName ?? '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{time(a.createdAt)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
