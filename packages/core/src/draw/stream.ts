import { sha256 } from '@noble/hashes/sha2.js';

// The one random stream of a draw: block i = SHA-256(seed || u64be(i)), read as four big-endian
// 64-bit words, consumed strictly in order by every stratum and then every assignment.
// Words are kept as two 32-bit halves so uniform(n) runs on plain numbers: with n < 2^32 every
// intermediate stays below 2^48, exact in a double. BigInt is only the fallback for huge n.

const TWO_32 = 0x1_0000_0000;

export class RandomStream {
  // Every block hashes seed || u64be(i): the state after the seed is computed once and cloned
  // into one reused hasher per block, which halves the cost of noble's one-shot sha256().
  private readonly afterSeed = sha256.create();
  private readonly work = sha256.create();
  private readonly counter = new Uint8Array(8);
  private readonly counterView = new DataView(this.counter.buffer);
  private readonly out = new Uint8Array(32);
  private readonly outView = new DataView(this.out.buffer);
  private readonly halves = new Uint32Array(8); // current block: hi0, lo0, hi1, lo1, ...
  private nextBlock = 0;
  private cursor = 8; // index into halves of the next word; 8 = block used up
  /** words consumed so far: lets tests and audits see how far a draw went */
  wordsUsed = 0;
  private hi = 0;
  private lo = 0;
  // 2^64 mod n for the last n asked: tier and pool sizes repeat from pick to pick
  private cachedN = 0;
  private cachedRem = 0;

  constructor(seed: Uint8Array) {
    if (seed.length !== 32) throw new RangeError('seed must be 32 bytes');
    this.afterSeed.update(seed);
  }

  /** Loads the next word into hi/lo. */
  private next(): void {
    if (this.cursor === 8) {
      const i = this.nextBlock++;
      this.counterView.setUint32(0, Math.floor(i / TWO_32));
      this.counterView.setUint32(4, i >>> 0);
      this.afterSeed._cloneInto(this.work);
      this.work.update(this.counter);
      this.work.digestInto(this.out);
      for (let k = 0; k < 8; k++) this.halves[k] = this.outView.getUint32(k * 4);
      this.cursor = 0;
    }
    this.hi = this.halves[this.cursor]!;
    this.lo = this.halves[this.cursor + 1]!;
    this.cursor += 2;
    this.wordsUsed++;
  }

  /** The next raw 64-bit word (for tests and cross-language checks). */
  nextWord(): bigint {
    this.next();
    return (BigInt(this.hi) << 32n) | BigInt(this.lo);
  }

  /** Uniform integer in [0, n): rejection sampling on whole words, so no modulo bias. */
  uniform(n: number): number {
    if (!Number.isSafeInteger(n) || n < 1) throw new RangeError(`uniform(n) needs an integer n >= 1, got ${n}`);
    if (n >= TWO_32) return this.uniformBig(n);
    if (n !== this.cachedN) {
      this.cachedN = n;
      this.cachedRem = pow64Mod(n);
    }
    for (;;) {
      this.next();
      const r = wordModN(this.hi, this.lo, n, this.cachedRem);
      if (r >= 0) return r;
    }
  }

  private uniformBig(n: number): number {
    const bn = BigInt(n);
    const limit = ((1n << 64n) / bn) * bn;
    for (;;) {
      const w = this.nextWord();
      if (w < limit) return Number(w % bn);
    }
  }
}

/** 2^64 mod n for 1 <= n < 2^32, by four exact steps of (r * 2^16) mod n. */
export function pow64Mod(n: number): number {
  let r = 1;
  for (let k = 0; k < 4; k++) r = (r * 65536) % n;
  return r;
}

/**
 * One step of uniform(n) for the word hi * 2^32 + lo, with rem = 2^64 mod n: -1 when the word
 * is rejected (w >= limit = 2^64 - rem), else w mod n. Exact for 1 <= n < 2^32.
 */
export function wordModN(hi: number, lo: number, n: number, rem: number): number {
  // rem < 2^32, so a word reaches the limit only when hi is all ones
  if (rem !== 0 && hi === 0xffffffff && lo >= TWO_32 - rem) return -1;
  // ((hi mod n) * 2^32 + lo) mod n, folding lo in 16 bits at a time (all below 2^48)
  let r = hi % n;
  r = (r * 65536 + (lo >>> 16)) % n;
  return (r * 65536 + (lo & 0xffff)) % n;
}
