import { Fragment } from 'react';
import { Menu as RaMenu, useSidebarState, useTranslate } from 'react-admin';
import { ListSubheader } from '@mui/material';
import { canRead, useMe } from '../permissions';

// The menu by role: a resource shows only when the signed-in role may read it (`me.resources`).
const GROUPS: { key: string; resources: string[] }[] = [
  { key: 'items', resources: ['items'] },
  { key: 'directories', resources: ['entities', 'inspectors', 'conflicts'] },
  { key: 'system', resources: ['departments', 'users', 'audit'] },
];

export const Menu = () => {
  const me = useMe();
  const [open] = useSidebarState();
  const translate = useTranslate();
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
            {visible.map((name) => <RaMenu.ResourceItem key={name} name={name} />)}
          </Fragment>
        );
      })}
    </RaMenu>
  );
};
