import { useEffect, useState } from 'react';
import { Button, useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import {
  Alert, Button as MuiButton, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField,
} from '@mui/material';
import PowerSettingsNewIcon from '@mui/icons-material/PowerSettingsNew';
import type { AppDataProvider, PluginAction, PluginDiff } from '../../dataProvider';
import { can, useMe } from '../../permissions';
import { DiffView } from './DiffView';

interface Installation { departmentId: number; departmentName: string; enabled: boolean; version: string | null }

/**
 * 启用 / 停用 a plugin for a department. Department admins act for their own department; a platform
 * admin picks one of the departments the plugin fits. Enabling shows the diff first (an upgrade's changes).
 */
export const PluginToggle = ({ action }: { action: PluginAction }) => {
  const record = useRecordContext();
  const me = useMe();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<AppDataProvider>();
  const [open, setOpen] = useState(false);
  const [departmentId, setDepartmentId] = useState<number | ''>('');
  const [diff, setDiff] = useState<PluginDiff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const pick = me?.role === 'platform_admin';
  const installations = (record?.installations ?? []) as Installation[];
  // platform admin: enable where not enabled or upgradable; disable where enabled
  const choices = installations.filter((i) => (action === 'disable' ? i.enabled : !i.enabled || i.version !== record?.version));
  const target = pick ? (departmentId === '' ? undefined : departmentId) : undefined;

  useEffect(() => {
    if (!open || action !== 'enable' || !record || (pick && target === undefined)) return;
    setDiff(null);
    dataProvider.pluginDiff(String(record.id), target).then(setDiff, (e) => setError((e as Error).message));
  }, [open, action, record, pick, target, dataProvider]);

  if (!record || !can(me, 'plugins', 'update') || choices.length === 0) return null;
  const run = async () => {
    setLoading(true);
    setError(null);
    try {
      const r = (await dataProvider.pluginAction(String(record.id), action, target)) as { created?: number[]; updated?: number[]; revised?: number[] };
      notify(action === 'enable' ? 'app.plugins.enabledNotice' : 'app.plugins.disabledNotice', {
        type: 'success', messageArgs: { created: r.created?.length ?? 0, updated: r.updated?.length ?? 0, revised: r.revised?.length ?? 0 },
      });
      setOpen(false);
      refresh();
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setLoading(false);
    }
  };
  const upgrade = action === 'enable' && choices.some((i) => i.version !== null);
  const name = record.displayName?.['zh-CN'] ?? record.id;
  return (
    <>
      <Button label={upgrade ? 'app.plugins.upgrade' : `app.plugins.${action}`} color={action === 'enable' ? 'primary' : 'warning'} variant={action === 'enable' ? 'contained' : 'text'}
        onClick={(e) => { e.stopPropagation(); setOpen(true); }} data-testid={`plugin-${action}`}>
        <PowerSettingsNewIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} onClick={(e) => e.stopPropagation()} fullWidth maxWidth="sm">
        <DialogTitle>{translate(`app.plugins.${action}Title`, { name })}</DialogTitle>
        <DialogContent dividers>
          <Alert severity="info" sx={{ mb: 2 }}>{translate(`app.plugins.${action}Hint`)}</Alert>
          {pick && (
            <TextField select fullWidth label={translate('app.plugins.department')} value={departmentId} sx={{ mb: 2 }}
              onChange={(e) => setDepartmentId(e.target.value === '' ? '' : Number(e.target.value))}>
              {choices.map((i) => <MenuItem key={i.departmentId} value={i.departmentId}>{i.departmentName}</MenuItem>)}
            </TextField>
          )}
          {action === 'enable' && (pick && target === undefined ? null : diff ? <DiffView diff={diff} /> : !error && <CircularProgress size={24} />)}
          {error && <Alert severity="error" sx={{ mt: 2 }}>{error}</Alert>}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" color={action === 'enable' ? 'primary' : 'warning'} onClick={run}
            disabled={loading || (pick && target === undefined) || (action === 'enable' && !diff)} data-testid={`plugin-${action}-confirm`}>
            {translate(upgrade ? 'app.plugins.upgrade' : `app.plugins.${action}`)}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
