import type { ReactNode } from 'react';
import { Layout as RaLayout } from 'react-admin';
import { AppBar } from './AppBar';
import { Menu } from './Menu';
import { ExportJobs } from '../export/ExportJobs';

// ExportJobs sits in the layout, which stays while pages change: an export is followed to its end.
export const Layout = ({ children }: { children: ReactNode }) => (
  <RaLayout appBar={AppBar} menu={Menu}>
    <ExportJobs>{children}</ExportJobs>
  </RaLayout>
);
