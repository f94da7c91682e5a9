import type { Context, MiddlewareHandler } from 'hono';
import { rateLimit, type CounterStore, type RateLimitResult } from '@sxgk/jobs/rate-limit';
import type { AppEnv, Deps } from './context.ts';
import { clientIp } from './auth.ts';
import { logger } from './logger.ts';

/**
 * Per-client limit on what anyone may read without signing in (the portal and /api/public):
 * counted per IP and minute in Redis on the queues' connection, so every API replica counts the
 * same requests. Each surface has its own counter and answers a refusal its own way. Redis down:
 * requests go through and a warning is logged, rather than the public pages going dark.
 */
export function publicRateLimit(
  deps: Deps, counter: string, refuse: (c: Context<AppEnv>, r: RateLimitResult) => Response | Promise<Response>,
): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const limit = deps.publicRateLimit ?? Number(process.env.PUBLIC_RATE_LIMIT ?? 300);
    if (!(limit > 0)) return next();
    const queue = deps.queues.draws;
    let result: RateLimitResult;
    try {
      const redis = (await queue.getBackend().client) as unknown as CounterStore;
      result = await rateLimit(redis, `${queue.opts.prefix ?? 'bull'}:ratelimit:${counter}:${clientIp(c) ?? 'unknown'}`, limit, 60);
    } catch (err) {
      logger.warn({ err, counter }, 'public rate limit unavailable');
      return next();
    }
    c.header('RateLimit-Limit', String(result.limit));
    c.header('RateLimit-Remaining', String(result.remaining));
    if (!result.allowed) {
      c.header('Retry-After', String(result.resetSeconds));
      return refuse(c, result);
    }
    return next();
  };
}
