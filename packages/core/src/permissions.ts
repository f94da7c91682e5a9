import type { Actor, Role } from './roles.ts';

// The one permissions matrix. Every route asks `scopeFor` and every repository applies the scope,
// so a department's records never reach another department by any path.
export const RESOURCES = [
  'departments', 'users', 'items', 'entities', 'inspectors', 'conflicts', 'audit', 'jobs', 'queues',
  'plans', 'tasks', 'draws', 'targets', 'assignments', 'plugins',
  'inspections', 'publications', 'followups', 'referrals', 'calendar', 'attachments', 'metrics',
] as const;
export type Resource = (typeof RESOURCES)[number];
// draws: create = prepare, update = execute or re-draw; plans: approve = the joint office's sign-off;
// inspections: approve = the department admin's review (approve or return); publications: update = run the publication job now
export type Action = 'read' | 'create' | 'update' | 'delete' | 'publish' | 'import' | 'export' | 'approve';

/** all: every department; department: the actor's own; none: refused. */
export type Scope = { kind: 'all' } | { kind: 'department'; departmentId: number } | { kind: 'none' };
type Grant = 'all' | 'department';
type Matrix = Record<Role, Partial<Record<Resource, Partial<Record<Action, Grant>>>>>;

const READ_ALL = { read: 'all', export: 'all' } as const;
const READ_DEPT = { read: 'department', export: 'department' } as const;
const MANAGE_DEPT = {
  read: 'department', create: 'department', update: 'department', delete: 'department',
  import: 'department', export: 'department',
} as const;
const MANAGE_ALL = {
  read: 'all', create: 'all', update: 'all', delete: 'all', import: 'all', export: 'all',
} as const;

const MATRIX: Matrix = {
  platform_admin: {
    departments: MANAGE_ALL, users: MANAGE_ALL, items: { ...MANAGE_ALL, publish: 'all' },
    entities: MANAGE_ALL, inspectors: MANAGE_ALL, conflicts: MANAGE_ALL,
    audit: READ_ALL, jobs: { read: 'all' }, queues: { read: 'all' },
    plans: { ...MANAGE_ALL, publish: 'all', approve: 'all' }, tasks: MANAGE_ALL,
    draws: { read: 'all', export: 'all', create: 'all', update: 'all' }, targets: READ_ALL, assignments: READ_ALL,
    // plugins: update = enable or disable a plugin for a department
    plugins: { read: 'all', update: 'all' },
    inspections: READ_ALL, publications: { ...READ_ALL, update: 'all' }, followups: READ_ALL, referrals: READ_ALL,
    attachments: { read: 'all' }, calendar: MANAGE_ALL, metrics: { read: 'all' },
  },
  joint_office: {
    departments: READ_ALL, items: READ_ALL, entities: READ_ALL, inspectors: READ_ALL,
    conflicts: READ_ALL, jobs: { read: 'all' },
    // approves every department's plans; may create joint tasks (the tasks repository refuses others)
    plans: { ...READ_ALL, approve: 'all' }, tasks: { ...READ_ALL, create: 'all' },
    draws: READ_ALL, targets: READ_ALL, assignments: READ_ALL, plugins: { read: 'all' },
    inspections: READ_ALL, publications: READ_ALL, followups: READ_ALL, referrals: READ_ALL,
    attachments: { read: 'all' }, calendar: { read: 'all' }, metrics: { read: 'all' },
  },
  leadership: {
    departments: READ_ALL, items: READ_ALL, entities: READ_ALL, inspectors: READ_ALL,
    conflicts: READ_ALL, plans: READ_ALL, tasks: READ_ALL, draws: READ_ALL, targets: READ_ALL, assignments: READ_ALL,
    plugins: { read: 'all' },
    inspections: READ_ALL, publications: READ_ALL, followups: READ_ALL, referrals: READ_ALL,
    attachments: { read: 'all' }, calendar: { read: 'all' }, metrics: { read: 'all' },
  },
  dept_admin: {
    // department names are public knowledge: joint tasks and referrals name their partners
    departments: { read: 'all' }, users: READ_DEPT,
    items: { ...MANAGE_DEPT, publish: 'department' }, entities: MANAGE_DEPT,
    inspectors: MANAGE_DEPT, conflicts: MANAGE_DEPT, jobs: { read: 'department' },
    plans: { ...MANAGE_DEPT, publish: 'department' }, tasks: MANAGE_DEPT,
    draws: { ...READ_DEPT, create: 'department', update: 'department' }, targets: READ_DEPT, assignments: READ_DEPT,
    plugins: { read: 'department', update: 'department' },
    // the repository lets the task's lead department review, and never someone who recorded it
    inspections: { ...READ_DEPT, create: 'department', update: 'department', approve: 'department' },
    publications: READ_DEPT, attachments: { read: 'department', create: 'department' },
    followups: { ...READ_DEPT, update: 'department' },
    // a referral is seen by the sending and the receiving department (the repository's scope)
    referrals: { ...READ_DEPT, create: 'department', update: 'department' },
    calendar: { read: 'department' }, metrics: { read: 'department' },
  },
  inspector: {
    departments: { read: 'all' }, items: READ_DEPT, entities: READ_DEPT,
    inspectors: READ_DEPT, conflicts: { read: 'department' },
    // targets and assignments: the repositories narrow these to the inspector's own
    tasks: READ_DEPT, targets: READ_DEPT, assignments: READ_DEPT, plugins: { read: 'department' },
    // inspections: the repository narrows to the targets the inspector is assigned to
    inspections: { read: 'department', create: 'department', update: 'department' },
    attachments: { read: 'department', create: 'department' }, followups: { read: 'department' },
    calendar: { read: 'department' },
  },
};

export function scopeFor(actor: Actor, resource: Resource, action: Action): Scope {
  const grant = MATRIX[actor.role]?.[resource]?.[action];
  if (!grant) return { kind: 'none' };
  if (grant === 'all') return { kind: 'all' };
  if (actor.departmentId == null) return { kind: 'none' };
  return { kind: 'department', departmentId: actor.departmentId };
}

/** Whether a record of `departmentId` lies inside the scope. */
export function inScope(scope: Scope, departmentId: number | null): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'none') return false;
  return departmentId === scope.departmentId;
}

/** Resources every role reads at least its own records of, whatever the matrix grants: the jobs a user started. */
const OWN_RECORDS: readonly Resource[] = ['jobs'];

/** Resources a role may see at all: drives menus in the console, never authorization itself. */
export function readableResources(role: Role): Resource[] {
  return RESOURCES.filter((r) => OWN_RECORDS.includes(r) || MATRIX[role]?.[r]?.read);
}

/** Every action a role may take, per resource: the console hides what the server would refuse. */
export function grantsFor(role: Role): Partial<Record<Resource, Action[]>> {
  return Object.fromEntries(
    Object.entries(MATRIX[role] ?? {}).map(([resource, actions]) => [resource, Object.keys(actions ?? {}) as Action[]]),
  );
}
