import type { ColumnType, Generated, Selectable } from 'kysely';

// Background jobs (imports, draws) and the chunked uploads they read. camelCase as in schema.ts.
type Created = ColumnType<Date, Date | string | undefined, never>;
type Json<T = unknown> = ColumnType<T, string, string>;

export interface UploadTable {
  id: Generated<string>;
  filename: string;
  size: ColumnType<string, number, number>; // set once the file is stored whole
  sha256: string;
  createdBy: number | null;
  createdAt: Created;
}
export interface UploadChunkTable {
  uploadId: string;
  seq: number;
  data: Buffer;
}

export type JobState = 'queued' | 'active' | 'completed' | 'failed';
export interface JobTable {
  id: Generated<string>;
  kind: string;
  departmentId: number | null;
  createdBy: number | null;
  state: Generated<JobState>;
  progress: Generated<number>;
  params: Json<Record<string, unknown>>;
  result: Json<Record<string, unknown>> | null;
  error: string | null;
  createdAt: Created;
  finishedAt: Date | null;
}
export interface JobRejectionTable {
  jobId: string;
  rowNo: number;
  columnName: string;
  reason: string;
}

export interface JobTables {
  uploads: UploadTable;
  uploadChunks: UploadChunkTable;
  jobs: JobTable;
  jobRejections: JobRejectionTable;
}

export type Job = Selectable<JobTable>;
