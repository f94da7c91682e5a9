import { fetchUtils, HttpError } from 'react-admin';

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

/** POST with a JSON body (the server refuses an empty body with content-type JSON, so `{}` at least). */
export const post = async (path: string, body: unknown = {}) =>
  (await httpClient(`${API}${path}`, { method: 'POST', body: JSON.stringify(body) })).json;
