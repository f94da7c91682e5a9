import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { ExportJobs } from '../export/ExportJobs';
import { PasswordPage } from '../account/PasswordPage';
import { useMe } from '../permissions';

// ExportJobs sits in the layout, which stays while pages change: an export is followed to its end.
// While an admin-set password must be replaced, every page is the password page (the server
// refuses everything else anyway).
export const Layout = ({ children }: { children: ReactNode }) => {
  const me = useMe();
  return (
    <RaLayout appBar={AppBar} menu={Menu}>
      {me?.mustChangePassword ? <PasswordPage forced /> : <ExportJobs>{children}</ExportJobs>}
    </RaLayout>
  );
};
