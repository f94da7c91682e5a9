import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

// 全程留痕: each audit entry stores SHA-256(previous hash || canonical content), so changing,
// removing or reordering any entry breaks every hash after it.
export const GENESIS_HASH = '0'.repeat(64);

export interface AuditContent {
  at: string; // ISO 8601 UTC with milliseconds
  actorUserId: number | null;
  actorUsername: string | null;
  actorRole: string | null;
  departmentId: number | null;
  action: string;
  resource: string;
  recordId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
}

/** JSON with object keys sorted at every depth: one byte string per value, whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function auditHash(prevHash: string, content: AuditContent): string {
  return bytesToHex(sha256(utf8ToBytes(prevHash + '\n' + canonicalJson(content))));
}

export type ChainBreak = { index: number; reason: 'prev_hash' | 'hash' };

/** Walks entries in id order; answers the first entry whose link or own hash does not hold. */
export function findChainBreak(
  entries: Iterable<AuditContent & { prevHash: string; hash: string }>,
  startPrev = GENESIS_HASH,
): ChainBreak | null {
  let prev = startPrev;
  let index = 0;
  for (const e of entries) {
    if (e.prevHash !== prev) return { index, reason: 'prev_hash' };
    const { prevHash, hash, ...content } = e;
    if (auditHash(prevHash, pickContent(content)) !== hash) return { index, reason: 'hash' };
    prev = hash;
    index++;
  }
  return null;
}

export function pickContent(e: AuditContent): AuditContent {
  return {
    at: e.at, actorUserId: e.actorUserId, actorUsername: e.actorUsername, actorRole: e.actorRole,
    departmentId: e.departmentId, action: e.action, resource: e.resource, recordId: e.recordId,
    before: e.before ?? null, after: e.after ?? null, ip: e.ip,
  };
}
