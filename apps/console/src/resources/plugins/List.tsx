import { DataTable, List, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { Box, Chip, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { NOWRAP } from '../../components/cells';
import { PluginToggle } from './PluginToggle';

const Name = () => {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  if (!record) return null;
  return (
    <Box>
      <Typography variant="body2" sx={{ fontWeight: 600 }}>{record.displayName?.[locale === 'en' ? 'en' : 'zh-CN'] ?? record.id}</Typography>
      <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>{record.packageName}</Typography>
    </Box>
  );
};

const State = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
      <Chip size="small" color={record.enabled ? 'success' : 'default'} label={translate(record.enabled ? 'app.plugins.enabled' : 'app.plugins.disabled')} data-testid="plugin-state" />
      {record.upgradeAvailable && <Chip size="small" color="warning" variant="outlined" label={translate('app.plugins.upgradeTo', { version: record.version })} />}
    </Box>
  );
};

/** Per department: enabled, which version, since when; and the plugin's forms. */
const Details = () => {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Box sx={{ display: 'grid', gap: 3, gridTemplateColumns: { xs: '1fr', md: 'minmax(0, 3fr) minmax(0, 2fr)' }, p: 1 }}>
      <Table size="small">
        <TableHead><TableRow>
          <TableCell>{translate('app.plugins.department')}</TableCell><TableCell>{translate('resources.plugins.fields.enabled')}</TableCell>
          <TableCell>{translate('resources.plugins.fields.enabledVersion')}</TableCell>
        </TableRow></TableHead>
        <TableBody>
          {(record.installations ?? []).map((i: { departmentId: number; departmentName: string; enabled: boolean; version: string | null }) => (
            <TableRow key={i.departmentId}>
              <TableCell>{i.departmentName}</TableCell>
              <TableCell>{translate(i.enabled ? 'app.plugins.enabled' : 'app.plugins.disabled')}</TableCell>
              <TableCell>{i.version ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Box>
        <Typography variant="body2" sx={{ fontWeight: 600, mb: 1 }}>{translate('resources.plugins.fields.forms')}</Typography>
        {(record.forms ?? []).map((f: { key: string; title: string; version: number }) => (
          <Typography key={f.key} variant="body2">· {f.title}（{translate('app.items.version', { version: f.version })}）</Typography>
        ))}
      </Box>
    </Box>
  );
};

/** 插件管理: installed plugins that fit the department, with 启用 / 停用 (and 升级 when a new version is installed). */
export const PluginList = () => {
  const translate = useTranslate();
  return (
    <List actions={false} pagination={false} sort={{ field: 'id', order: 'ASC' }} empty={false}>
      <DataTable bulkActionButtons={false} rowClick="expand" expand={<Details />} sort={undefined}>
        <DataTable.Col source="displayName" disableSort><Name /></DataTable.Col>
        <DataTable.Col source="departmentKind" disableSort cellSx={NOWRAP} />
        <DataTable.Col source="version" disableSort cellSx={NOWRAP} />
        <DataTable.Col source="enabled" disableSort><State /></DataTable.Col>
        <DataTable.Col source="items" disableSort align="right" render={(r) => translate('app.plugins.itemCount', { smart_count: r.items })} cellSx={NOWRAP} />
        <DataTable.Col source="forms" disableSort align="right" render={(r) => translate('app.plugins.formCount', { smart_count: (r.forms ?? []).length })} cellSx={NOWRAP} />
        <DataTable.Col label="" disableSort cellSx={NOWRAP}>
          <PluginToggle action="enable" />
          <PluginToggle action="disable" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
};
