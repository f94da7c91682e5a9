import type { ColumnType, Generated, Selectable } from 'kysely';
import type { RiskTier } from '@sxgk/core/roles';

// Tables of migration 0002, part one: annual plans and tasks. camelCase as in schema.ts.
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

export type Plan = Selectable<PlanTable>;
export type Task = Selectable<TaskTable>;
export type TaskAddition = Selectable<TaskAdditionTable>;
