import type { Queue } from 'bullmq';
import type { Db } from '@sxgk/db';
import type { Actor } from '@sxgk/core/roles';
import type { LoadedPlugin } from '@sxgk/plugin-sdk/discover';

/** Everything a request may touch; built once per process, never global, so tests build their own. */
export interface Deps {
  db: Db;
  /** a small pool of its own, on which preparing a draw walks a large registry; none: on the draw's connection */
  walkers?: Db;
  /** every queue is shown on the board for platform admins; imports and draws are enqueued to */
  queues: { imports: Queue; draws: Queue; exports: Queue } & Record<string, Queue>;
  consoleDir?: string;
  /** department plugins, discovered once at start (main.ts); none when not given */
  plugins?: LoadedPlugin[];
  /** requests per minute and client on /api/public/*; default PUBLIC_RATE_LIMIT or 300 */
  publicRateLimit?: number;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    actor: Actor | null;
    /** the actor's password was set by an admin: only the password change is open to them */
    mustChangePassword: boolean;
    token: string | null;
  };
}
