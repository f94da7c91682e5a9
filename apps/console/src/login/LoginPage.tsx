import { LocalesMenuButton, Login, LoginForm, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import { GOV_BLUE } from '../theme';

// react-admin's login form (inputs `username` and `password`); a failed sign-in shows the server's message.
export const LoginPage = () => {
  const translate = useTranslate();
  return (
    <Login
      avatarIcon={<AccountBalanceIcon />}
      sx={{
        backgroundImage: `linear-gradient(160deg, ${GOV_BLUE} 0%, #0f2f66 100%)`,
        '& .RaLogin-card': { width: 400, maxWidth: '94vw', borderRadius: 2, position: 'relative', mt: 0 },
        '& .RaLogin-card .RaLoginForm-content': { width: 'auto', px: 3 },
        '& .RaLogin-icon': { backgroundColor: GOV_BLUE },
        justifyContent: 'center',
      }}
    >
      <Box sx={{ position: 'absolute', top: 8, right: 8 }}>
        <LocalesMenuButton />
      </Box>
      <Box sx={{ textAlign: 'center', px: 2, pb: 1 }}>
        <Typography variant="h6" component="h1" sx={{ color: GOV_BLUE, fontWeight: 700, letterSpacing: 1 }}>
          {translate('app.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
          {translate('app.login.hint')}
        </Typography>
      </Box>
      <LoginForm />
      <Typography variant="caption" component="p" color="text.secondary" sx={{ textAlign: 'center', px: 2, pb: 2 }}>
        {translate('app.login.footer')}
      </Typography>
    </Login>
  );
};
