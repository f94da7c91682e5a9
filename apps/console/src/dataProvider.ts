import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type DataProvider, type RaRecord } from 'react-admin';

/** Same origin as the console: the API serves it. */
export const API = '/api';

interface ApiErrorBody {
  error?: { code?: string; message?: string };
}

/** fetchJson with the session cookie; a 4xx/5xx carries the server's Chinese message to the notification. */
export async function httpClient(url: string, options: fetchUtils.Options = {}) {
  try {
    return await fetchUtils.fetchJson(url, { ...options, credentials: 'include' });
  } catch (e) {
    if (e instanceof HttpError) {
      const message = (e.body as ApiErrorBody | undefined)?.error?.message;
      throw new HttpError(message || e.message, e.status, e.body);
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
  getJob: async (jobId: string) => {
    const { json } = await httpClient(`${API}/jobs/${encodeURIComponent(jobId)}`);
    return json as ImportJob;
  },
} satisfies DataProvider;

export type AppDataProvider = typeof dataProvider;
