import type { Scope } from '@sxgk/core/permissions';
import type { Db } from '../client.ts';
import type { AuditEntry } from '../schema.ts';
import { lister, type ListSpec } from '../list.ts';
import { inDepartment } from '../scope.ts';

// Read side of the audit trail; there is deliberately no write or delete here.
const COLUMNS = ['id', 'at', 'actorUserId', 'actorUsername', 'actorRole', 'departmentId', 'action', 'resource', 'recordId', 'before', 'after', 'ip', 'prevHash', 'hash'] as const;
const spec: ListSpec = {
  fields: Object.fromEntries(COLUMNS.map((f) => [f, `auditLog.${f}`])),
  search: ['auditLog.actorUsername', 'auditLog.action', 'auditLog.resource', 'auditLog.recordId'],
};

export const auditRepo = {
  ...lister<AuditEntry>((db, scope) => db.selectFrom('auditLog').selectAll().where(inDepartment(scope, 'auditLog.departmentId')), spec),
  get: (db: Db, scope: Scope, id: number) =>
    db.selectFrom('auditLog').selectAll().where('id', '=', String(id)).where(inDepartment(scope, 'departmentId')).executeTakeFirst(),
};
