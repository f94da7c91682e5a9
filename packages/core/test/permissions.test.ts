import { describe, expect, it } from 'vitest';
import { inScope, readableResources, RESOURCES, scopeFor } from '../src/permissions.ts';
import { ROLES, type Actor, type Role } from '../src/roles.ts';

const actor = (role: Role, departmentId: number | null = 7): Actor => ({ userId: 1, username: 'u', role, departmentId, inspectorId: null });

describe('permissions matrix', () => {
  it('keeps department roles inside their department (reading department names aside)', () => {
    for (const role of ['dept_admin', 'inspector'] as const) {
      expect(scopeFor(actor(role), 'departments', 'read')).toEqual({ kind: 'all' });
      for (const r of RESOURCES) {
        for (const a of ['read', 'create', 'update', 'delete', 'publish', 'import', 'export'] as const) {
          if (r === 'departments' && a === 'read') continue;
          const s = scopeFor(actor(role), r, a);
          expect(s.kind === 'all').toBe(false);
          if (s.kind === 'department') expect(s.departmentId).toBe(7);
        }
      }
    }
  });
  it('never lets leadership or the joint office write, except joint tasks and plan approval', () => {
    for (const role of ['leadership', 'joint_office'] as const) {
      for (const r of RESOURCES) {
        for (const a of ['create', 'update', 'delete', 'publish', 'import'] as const) {
          if (role === 'joint_office' && r === 'tasks' && a === 'create') continue;
          expect(scopeFor(actor(role, null), r, a)).toEqual({ kind: 'none' });
        }
      }
    }
    expect(scopeFor(actor('joint_office', null), 'tasks', 'create')).toEqual({ kind: 'all' });
    expect(scopeFor(actor('joint_office', null), 'plans', 'approve')).toEqual({ kind: 'all' });
    expect(scopeFor(actor('dept_admin'), 'plans', 'approve')).toEqual({ kind: 'none' });
  });
  it('lets inspectors read tasks, targets and assignments but never draws or plans', () => {
    expect(scopeFor(actor('inspector'), 'tasks', 'read').kind).toBe('department');
    expect(scopeFor(actor('inspector'), 'targets', 'read').kind).toBe('department');
    expect(scopeFor(actor('inspector'), 'assignments', 'read').kind).toBe('department');
    expect(scopeFor(actor('inspector'), 'draws', 'read').kind).toBe('none');
    expect(scopeFor(actor('inspector'), 'plans', 'read').kind).toBe('none');
  });
  it('lets only platform admins read the audit trail and queues', () => {
    for (const role of ROLES) {
      expect(scopeFor(actor(role), 'audit', 'read').kind !== 'none').toBe(role === 'platform_admin');
      expect(readableResources(role).includes('queues')).toBe(role === 'platform_admin');
    }
  });
  it('shows every role its jobs (its own at least), while only the matrix scopes other people’s', () => {
    for (const role of ROLES) expect(readableResources(role)).toContain('jobs');
    expect(scopeFor(actor('leadership', null), 'jobs', 'read')).toEqual({ kind: 'none' });
    expect(scopeFor(actor('inspector'), 'jobs', 'read')).toEqual({ kind: 'none' });
  });
  it('refuses a department role without a department', () => {
    expect(scopeFor(actor('dept_admin', null), 'items', 'read')).toEqual({ kind: 'none' });
  });
  it('inspectors cannot write the directories', () => {
    expect(scopeFor(actor('inspector'), 'entities', 'update')).toEqual({ kind: 'none' });
    expect(scopeFor(actor('inspector'), 'items', 'publish')).toEqual({ kind: 'none' });
  });
  it('inScope compares departments', () => {
    expect(inScope({ kind: 'department', departmentId: 7 }, 7)).toBe(true);
    expect(inScope({ kind: 'department', departmentId: 7 }, 8)).toBe(false);
    expect(inScope({ kind: 'all' }, 8)).toBe(true);
    expect(inScope({ kind: 'none' }, 7)).toBe(false);
  });
});
