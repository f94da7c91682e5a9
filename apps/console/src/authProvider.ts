import type { AuthProvider } from 'react-admin';
import { API } from './dataProvider';
import { can, canExport, canRead, type Me } from './permissions';
import { isPluginResource } from './plugin-parts';

// Session in an httpOnly cookie set by POST /api/auth/login; the console never sees the token.
let me: Me | null = null;

async function messageOf(res: Response, fallback: string): Promise<string> {
  try {
    const body = (await res.json()) as { error?: { message?: string } };
    return body.error?.message || fallback;
  } catch {
    return fallback;
  }
}

let pending: Promise<Me> | null = null;

/** GET /api/auth/me; concurrent callers (checkAuth, permissions, access checks) share one request. */
function loadMe(): Promise<Me> {
  pending ??= (async () => {
    try {
      const res = await fetch(`${API}/auth/me`, { credentials: 'include', headers: { Accept: 'application/json' } });
      if (!res.ok) {
        me = null;
        throw Object.assign(new Error(await messageOf(res, '请先登录')), { status: res.status });
      }
      me = (await res.json()) as Me;
      return me;
    } finally {
      pending = null;
    }
  })();
  return pending;
}

/** After the user changed something about themselves (their password): ask the server again. */
export async function reloadMe(): Promise<Me> {
  me = null;
  return loadMe();
}

const READ_ACTIONS = ['list', 'show'];
/** react-admin's page actions → the server's matrix actions. */
const WRITE_ACTIONS: Record<string, string> = { create: 'create', edit: 'update', delete: 'delete' };

/** The public pages (一公开: #/public/draws/:id) are for anyone: no login is forced there. */
export const onPublicPage = () => window.location.hash.startsWith('#/public/');

export const authProvider: AuthProvider = {
  async login({ username, password }: { username: string; password: string }) {
    const res = await fetch(`${API}/auth/login`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    // the server's own words: 用户名或密码错误, 账号已锁定…
    if (!res.ok) throw new Error(await messageOf(res, '登录失败，请重试'));
    me = null;
    await loadMe();
  },

  async logout() {
    if (me) await fetch(`${API}/auth/logout`, { method: 'POST', credentials: 'include' }).catch(() => undefined);
    me = null;
  },

  async checkAuth() {
    try {
      await loadMe();
    } catch (e) {
      // no notification on the way to the login page; the page itself says what to do
      throw { message: false, status: (e as { status?: number }).status };
    }
  },

  async checkError(error: { status?: number; message?: string }) {
    if (error?.status === 401 && !onPublicPage()) {
      me = null;
      throw { message: 'ra.notification.logged_out', logoutUser: true };
    }
    // 403 and the rest: stay on the page; the failed query or mutation shows the server's message
  },

  async getIdentity() {
    const who = me ?? (await loadMe());
    return { id: who.id, fullName: who.displayName };
  },

  async getPermissions() {
    return me ?? loadMe();
  },

  async canAccess({ resource, action }: { resource: string; action: string }) {
    const who = me ?? (await loadMe().catch(() => null));
    if (!who) return false;
    if (isPluginResource(resource)) return true;
    if (READ_ACTIONS.includes(action)) return canRead(who, resource);
    if (action === 'export') return canExport(who, resource);
    if (action === 'clone') return false;
    return can(who, resource, WRITE_ACTIONS[action] ?? action);
  },
};
