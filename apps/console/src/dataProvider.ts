import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider, RaRecord } from 'react-admin';
import { API, httpClient, post } from './httpClient';
import { workflowActions } from './workflowActions';
import type { RatedMetric } from '@sxgk/core/metrics';
import type { RiskTier } from '@sxgk/core/roles';

export { API, httpClient } from './httpClient';
export type { InspectionAction, ItemAction, PlanAction, PluginAction, ReferralAction } from './workflowActions';

export interface ImportJob {
  id: string;
  kind: string;
  state: 'queued' | 'active' | 'completed' | 'failed';
  progress: number;
  result: { inserted?: number; updated?: number; unchanged?: number; rejected?: number; total?: number } | null;
  error: string | null;
}

export interface HistoryEntry {
  id: string | number;
  at: string;
  source: string;
  before: Record<string, unknown> | string | null;
  after: Record<string, unknown> | string | null;
  actorUsername: string | null;
}

interface Named { key: string; name?: string; title?: string; version?: number; fields?: string[]; fromVersion?: number; toVersion?: number }
export interface PluginDiff {
  installedVersion: string | null;
  availableVersion: string;
  enabled: boolean;
  items: { added: Named[]; changed: Named[]; removed: Named[]; unchanged: number };
  forms: { added: Named[]; changed: Named[]; removed: Named[] };
}

/** GET /api/forms/:id: a plugin's inspection form as stored (the renderer reads `definition`). */
export interface StoredForm { id: number; pluginId: string; formKey: string; version: number; title: string; definition: import('./forms/types').FormDefinition }

/** An evidence file of an inspection record, stored once by its SHA-256. */
export interface Attachment { id: number; inspectionId: number; sha256: string; mime: string; size: number; filename: string; createdAt: string }

/** GET /api/publications/board: per department. */
export interface BoardRow { departmentId: number; departmentName: string; pending: number; yellow: number; red: number; publishedOnTime: number; publishedLate: number }

export interface CreditEntry {
  id: number; entityId: number; uscc: string; entityName: string; publicationId: number; inspectionId: number; departmentId: number;
  departmentName: string; outcome: string; outcomeLabel: string; violations: string[]; publishedAt: string;
}
export interface EntityCredit {
  entity: { id: number; uscc: string; name: string; status?: string; riskTier: string | null; riskInputTier: string | null; riskInputReasons: string[]; abnormalList?: boolean; seriousViolationList?: boolean };
  records: CreditEntry[];
}
/** GET /api/calendar/status: the year the calendar still needs, if any (urgent: today's results get no deadline). */
export interface CalendarStatus { today: string; yearDue: { year: number; urgent: boolean } | null }
export interface PublicationRun { today: string; deadlinesFilled: number; published: number; warnings: { yellow: number; red: number } }

export const attachmentUrl = (id: RaRecord['id']) => `${API}/attachments/${id}`;
export const creditCsvUrl = (entityId: RaRecord['id']) => `${API}/entities/${entityId}/credit.csv`;

type TierCounts = Record<RiskTier, { inScope: number; drawn: number }>;
export interface MetricsReport {
  year: number;
  asOf: string;
  total: { metrics: RatedMetric[]; tiers: TierCounts };
  departments: { departmentId: number; departmentName: string; metrics: RatedMetric[]; tiers: TierCounts }[];
}

export type ImportResource = 'items' | 'entities' | 'inspectors';

/** The file an export job wrote: a plain link, so the cookie goes along and the browser saves it. */
export const exportFileUrl = (jobId: string) => `${API}/jobs/${encodeURIComponent(jobId)}/file`;

export const rejectionsUrl = (jobId: string) => `${API}/jobs/${encodeURIComponent(jobId)}/rejections.csv`;

const base = simpleRestProvider(API, httpClient);

