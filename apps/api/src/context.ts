import type { Queue } from 'bullmq';
import type { Db } from '@sxgk/db';
import type { Actor } from '@sxgk/core/roles';

/** Everything a request may touch; built once per process, never global, so tests build their own. */
export interface Deps {
  db: Db;
  queues: { imports: Queue };
  consoleDir?: string;
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    actor: Actor | null;
    token: string | null;
  };
}
