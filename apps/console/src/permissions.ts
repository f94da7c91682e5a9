import { usePermissions } from 'react-admin';
import type { Role } from './labels';

/** GET /api/auth/me: who is signed in and which resources their role may read. */
export interface Me {
  id: number;
  username: string;
  role: Role;
  departmentId: number | null;
  inspectorId: number | null;
  resources: string[];
}

const WRITERS: Role[] = ['platform_admin', 'dept_admin'];
const PLATFORM_ONLY = ['users', 'departments'];
const READ_ONLY = ['audit', 'jobs', 'queues'];

export const canRead = (me: Me | undefined, resource: string) => !!me?.resources?.includes(resource);

/** Create, edit, delete, import, publish. The server decides for real; this only hides buttons. */
export function canWrite(me: Me | undefined, resource: string): boolean {
  if (!me || !canRead(me, resource) || READ_ONLY.includes(resource)) return false;
  if (PLATFORM_ONLY.includes(resource)) return me.role === 'platform_admin';
  return WRITERS.includes(me.role);
}

// Readable but not exportable for these roles (the API grants them read only).
const NO_EXPORT: Partial<Record<Role, string[]>> = { dept_admin: ['departments'], inspector: ['departments', 'conflicts'] };

/** GET /api/<resource>/export. */
export const canExport = (me: Me | undefined, resource: string) =>
  !!me && canRead(me, resource) && !NO_EXPORT[me.role]?.includes(resource) && !['jobs', 'queues', 'users'].includes(resource);

/** Roles whose scope is every department: they see and filter by department. */
export const seesAllDepartments = (me: Me | undefined) =>
  me?.role === 'platform_admin' || me?.role === 'joint_office' || me?.role === 'leadership';

export function useMe(): Me | undefined {
  const { permissions } = usePermissions<Me>();
  return permissions;
}
