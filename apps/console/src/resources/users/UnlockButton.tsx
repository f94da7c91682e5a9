import { Button, useDataProvider, useNotify, useRecordContext, useRefresh } from 'react-admin';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import type { AppDataProvider } from '../../dataProvider';
import { can, useMe } from '../../permissions';

/** 解除锁定: for an account locked by failed sign-ins whose owner remembers the password. */
export const UnlockButton = () => {
  const record = useRecordContext();
  const me = useMe();
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const locked = !!record?.lockedUntil && new Date(record.lockedUntil as string).getTime() > Date.now();
  if (!record || !locked || !can(me, 'users', 'update')) return null;
  const unlock = async () => {
    try {
      await dataProvider.unlockUser(record.id);
      notify('app.users.unlocked', { type: 'success' });
      refresh();
    } catch (e) {
      notify((e as Error).message, { type: 'error' });
    }
  };
  return <Button label="app.users.unlock" color="warning" onClick={unlock} data-testid="user-unlock"><LockOpenIcon /></Button>;
};
