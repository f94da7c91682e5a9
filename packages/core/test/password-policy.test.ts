import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from '../src/password-policy.ts';

describe('password policy', () => {
  it('accepts a long enough password of three or four character kinds', () => {
    expect(passwordProblem('Demo@2026', 'scjg-admin')).toBeNull();
    expect(passwordProblem('abcDEF12', 'u1')).toBeNull();
    expect(passwordProblem('abc-def-12', 'u1')).toBeNull();
    expect(passwordProblem('ABC 长城 12', 'u1')).toBeNull();
  });
  it('refuses short, long, one- or two-kind passwords and those holding the username', () => {
    expect(passwordProblem('Ab1@', 'u1')).toBe(`密码至少 ${MIN_PASSWORD_LENGTH} 位`);
    expect(passwordProblem(`Ab1@${'x'.repeat(MAX_PASSWORD_LENGTH)}`, 'u1')).toBe(`密码不能超过 ${MAX_PASSWORD_LENGTH} 位`);
    expect(passwordProblem('password', 'u1')).toMatch(/至少 3 种/);
    expect(passwordProblem('password2026', 'u1')).toMatch(/至少 3 种/);
    expect(passwordProblem('12345678!!', 'u1')).toMatch(/至少 3 种/);
    expect(passwordProblem('Zhang.San-2026', 'zhang.san')).toBe('密码不能包含用户名');
  });
  it('never accepts a password that misses the length or mixes fewer than three kinds (property)', () => {
    const kinds = (s: string) => [/[A-Z]/, /[a-z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((k) => k.test(s)).length;
    fc.assert(fc.property(fc.string({ maxLength: 40 }), fc.stringMatching(/^[a-z]{2,8}$/), (password, username) => {
      const ok = passwordProblem(password, username) === null;
      expect(ok).toBe(password.length >= MIN_PASSWORD_LENGTH && kinds(password) >= 3 && !password.toLowerCase().includes(username));
    }));
  });
});
