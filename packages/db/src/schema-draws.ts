import type { ColumnType, Generated, Selectable } from 'kysely';
import type { RiskTier } from '@sxgk/core/roles';

// Tables of migration 0002: plans, tasks and draws. camelCase as in schema.ts.
type Created = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Day = ColumnType<string, string, string>;
type Json<T> = ColumnType<T, string, string>;

export type PlanStatus = 'draft' | 'submitted' | 'approved' | 'published' | 'superseded';
export interface PlanTable {
  id: Generated<number>;
  departmentId: number;
  lineageId: number | null;
  version: Generated<number>;
  status: Generated<PlanStatus>;
  name: string;
  content: Generated<string>;
  itemIds: Generated<number[]>;
  periodStart: ColumnType<string | null, string | null | undefined, string | null>;
  periodEnd: ColumnType<string | null, string | null | undefined, string | null>;
  year: number;
  ratio: Generated<string>;
  frequency: Generated<string>;
  quantity: number | null;
  adjustmentReason: string | null;
  reviewNote: string | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  approvedBy: number | null;
  publishedAt: Date | null;
  supersededAt: Date | null;
  createdBy: number | null;
  createdAt: Created;
  updatedAt: Stamp;
}

export interface TaskFilters {
  kinds?: string[];
  regionCodes?: string[];
  industryTags?: string[];
  directoryDepartmentIds?: number[];
}
/** One inspector group per participating department; key = the department's code. */
export interface TaskGroup {
  key: string;
  departmentId: number;
  perTarget: number;
}
export interface TaskTable {
  id: Generated<number>;
  departmentId: number;
  departmentIds: number[];
  planId: number | null;
  adHoc: Generated<boolean>;
  name: string;
  itemIds: number[];
  directed: Generated<boolean>;
  filters: Json<TaskFilters>;
  ratios: Json<Record<RiskTier, number>>;
  groups: Json<TaskGroup[]>;
  inspectorsPerEntity: number;
  startDate: Day;
  year: number;
  createdBy: number | null;
  createdAt: Created;
  updatedAt: Stamp;
}

export type AdditionReason = 'complaint' | 'referral' | 'risk_signal';
export interface TaskAdditionTable {
  id: Generated<number>;
  taskId: number;
  entityId: number;
  reason: AdditionReason;
  note: Generated<string>;
  createdBy: number | null;
  createdAt: Created;
}

export type DrawStatus = 'prepared' | 'executing' | 'executed' | 'failed' | 'superseded';
export interface DrawTable {
  id: Generated<number>;
  taskId: number;
  status: Generated<DrawStatus>;
  secret: string;
  commitment: string | null;
  populationDigest: string | null;
  inspectorDigest: string | null;
  beaconSource: string;
  beacon: string | null;
  witnesses: Generated<string[]>;
  seed: string | null;
  exclusions: Generated<string>;
  exclusionCount: Generated<number>;
  jobId: string | null;
  redrawOfId: number | null;
  supersededById: number | null;
  redrawReason: string | null;
  error: string | null;
  preparedBy: number | null;
  preparedAt: Created;
  executedBy: number | null;
  executedAt: Date | null;
  supersededAt: Date | null;
}

export interface DrawStratumTable {
  drawId: number;
  key: string;
  ratioBp: number;
  size: number;
  population: string;
  entityIds: Buffer;
}

export interface DrawGroupTable {
  drawId: number;
  key: string;
  departmentId: number;
  perTarget: number;
  pool: string;
  inspectorIds: number[];
}

/** id is generated from (draw_id, position): never written */
export interface TargetTable {
  id: ColumnType<number, never, never>;
  drawId: number;
  taskId: number;
  entityId: number;
  uscc: string;
  stratum: string;
  position: number;
  addedReason: AdditionReason | null;
}

/** id is generated from (target_id, position): never written */
export interface AssignmentTable {
  id: ColumnType<number, never, never>;
  targetId: number;
  drawId: number;
  inspectorId: number;
  certificateNo: string;
  groupKey: string;
  position: number;
}

export interface DrawTables {
  plans: PlanTable;
  tasks: TaskTable;
  taskAdditions: TaskAdditionTable;
  draws: DrawTable;
  drawStrata: DrawStratumTable;
  drawGroups: DrawGroupTable;
  targets: TargetTable;
  assignments: AssignmentTable;
}

export type Plan = Selectable<PlanTable>;
export type Task = Selectable<TaskTable>;
export type TaskAddition = Selectable<TaskAdditionTable>;
export type Draw = Selectable<DrawTable>;
export type Target = Selectable<TargetTable>;
export type AssignmentRow = Selectable<AssignmentTable>;
