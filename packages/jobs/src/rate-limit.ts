// A fixed-window request counter in Redis, shared by every API replica: one key per client and
// window (INCR), expiring shortly after the window ends (EXPIRE). Stateless in the process.

/** The two commands used; an ioredis client (e.g. a BullMQ queue's connection) has both. */
export interface CounterStore {
  incr(key: string): Promise<number>;
  expire(key: string, seconds: number): Promise<number>;
}

export interface RateLimitResult {
  allowed: boolean;
  count: number;
  limit: number;
  remaining: number;
  /** seconds until the current window ends */
  resetSeconds: number;
}

/**
 * Counts one request for `key` in the current window of `windowSeconds` and says whether it is
 * within `limit`. The window index is part of the Redis key, so a new window starts at zero.
 */
export async function rateLimit(redis: CounterStore, key: string, limit: number, windowSeconds = 60, now = Date.now()): Promise<RateLimitResult> {
  const windowMs = windowSeconds * 1000;
  const window = Math.floor(now / windowMs);
  const redisKey = `${key}:${window}`;
  const count = await redis.incr(redisKey);
  // the first request of a window sets the expiry; twice the window covers clock skew between replicas
  if (count === 1) await redis.expire(redisKey, windowSeconds * 2);
  const resetSeconds = Math.max(1, Math.ceil(((window + 1) * windowMs - now) / 1000));
  return { allowed: count <= limit, count, limit, remaining: Math.max(0, limit - count), resetSeconds };
}
