import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { RiskTier, Role } from '@sxgk/core/roles';
import type { DrawTables } from './schema-draws.ts';
import type { InspectionTables } from './schema-inspections.ts';
import type { JobTables } from './schema-jobs.ts';
import type { PluginTables } from './schema-plugins.ts';

// Column names are camelCase here; CamelCasePlugin maps them to snake_case in SQL.
type Created = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface DepartmentTable {
  id: Generated<number>;
  code: string;
  name: string;
  defaultRatios: ColumnType<Record<RiskTier, number>, string | undefined, string>;
  createdAt: Created;
}

export interface UserTable {
  id: Generated<number>;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  departmentId: number | null;
  inspectorId: number | null;
  active: Generated<boolean>;
  failedLogins: Generated<number>;
  lockedUntil: Date | null;
  /** the password was set by someone else: its owner must replace it before anything else */
  mustChangePassword: Generated<boolean>;
  /** when its owner last chose the password themselves */
  passwordChangedAt: Date | null;
  createdAt: Created;
  updatedAt: Stamp;
}

export interface SessionTable {
  tokenHash: string;
  userId: number;
  createdAt: Created;
  expiresAt: Date;
}

export type ItemStatus = 'draft' | 'published' | 'withdrawn';
export interface ItemTable {
  id: Generated<number>;
  departmentId: number;
  lineageId: number | null;
  version: Generated<number>;
  status: Generated<ItemStatus>;
  category: Generated<string>;
  name: string;
  entityKind: Generated<string>;
  itemType: Generated<'general' | 'key'>;
  methods: Generated<string[]>;
  inspectingBody: Generated<string>;
  legalBasis: Generated<string>;
  ratio: Generated<string>;
  frequency: Generated<string>;
  content: Generated<string>;
  requiredField: string | null;
  compilingUnit: Generated<string>;
  seq: Generated<string>;
  isJoint: Generated<boolean>;
  jointField: Generated<string>;
  initiatingDepartment: Generated<string>;
  cooperatingDepartments: Generated<string[]>;
  /** Content hash of the imported row (file imports only); new versions get null. */
  sourceKey: string | null;
  publishedAt: Date | null;
  withdrawnAt: Date | null;
  createdAt: Created;
  updatedAt: Stamp;
}

export interface EntityTable {
  id: Generated<number>;
  uscc: string;
  name: string;
  kind: Generated<'enterprise' | 'individual' | 'cooperative' | 'other'>;
  status: Generated<'active' | 'deregistered' | 'revoked' | 'cancelled' | 'moved_out'>;
  legalRepresentative: Generated<string>;
  contactPhone: Generated<string>;
  address: Generated<string>;
  regionCode: Generated<string>;
  businessScope: Generated<string>;
  industryTags: Generated<string[]>;
  riskTier: Generated<RiskTier>;
  abnormalList: Generated<boolean>;
  seriousViolationList: Generated<boolean>;
  complaintCount: Generated<number>;
  createdByJob: Generated<string | null>;
  createdAt: Created;
  updatedAt: Stamp;
}

export interface DirectoryEntryTable {
  departmentId: number;
  entityId: number;
  tags: Generated<string[]>;
  addedAt: Created;
}

export interface EntityHistoryTable {
  id: Generated<string>;
  entityId: number;
  actorUserId: number | null;
  departmentId: number | null;
  source: string;
  at: Created;
  before: Json | null;
  after: Json;
}

export interface InspectorTable {
  id: Generated<number>;
  departmentId: number;
  name: string;
  position: Generated<string>;
  certificateNo: string;
  certificateValidUntil: ColumnType<string | null, string | null | undefined, string | null>;
  expertise: Generated<string[]>;
  fields: Generated<string[]>;
  active: Generated<boolean>;
  createdAt: Created;
  updatedAt: Stamp;
}

export interface ConflictTable {
  id: Generated<number>;
  inspectorId: number;
  entityId: number;
  reason: string;
  createdAt: Created;
}

export interface AuditLogTable {
  id: Generated<string>;
  at: Date;
  actorUserId: number | null;
  actorUsername: string | null;
  actorRole: string | null;
  departmentId: number | null;
  action: string;
  resource: string;
  recordId: string | null;
  before: Json | null;
  after: Json | null;
  ip: string | null;
  prevHash: string;
  hash: string;
}

export interface Database extends DrawTables, InspectionTables, PluginTables, JobTables {
  departments: DepartmentTable;
  users: UserTable;
  sessions: SessionTable;
  items: ItemTable;
  entities: EntityTable;
  directoryEntries: DirectoryEntryTable;
  entityHistory: EntityHistoryTable;
  inspectors: InspectorTable;
  conflicts: ConflictTable;
  auditLog: AuditLogTable;
}

export type Department = Selectable<DepartmentTable>;
export type User = Selectable<UserTable>;
export type Item = Selectable<ItemTable>;
export type NewItem = Insertable<ItemTable>;
export type ItemUpdate = Updateable<ItemTable>;
export type Entity = Selectable<EntityTable>;
export type Inspector = Selectable<InspectorTable>;
export type Conflict = Selectable<ConflictTable>;
export type AuditEntry = Selectable<AuditLogTable>;
export type * from './schema-draws.ts';
export type * from './schema-inspections.ts';
export type * from './schema-plugins.ts';
export type * from './schema-jobs.ts';