/** ra-data-simple-rest for the CRUD routes, plus the workflow transitions and the reads and uploads beyond CRUD. */
export const dataProvider = {
  ...base,
  ...workflowActions,
  entityHistory: async (id: RaRecord['id']) => {
    const { json } = await httpClient(`${API}/entities/${id}/history`);
    return json as HistoryEntry[];
  },
  /** Uploads a table; the server answers 202 {jobId}. */
  importFile: async (resource: ImportResource, file: File, departmentId?: number | null) => {
    const body = new FormData();
    body.append('file', file);
    if (departmentId != null) body.append('departmentId', String(departmentId));
    const { json } = await httpClient(`${API}/${resource}/import`, { method: 'POST', body });
    return json as { jobId: string };
  },
  /** POST /api/<resource>/export with the list's current sort and filter: 202 {jobId}, the file written in the background. */
  startExport: async (resource: string, sort: { field: string; order: string }, filter: Record<string, unknown>) => {
    const params = new URLSearchParams({ sort: JSON.stringify([sort.field, sort.order]), filter: JSON.stringify(filter) });
    return (await httpClient(`${API}/${resource}/export?${params}`, { method: 'POST' })).json as { jobId: string };
  },
  /** GET /api/metrics: the year's compliance figures of the user's scope (per department and in total). */
  metrics: async (year: number) => (await httpClient(`${API}/metrics?year=${year}`)).json as MetricsReport,
  taskAdditions: async (taskId: RaRecord['id']) => (await httpClient(`${API}/tasks/${taskId}/additions`)).json as RaRecord[],
  pluginDiff: async (id: string, departmentId?: number) =>
    (await httpClient(`${API}/plugins/${id}/diff${departmentId ? `?departmentId=${departmentId}` : ''}`)).json as PluginDiff,
  formsOfItem: async (itemId: RaRecord['id']) =>
    (await httpClient(`${API}/forms?filter=${encodeURIComponent(JSON.stringify({ itemId }))}`)).json as { id: number; title: string; version: number }[],
  getForm: async (id: string | number) => (await httpClient(`${API}/forms/${id}`)).json as StoredForm,
  /** 200 {ok, problems}; a 422 is thrown with body.error.details [{field, message}]. */
  validateForm: async (id: string | number, answers: Record<string, unknown>) => (await post(`/forms/${id}/validate`, { answers })) as { ok: true; problems: string[] },
  attachments: async (inspectionId: RaRecord['id']) => (await httpClient(`${API}/inspections/${inspectionId}/attachments`)).json as Attachment[],
  uploadAttachment: async (inspectionId: RaRecord['id'], file: File) => {
    const body = new FormData();
    body.append('file', file);
    return (await httpClient(`${API}/inspections/${inspectionId}/attachments`, { method: 'POST', body })).json as Attachment;
  },
  /** The form a section is filled against: the item's plugin form, else the platform's default form. */
  formForItem: async (itemId: RaRecord['id']) => {
    const list = async (filter: object) => (await httpClient(`${API}/forms?filter=${encodeURIComponent(JSON.stringify(filter))}`)).json as { id: number; formKey: string; version: number }[];
    const own = await list({ itemId });
    if (own.length) return own[own.length - 1]!.id;
    const platform = (await list({ pluginId: 'platform' })).filter((f) => f.formKey === 'default-inspection');
    return platform.sort((a, b) => b.version - a.version)[0]?.id ?? null;
  },
  publicationBoard: async () => (await httpClient(`${API}/publications/board`)).json as BoardRow[],
  runPublications: async () => (await post('/publications/run')) as PublicationRun,
  calendarStatus: async () => (await httpClient(`${API}/calendar/status`)).json as CalendarStatus,
  entityCredit: async (id: RaRecord['id']) => (await httpClient(`${API}/entities/${id}/credit`)).json as EntityCredit,
  getJob: async (jobId: string) => {
    const { json } = await httpClient(`${API}/jobs/${encodeURIComponent(jobId)}`);
    return json as ImportJob;
  },
} satisfies DataProvider;

export type AppDataProvider = typeof dataProvider;
