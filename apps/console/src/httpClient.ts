import { fetchUtils, HttpError } from 'react-admin';

/** Same origin as the console: the API serves it. */
export const API = '/api';

interface ApiErrorBody {
  error?: { code?: string; message?: string; details?: unknown };
}
/** One entry of a 422's details, as the API lists them. */
export type FieldProblem = { field: string; message: string; itemName?: string };

/** A 422's details in react-admin's server-side validation shape: each message under its input,
 *  and the whole message as the notification (root.serverError). */
function formErrors(message: string, details: unknown): Record<string, unknown> {
  const errors: Record<string, unknown> = { root: { serverError: message } };
  for (const d of Array.isArray(details) ? (details as FieldProblem[]) : []) {
    if (d.field && !d.itemName && !(d.field in errors)) errors[d.field] = d.message;
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

/** POST with a JSON body (`{}` when there is nothing to send). */
export const post = async (path: string, body: unknown = {}) =>
  (await httpClient(`${API}${path}`, { method: 'POST', body: JSON.stringify(body) })).json;
