import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { auditHash, canonicalJson, findChainBreak, GENESIS_HASH, type AuditContent } from '../src/audit-chain.ts';

const entry = (n: number): AuditContent => ({
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(), actorUserId: 1, actorUsername: 'admin',
  actorRole: 'platform_admin', departmentId: null, action: 'create', resource: 'items', recordId: String(n),
  before: null, after: { n, tags: ['a', 'b'] }, ip: null,
});
function chain(n: number) {
  let prev = GENESIS_HASH;
  return Array.from({ length: n }, (_, i) => {
    const c = entry(i);
    const hash = auditHash(prev, c);
    const row = { ...c, prevHash: prev, hash };
    prev = hash;
    return row;
  });
}

describe('audit chain', () => {
  it('canonical JSON ignores key order at every depth', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
      const reversed = Object.fromEntries(Object.entries(obj).reverse());
      expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
    }));
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"x":1,"y":2}]},"b":1}');
  });
  it('an intact chain holds', () => {
    expect(findChainBreak(chain(10))).toBeNull();
  });
  it('names the changed, removed or reordered entry', () => {
    const changed = chain(10);
    changed[4] = { ...changed[4]!, after: { n: 99, tags: ['a', 'b'] } };
    expect(findChainBreak(changed)).toEqual({ index: 4, reason: 'hash' });
    const removed = chain(10);
    removed.splice(3, 1);
    expect(findChainBreak(removed)).toEqual({ index: 3, reason: 'prev_hash' });
    const swapped = chain(10);
    [swapped[5], swapped[6]] = [swapped[6]!, swapped[5]!];
    expect(findChainBreak(swapped)).toEqual({ index: 5, reason: 'prev_hash' });
  });
});
