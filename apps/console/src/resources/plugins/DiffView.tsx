import { useTranslate } from 'react-admin';
import { Alert, Box, Chip, Typography } from '@mui/material';
import type { PluginDiff } from '../../dataProvider';

type Entry = PluginDiff['items']['added'][number];
const COLOR = { added: 'success', changed: 'warning', removed: 'error' } as const;

const Group = ({ title, kind, entries }: { title: string; kind: keyof typeof COLOR; entries: Entry[] }) => {
  const translate = useTranslate();
  if (entries.length === 0) return null;
  return (
    <Box sx={{ mb: 1.5 }}>
      <Typography variant="body2" sx={{ fontWeight: 600, mb: 0.5 }}>
        <Chip size="small" color={COLOR[kind]} label={translate(`app.plugins.diff.${kind}`)} sx={{ mr: 1 }} />{translate(title)}（{entries.length}）
      </Typography>
      {entries.map((e) => (
        <Typography key={`${e.key}-${e.version ?? ''}`} variant="body2" sx={{ pl: 2, lineHeight: 1.8 }}>
          · {e.name ?? e.title ?? e.key}
          {e.fields?.length ? <Box component="span" sx={{ color: 'text.secondary' }}>（{translate('app.plugins.diff.fields', { fields: e.fields.join('、') })}）</Box> : null}
          {e.fromVersion != null ? <Box component="span" sx={{ color: 'text.secondary' }}>（v{e.fromVersion} → v{e.toVersion}）</Box> : null}
        </Typography>
      ))}
    </Box>
  );
};

/** GET /api/plugins/:id/diff: what the plugin brings compared with what the department already received. */
export const DiffView = ({ diff }: { diff: PluginDiff }) => {
  const translate = useTranslate();
  const { items, forms } = diff;
  const nothing = [items.added, items.changed, items.removed, forms.added, forms.changed, forms.removed].every((l) => l.length === 0);
  return (
    <Box data-testid="plugin-diff">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('app.plugins.diff.versions', { from: diff.installedVersion ?? '—', to: diff.availableVersion })}
      </Typography>
      {nothing && <Alert severity="success">{translate('app.plugins.diff.nothing')}</Alert>}
      {(['added', 'changed', 'removed'] as const).map((k) => <Group key={`i-${k}`} title="app.plugins.diff.items" kind={k} entries={items[k]} />)}
      {(['added', 'changed', 'removed'] as const).map((k) => <Group key={`f-${k}`} title="app.plugins.diff.forms" kind={k} entries={forms[k] as Entry[]} />)}
      {items.unchanged > 0 && <Typography variant="body2" color="text.secondary">{translate('app.plugins.diff.unchanged', { smart_count: items.unchanged })}</Typography>}
      {items.removed.length > 0 && <Alert severity="info" sx={{ mt: 1 }}>{translate('app.plugins.diff.removedHint')}</Alert>}
    </Box>
  );
};
