import type { Queue } from 'bullmq';
import type { Db } from '@sxgk/db';
import type { Actor } from '@sxgk/core/roles';
import type { LoadedPlugin } from '@sxgk/plugin-sdk/discover';

/** Everything a request may touch; built once per process, never global, so tests build their own. */
export interface Deps {
  db: Db;
  queues: { imports: Queue; draws: Queue };
  consoleDir?: string;
  /** department plugins, discovered once at start (main.ts); none when not given */
  plugins?: LoadedPlugin[];
}

export interface AppEnv {
  Variables: {
    deps: Deps;
    actor: Actor | null;
    token: string | null;
  };
}
