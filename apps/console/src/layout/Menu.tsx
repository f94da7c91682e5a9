import { Fragment } from 'react';
import { Menu as RaMenu, useSidebarState, useTranslate } from 'react-admin';
import { ListSubheader } from '@mui/material';
import FactCheckIcon from '@mui/icons-material/FactCheck';
import { pluginResources } from '../plugin-parts';
import { canRead, useMe } from '../permissions';

// The menu by role: a resource shows only when the signed-in role may read it (`me.resources`).
const GROUPS: { key: string; resources: string[] }[] = [
  { key: 'items', resources: ['items'] },
  { key: 'inspection', resources: ['plans', 'tasks', 'draws', 'targets'] },
  { key: 'records', resources: ['inspections', 'publications', 'followups', 'referrals', 'calendar'] },
  { key: 'directories', resources: ['entities', 'inspectors', 'conflicts'] },
  { key: 'system', resources: ['departments', 'users', 'plugins', 'audit'] },
  { key: 'jobs', resources: ['jobs'] },
];

export const Menu = () => {
  const me = useMe();
  const [open] = useSidebarState();
  const translate = useTranslate();
  const inspector = me?.role === 'inspector';
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      {GROUPS.map(({ key, resources }) => {
        const visible = resources.filter((r) => canRead(me, r));
        if (visible.length === 0) return null;
        return (
          <Fragment key={key}>
            {open && (
              <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, bgcolor: 'transparent', fontSize: 12, color: 'text.secondary' }}>
                {translate(`app.menu.${key}`)}
              </ListSubheader>
            )}
            {visible.map((name) => (
              // the API narrows an inspector's targets to their own: for them the list is 我的检查任务
              inspector && name === 'targets'
                ? <RaMenu.Item key={name} to="/targets" primaryText={translate('app.menu.myTargets')} leftIcon={<FactCheckIcon />} data-testid="menu-my-targets" />
                : <RaMenu.ResourceItem key={name} name={name} />
            ))}
          </Fragment>
        );
      })}
      {me && pluginResources.map((r) => <RaMenu.ResourceItem key={r.name} name={r.name} />)}
    </RaMenu>
  );
};
