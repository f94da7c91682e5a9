import { AppBar as RaAppBar, LoadingIndicator, LocalesMenuButton, Logout, MenuItemLink, TitlePortal, UserMenu, useGetOne, useTranslate, useUserMenu } from 'react-admin';
import { Box, Chip, Divider, Typography } from '@mui/material';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import PasswordIcon from '@mui/icons-material/Password';
import { useMe } from '../permissions';

/** 部门 · 角色 of the signed-in user, beside the user menu. */
const WhoAmI = () => {
  const me = useMe();
  const translate = useTranslate();
  const { data: department } = useGetOne('departments', { id: me?.departmentId ?? 0 }, { enabled: !!me?.departmentId });
  if (!me) return null;
  const where = me.departmentId ? department?.name : translate('app.dashboard.cityWide');
  return (
    <Box sx={{ display: { xs: 'none', md: 'flex' }, alignItems: 'center', gap: 1, mr: 1 }}>
      {where && <Typography variant="body2" sx={{ opacity: 0.9 }}>{where}</Typography>}
      <Chip size="small" label={translate(`enums.role.${me.role}`)} sx={{ color: '#fff', borderColor: 'rgba(255,255,255,0.6)' }} variant="outlined" />
    </Box>
  );
};

const PasswordMenuItem = () => {
  const menu = useUserMenu();
  return <MenuItemLink to="/password" primaryText="app.password.title" leftIcon={<PasswordIcon />} onClick={menu?.onClose} data-testid="menu-password" />;
};

export const AppBar = () => {
  const translate = useTranslate();
  return (
    <RaAppBar color="primary" userMenu={<UserMenu><PasswordMenuItem /><Logout /></UserMenu>} toolbar={<><WhoAmI /><LocalesMenuButton /><LoadingIndicator /></>}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mr: 2 }}>
        <AccountBalanceIcon fontSize="small" />
        <Typography variant="subtitle1" component="span" sx={{ fontWeight: 700, letterSpacing: 1, whiteSpace: 'nowrap', display: { xs: 'none', sm: 'inline' } }}>
          {translate('app.title')}
        </Typography>
      </Box>
      <Divider orientation="vertical" flexItem sx={{ borderColor: 'rgba(255,255,255,0.35)', my: 1.5, mr: 2, display: { xs: 'none', sm: 'block' } }} />
      <TitlePortal variant="body1" />
    </RaAppBar>
  );
};
