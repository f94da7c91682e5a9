import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type DataProvider, type RaRecord } from 'react-admin';

/** Same origin as the console: the API serves it. */
export const API = '/api';

interface ApiErrorBody {
  error?: { code?: string; message?: string; details?: unknown };
}
type Detail = { field?: string; path?: unknown[]; message?: string };

/** A 422's details ({field} or [{field|path, message}]) in react-admin's server-side validation shape:
 *  each message under its input, and the whole message as the notification (root.serverError). */
function formErrors(message: string, details: unknown): Record<string, unknown> {
  const errors: Record<string, unknown> = { root: { serverError: message } };
  for (const d of ([] as Detail[]).concat((details ?? []) as Detail | Detail[])) {
    const field = d?.field ?? (Array.isArray(d?.path) ? d.path.filter((p) => typeof p === 'string').join('.') : '');
    if (field && !(field in errors)) errors[field] = d.message ?? message;
  }
  return errors;
}

/** fetchJson with the session cookie; a 4xx/5xx carries the server's Chinese message to the notification. */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  try {
    return await fetchUtils.fetchJson(url, { ...options, credentials: 'include' });
  } catch (e) {
    if (e instanceof HttpError) {
      const error = (e.body as ApiErrorBody | undefined)?.error;
      const message = error?.message || e.message;
      const body = e.status === 422 && e.body ? { ...e.body, errors: formErrors(message, error?.details) } : e.body;
      throw new HttpError(message, e.status, body);
    }
    throw e;
  }
}

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

export type ItemAction = 'publish' | 'withdraw' | 'revise';
export type PlanAction = 'submit' | 'approve' | 'reject' | 'publish' | 'adjust';
export type PluginAction = 'enable' | 'disable';

/** POST with a JSON body (the server refuses an empty body with content-type JSON, so `{}` at least). */
const post = async (path: string, body: unknown = {}) =>
  (await httpClient(`${API}${path}`, { method: 'POST', body: JSON.stringify(body) })).json;
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

export type InspectionAction = 'submit' | 'approve' | 'return' | 'correct';
export type ReferralAction = 'accept' | 'return' | 'close';

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
export interface PublicationRun { today: string; deadlinesFilled: number; published: number; warnings: { yellow: number; red: number } }

export const attachmentUrl = (id: RaRecord['id']) => `${API}/attachments/${id}`;
export const creditCsvUrl = (entityId: RaRecord['id']) => `${API}/entities/${entityId}/credit.csv`;

export type ImportResource = 'items' | 'entities' | 'inspectors';

/** /api/<resource>/export with the list's current sort and filter: a plain link, so the cookie goes along. */
export function exportUrl(resource: string, sort: { field: string; order: string }, filter: Record<string, unknown>) {
  const params = new URLSearchParams({ sort: JSON.stringify([sort.field, sort.order]), filter: JSON.stringify(filter) });
  return `${API}/${resource}/export?${params}`;
}

export const rejectionsUrl = (jobId: string) => `${API}/jobs/${encodeURIComponent(jobId)}/rejections.csv`;

const base = simpleRestProvider(API, httpClient);

export const dataProvider = {
  ...base,
  /** POST /api/items/:id/{publish|withdraw|revise}; answers the item (for revise: the new draft). */
  itemAction: async (id: RaRecord['id'], action: ItemAction) => {
    const { json } = await httpClient(`${API}/items/${id}/${action}`, { method: 'POST' });
    return { data: json as RaRecord };
  },
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
  /** POST /api/plans/:id/<action>; reject takes {note}, adjust {reason} and answers the new draft version. */
  planAction: async (id: RaRecord['id'], action: PlanAction, body?: { note?: string; reason?: string }) =>
    ({ data: (await post(`/plans/${id}/${action}`, body)) as RaRecord }),
  taskAdditions: async (taskId: RaRecord['id']) => (await httpClient(`${API}/tasks/${taskId}/additions`)).json as RaRecord[],
  addTaskEntity: (taskId: RaRecord['id'], body: { entityId: number; reason: string; note?: string }) => post(`/tasks/${taskId}/additions`, body),
  /** Fixes the candidates and inspectors, publishes the commitment; answers the prepared draw. */
  prepareDraw: async (taskId: RaRecord['id'], beaconSource: string) => (await post(`/tasks/${taskId}/draws`, { beaconSource })) as RaRecord,
  executeDraw: async (drawId: RaRecord['id'], body: { beacon: string; witnesses: string[] }) => (await post(`/draws/${drawId}/execute`, body)) as { jobId: string },
  redraw: async (drawId: RaRecord['id'], reason: string) => (await post(`/draws/${drawId}/redraw`, { reason })) as RaRecord,
  /** enable / disable for a department (platform admins name it; department roles act for their own). */
  pluginAction: (id: string, action: PluginAction, departmentId?: number) => post(`/plugins/${id}/${action}`, departmentId ? { departmentId } : {}),
  pluginDiff: async (id: string, departmentId?: number) =>
    (await httpClient(`${API}/plugins/${id}/diff${departmentId ? `?departmentId=${departmentId}` : ''}`)).json as PluginDiff,
  formsOfItem: async (itemId: RaRecord['id']) =>
    (await httpClient(`${API}/forms?filter=${encodeURIComponent(JSON.stringify({ itemId }))}`)).json as { id: number; title: string; version: number }[],
  getForm: async (id: string | number) => (await httpClient(`${API}/forms/${id}`)).json as StoredForm,
  /** 200 {ok, problems}; a 422 is thrown with body.error.details [{field, message}]. */
  validateForm: async (id: string | number, answers: Record<string, unknown>) => (await post(`/forms/${id}/validate`, { answers })) as { ok: true; problems: string[] },
  /** POST /api/inspections {targetId}: opens the record of a drawn target, or answers the one already open. */
  openInspection: async (targetId: RaRecord['id']) => (await post('/inspections', { targetId: Number(targetId) })) as RaRecord,
  /** submit | approve | return {note} | correct {reason}; answers the record (for correct: the new draft version). */
  inspectionAction: async (id: RaRecord['id'], action: InspectionAction, body?: { note?: string; reason?: string }) =>
    ({ data: (await post(`/inspections/${id}/${action}`, body)) as RaRecord }),
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
  closeFollowup: async (id: RaRecord['id'], body: { closedOn?: string; result: string }) => ({ data: (await post(`/followups/${id}/close`, body)) as RaRecord }),
  /** accept | return {reason} | close {closedOn, result}. */
  referralAction: async (id: RaRecord['id'], action: ReferralAction, body?: Record<string, string>) =>
    ({ data: (await post(`/referrals/${id}/${action}`, body)) as RaRecord }),
  entityCredit: async (id: RaRecord['id']) => (await httpClient(`${API}/entities/${id}/credit`)).json as EntityCredit,
  getJob: async (jobId: string) => {
    const { json } = await httpClient(`${API}/jobs/${encodeURIComponent(jobId)}`);
    return json as ImportJob;
  },
} satisfies DataProvider;

export type AppDataProvider = typeof dataProvider;
