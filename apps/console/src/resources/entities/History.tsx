import { useEffect, useState } from 'react';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { Alert, Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { AppDataProvider, HistoryEntry } from '../../dataProvider';
import { ENTITY_KIND_LABELS, ENTITY_STATUS_LABELS, RISK_TIER_LABELS } from '@sxgk/core/labels';

const SKIP = new Set(['id', 'createdAt', 'updatedAt']);
const ENUM_OF: Record<string, string> = { kind: 'entityKind', status: 'entityStatus', riskTier: 'riskTier' };
const KNOWN: Record<string, Record<string, string>> = { kind: ENTITY_KIND_LABELS, status: ENTITY_STATUS_LABELS, riskTier: RISK_TIER_LABELS };

const parse = (v: HistoryEntry['before']): Record<string, unknown> | null => {
  if (v == null) return null;
  if (typeof v === 'string') {
    try { return JSON.parse(v) as Record<string, unknown>; } catch { return null; }
  }
  return v;
};

/** The fields whose value differs between two snapshots of the registry record. */
function changes(before: Record<string, unknown> | null, after: Record<string, unknown> | null) {
  const keys = Object.keys({ ...(before ?? {}), ...(after ?? {}) }).filter((k) => !SKIP.has(k));
  return keys.filter((k) => JSON.stringify(before?.[k] ?? null) !== JSON.stringify(after?.[k] ?? null))
    .map((k) => ({ field: k, before: before?.[k], after: after?.[k] }));
}

const formatDate = (at: string) => new Date(at).toLocaleString('zh-CN', { hour12: false });

/** 变更历史: GET /api/entities/:id/history, each entry as the changed fields, before → after. */
export const EntityHistory = () => {
  const record = useRecordContext();
  const dataProvider = useDataProvider<AppDataProvider>();
  const translate = useTranslate();
  const [rows, setRows] = useState<HistoryEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!record?.id) return;
    let live = true;
    dataProvider.entityHistory(record.id).then(
      (r) => live && setRows(r),
      (e: Error) => live && setError(e.message),
    );
    return () => { live = false; };
  }, [dataProvider, record?.id, record?.updatedAt]);

  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '—';
    if (Array.isArray(value)) return value.length ? value.join('、') : '—';
    if (typeof value === 'boolean') return translate(value ? 'app.common.yes' : 'app.common.no');
    const group = ENUM_OF[field];
    if (group && KNOWN[field]?.[String(value)]) {
      const label = translate(`enums.${group}.${value}`);
      return field === 'riskTier' ? `${value} · ${label}` : label;
    }
    return String(value);
  };

  return (
    <Box sx={{ px: 3, pb: 3 }} data-testid="entity-history">
      <Typography variant="subtitle1" sx={{ fontWeight: 700, color: 'primary.main', mb: 1 }}>{translate('app.entities.history')}</Typography>
      {error && <Alert severity="error">{error}</Alert>}
      {rows && rows.length === 0 && <Typography variant="body2" color="text.secondary">{translate('app.entities.noHistory')}</Typography>}
      {rows && rows.length > 0 && (
        <Table size="small" sx={{ '& th': { backgroundColor: '#eef2f8', fontWeight: 600 } }}>
          <TableHead>
            <TableRow>
              <TableCell sx={{ width: 170 }}>{translate('app.entities.at')}</TableCell>
              <TableCell sx={{ width: 100 }}>{translate('app.entities.source')}</TableCell>
              <TableCell sx={{ width: 120 }}>{translate('app.entities.actor')}</TableCell>
              <TableCell>{translate('app.entities.changes')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((h) => {
              const before = parse(h.before);
              const list = before ? changes(before, parse(h.after)) : [];
              return (
                <TableRow key={h.id} sx={{ verticalAlign: 'top' }}>
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDate(h.at)}</TableCell>
                  <TableCell>{translate(`enums.historySource.${h.source}`, { _: h.source })}</TableCell>
                  <TableCell>{h.actorUsername ?? '—'}</TableCell>
                  <TableCell>
                    {!before && <Typography variant="body2">{translate('app.entities.created')}</Typography>}
                    {before && list.length === 0 && <Typography variant="body2" color="text.secondary">{translate('app.entities.noChange')}</Typography>}
                    {list.map((c) => (
                      <Typography key={c.field} variant="body2" sx={{ lineHeight: 1.8 }}>
                        <b>{translate(`resources.entities.fields.${c.field}`, { _: c.field })}</b>：
                        <Box component="span" sx={{ color: 'text.secondary', textDecoration: 'line-through' }}>{show(c.field, c.before)}</Box>
                        {' → '}
                        <Box component="span" sx={{ color: 'primary.main', fontWeight: 500 }}>{show(c.field, c.after)}</Box>
                      </Typography>
                    ))}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
    </Box>
  );
};
