import type { ColumnType, Generated, Selectable } from 'kysely';
import type { AdditionReason, PlanTable, TaskAdditionTable, TaskTable } from './schema-plans.ts';

// Tables of migration 0002, part two: draws, their snapshots and results. camelCase as in schema.ts.
type Created = ColumnType<Date, Date | string | undefined, never>;

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
  /** the drawn team in pick order, group by group (migration 0006) */
  inspectorIds: number[];
  certificateNos: string[];
  groupKeys: string[];
}

/** A read-only view: one row per target and team member, id = target_id * 64 + position. */
export interface AssignmentTable {
  id: ColumnType<number, never, never>;
  targetId: number;
  drawId: number;
  inspectorId: number;
  certificateNo: string;
  groupKey: string;
  position: number;
}

/** Per inspector and draw, the positions of the targets the inspector is on. */
export interface InspectorTargetTable {
  inspectorId: number;
  drawId: number;
  positions: number[];
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
  inspectorTargets: InspectorTargetTable;
}

export type Draw = Selectable<DrawTable>;
export type Target = Selectable<TargetTable>;
export type AssignmentRow = Selectable<AssignmentTable>;
export type * from './schema-plans.ts';
