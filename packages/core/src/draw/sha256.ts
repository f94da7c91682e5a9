import { sha256 } from '@noble/hashes/sha2.js';

// The SHA-256 behind the long digests (a population of 10 million ids is 190 MB of lines).
// noble's audited pure-JS hash runs everywhere, the browser's verify button included; a Node
// process installs its native one (sha256-node.ts), ten times faster. Both give the same bytes,
// so this choice never changes a digest. The random stream keeps noble: its blocks are 40 bytes,
// where the per-call cost of a native hash outweighs its speed.

export interface Sha256Hasher {
  update(data: Uint8Array): unknown;
  digest(): Uint8Array;
}

let create: () => Sha256Hasher = () => sha256.create();

/** Installs the incremental SHA-256 used for populationDigest and inspectorDigest. */
export function useSha256(factory: () => Sha256Hasher): void {
  create = factory;
}

export const createSha256 = (): Sha256Hasher => create();
