import { Form, HttpError, PasswordInput, SaveButton, Title, required, useNotify, useRedirect, useRefresh, useTranslate } from 'react-admin';
import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { reloadMe } from '../authProvider';
import { post } from '../httpClient';
import { useMe } from '../permissions';
import { strongPassword } from './strongPassword';

type Values = { currentPassword: string; newPassword: string; confirmPassword: string };

/**
 * 修改密码 (#/password, and in place of every page while an admin-set password must be replaced).
 * The server checks again and ends the user's other sessions; its field messages land under the inputs.
 */
export const PasswordPage = ({ forced = false }: { forced?: boolean }) => {
  const me = useMe();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const strong = (value: string) => strongPassword(value, me?.username ?? '');
  const same = (value: string, values: Values) => (value && value !== values.newPassword ? 'app.password.mismatch' : undefined);

  const submit = async (values: Partial<Values>) => {
    try {
      const { sessionsEnded } = await post('/auth/password', { currentPassword: values.currentPassword, newPassword: values.newPassword }) as { sessionsEnded: number };
      await reloadMe();
      notify(sessionsEnded > 0 ? 'app.password.changedElsewhere' : 'app.password.changed', { type: 'success', messageArgs: { count: sessionsEnded } });
      refresh();
      if (!forced) redirect('/');
    } catch (e) {
      if (e instanceof HttpError && e.body?.errors) return e.body.errors as Record<string, unknown>;
      notify((e as Error).message, { type: 'error' });
    }
  };

  return (
    <Box sx={{ mt: 2, maxWidth: 560 }} data-testid="password-page">
      <Title title={translate('app.password.title')} />
      <Card>
        <CardContent>
          <Typography variant="h6" gutterBottom>{translate('app.password.title')}</Typography>
          {forced && <Alert severity="warning" sx={{ mb: 2 }} data-testid="password-forced">{translate('app.password.forced')}</Alert>}
          <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
            {translate('app.password.rule', { rule: me?.passwordRule ?? '' })}
          </Typography>
          <Form onSubmit={submit}>
            <PasswordInput source="currentPassword" label="app.password.current" validate={required()} fullWidth autoComplete="current-password" />
            <PasswordInput source="newPassword" label="app.password.new" validate={[required(), strong]} fullWidth autoComplete="new-password" />
            <PasswordInput source="confirmPassword" label="app.password.confirm" validate={[required(), same]} fullWidth autoComplete="new-password" />
            <SaveButton label="app.password.submit" alwaysEnable />
          </Form>
        </CardContent>
      </Card>
    </Box>
  );
};
