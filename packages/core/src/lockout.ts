// Repeated failed logins lock an account for a while: slows password guessing without an admin.
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** State after one more failure: the count, and a lock once the count reaches the limit. */
export function afterFailure(failedLogins: number, now: Date): { failedLogins: number; lockedUntil: Date | null } {
  const count = failedLogins + 1;
  if (count >= MAX_FAILED_LOGINS) return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) };
  return { failedLogins: count, lockedUntil: null };
}
