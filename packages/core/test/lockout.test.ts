import { describe, expect, it } from 'vitest';
import { afterFailure, isLocked, LOCK_MINUTES, MAX_FAILED_LOGINS } from '../src/lockout.ts';

describe('login lockout', () => {
  const now = new Date('2026-03-01T08:00:00Z');
  it('counts failures and locks at the limit', () => {
    let state = { failedLogins: 0, lockedUntil: null as Date | null };
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      state = afterFailure(state.failedLogins, now);
      expect(state).toEqual({ failedLogins: i, lockedUntil: null });
    }
    state = afterFailure(state.failedLogins, now);
    expect(state.lockedUntil?.getTime()).toBe(now.getTime() + LOCK_MINUTES * 60_000);
  });
  it('is locked only until the lock time', () => {
    const until = new Date(now.getTime() + 1000);
    expect(isLocked(until, now)).toBe(true);
    expect(isLocked(until, new Date(now.getTime() + 1000))).toBe(false);
    expect(isLocked(null, now)).toBe(false);
  });
});
