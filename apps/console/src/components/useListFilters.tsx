import type { ReactElement } from 'react';
import { SearchInput, useTranslate } from 'react-admin';
import { seesAllDepartments, useMe } from '../permissions';
import { DepartmentInput } from './DepartmentInput';

/**
 * The filters of a list: free-text search first, the list's own filters, and the department filter
 * for roles that see every department (who also get a department column: `allDepartments`).
 */
export function useListFilters(...own: ReactElement[]) {
  const translate = useTranslate();
  const allDepartments = seesAllDepartments(useMe());
  const filters = [
    <SearchInput key="q" source="q" alwaysOn placeholder={translate('app.common.searchPlaceholder')} />,
    ...own,
    ...(allDepartments ? [<DepartmentInput key="departmentId" alwaysOn />] : []),
  ];
  return { filters, allDepartments };
}
