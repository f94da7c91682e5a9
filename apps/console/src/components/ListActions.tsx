import { CreateButton, TopToolbar, useResourceContext } from 'react-admin';
import { ImportButton } from '../import';
import { ExportButton } from '../export/ExportButton';
import { canExport, canWrite, useMe } from '../permissions';

/** 新建 / 导入 / 导出 in a list's toolbar, each only for the roles that may use it. */
export const ListActions = ({ importable = false, exportable = true, creatable = true }: { importable?: boolean; exportable?: boolean; creatable?: boolean }) => {
  const resource = useResourceContext() ?? '';
  const me = useMe();
  const writer = canWrite(me, resource);
  return (
    <TopToolbar>
      {creatable && writer && <CreateButton />}
      {importable && writer && <ImportButton />}
      {exportable && canExport(me, resource) && <ExportButton />}
    </TopToolbar>
  );
};
