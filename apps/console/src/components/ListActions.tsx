import type { ReactNode } from 'react';
import { CreateButton, TopToolbar, useResourceContext } from 'react-admin';
import { ImportButton } from '../import';
import { ListExportButton } from '../export/ExportButton';
import { can, canExport, canWrite, useMe } from '../permissions';

/**
 * 新建 / 导入 / 导出 in a list's toolbar, each only for the roles that may use it (every list a role
 * may export has its columns in packages/db/src/exports.ts); `extra` goes first.
 */
export const ListActions = ({ importable = false, creatable = true, extra }: { importable?: boolean; creatable?: boolean; extra?: ReactNode }) => {
  const resource = useResourceContext() ?? '';
  const me = useMe();
  const writer = canWrite(me, resource);
  return (
    <TopToolbar>
      {extra}
      {creatable && can(me, resource, 'create') && <CreateButton />}
      {importable && writer && <ImportButton />}
      {canExport(me, resource) && <ListExportButton />}
    </TopToolbar>
  );
};
