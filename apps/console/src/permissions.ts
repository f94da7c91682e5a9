import { usePermissions } from 'react-admin';
import type { Role } from './labels';

/** GET /api/auth/me: who is signed in and which resources their role may read. */
export interface Me {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  inspectorId: number | null;
  resources: string[];
  /** resource → the actions the role may take */
  grants: Record<string, string[]>;
  /** an admin set the password: only 修改密码 is open until the user has replaced it */
  mustChangePassword: boolean;
  passwordChangedAt: string | null;
  /** core's password rule in words, for the 修改密码 page */
  passwordRule: string;
}

export const canRead = (me: Me | undefined, resource: string) => !!me?.resources?.includes(resource);

/** Create, edit, delete, import, publish: as the server's permission matrix grants (sent in `me.grants`).
 *  The server decides for real; this only hides buttons it would refuse. */
export function canWrite(me: Me | undefined, resource: string): boolean {
  const actions = me?.grants?.[resource] ?? [];
  return actions.some((a) => a !== 'read' && a !== 'export');
}

/** POST /api/<resource>/export (a background job writing .xlsx). */
export const canExport = (me: Me | undefined, resource: string) => !!me?.grants?.[resource]?.includes('export');

/** Roles whose scope is every department: they see and filter by department. */
export const seesAllDepartments = (me: Me | undefined) =>
  me?.role === 'platform_admin' || me?.role === 'joint_office' || me?.role === 'leadership';

export function useMe(): Me | undefined {
  const { permissions } = usePermissions<Me>();
  return permissions;
}

/** One action of the server's matrix (create, update, publish, approve…), e.g. 审批通过 only where `approve` is granted. */
export const can = (me: Me | undefined, resource: string, action: string) => !!me?.grants?.[resource]?.includes(action);
