import { createHash } from 'node:crypto';
import type { Sha256Hasher } from './sha256.ts';

// OpenSSL's SHA-256 (SHA-NI where the CPU has it) for Node processes: `useSha256(nodeSha256)`.
// Never imported by browser code.
export function nodeSha256(): Sha256Hasher {
  const h = createHash('sha256');
  return { update: (data) => h.update(data), digest: () => h.digest() };
}
