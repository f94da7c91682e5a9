import { createHash } from 'node:crypto';
import type { Assignment, DrawInput } from '../../src/draw/index.ts';

// The spec written out naively, sharing no code with src/draw (node:crypto for SHA-256, Buffer
// byte order for sorting, BigInt words, full scans of the pool per pick). The fast
// implementation must agree with it on every input.

const bytes = (s: string) => Buffer.from(s, 'utf8');
const asc = (a: string, b: string) => Buffer.compare(bytes(a), bytes(b));
const sha = (...parts: Buffer[]) => createHash('sha256').update(Buffer.concat(parts)).digest();

export interface ReferenceResult {
  populationDigest: string;
  inspectorDigest: string;
  commitment: string;
  seed: string;
  selected: Record<string, string[]>;
  assignments: Assignment[];
}

export class ReferenceFailure extends Error {
  constructor(readonly target: string, readonly group: string) {
    super(`insufficient: ${target} ${group}`);
  }
}

export function referenceDraw(input: DrawInput): ReferenceResult {
  const strata = [...input.strata].sort((a, b) => asc(a.key, b.key));
  const groups = [...input.inspectorGroups].sort((a, b) => asc(a.key, b.key));
  let text = '';
  for (const s of strata) {
    text += `S\t${s.key}\t${s.ratioBp}\n`;
    for (const id of [...s.population].sort(asc)) text += id + '\n';
  }
  const populationDigest = sha(bytes(text));
  let inspectorDigest = Buffer.alloc(32);
  if (groups.length > 0) {
    let t = '';
    for (const g of groups) {
      t += `G\t${g.key}\t${g.perTarget}\n`;
      for (const id of [...g.pool].sort(asc)) t += id + '\n';
    }
    const xs = [...input.exclusions].sort((a, b) => asc(a[0], b[0]) || asc(a[1], b[1]));
    for (const [target, inspector] of xs) t += `X\t${target}\t${inspector}\n`;
    inspectorDigest = sha(bytes(t));
  }
  const secret = Buffer.from(input.secret, 'hex');
  const commitment = sha(bytes('sxgk-draw-v1:commit:'), secret, populationDigest, inspectorDigest);
  const seed = sha(bytes('sxgk-draw-v1:seed:'), secret, bytes(input.beacon));

  let block = 0n;
  let words: bigint[] = [];
  const nextWord = (): bigint => {
    if (words.length === 0) {
      const i = Buffer.alloc(8);
      i.writeBigUInt64BE(block++);
      const h = sha(seed, i);
      words = [0, 8, 16, 24].map((o) => h.readBigUInt64BE(o));
    }
    return words.shift()!;
  };
  const uniform = (n: number): number => {
    const bn = BigInt(n);
    const limit = (2n ** 64n / bn) * bn;
    for (;;) {
      const w = nextWord();
      if (w < limit) return Number(w % bn);
    }
  };

  const selected: Record<string, string[]> = {};
  const targets: string[] = [];
  for (const s of strata) {
    const a = [...s.population].sort(asc);
    const n = a.length;
    const k = Math.min(n, Number((BigInt(n) * BigInt(s.ratioBp) + 9999n) / 10000n));
    for (let i = 0; i < k; i++) {
      const j = i + uniform(n - i);
      [a[i], a[j]] = [a[j]!, a[i]!];
    }
    selected[s.key] = a.slice(0, k);
    targets.push(...a.slice(0, k));
  }

  const load = new Map<string, number>();
  const assignments: Assignment[] = [];
  if (groups.length > 0) {
    for (const t of targets) {
      const inspectors: string[] = [];
      for (const g of groups) {
        let cand = [...g.pool].sort(asc).filter((p) => !input.exclusions.some(([xt, xi]) => xt === t && xi === p));
        if (cand.length < g.perTarget) throw new ReferenceFailure(t, g.key);
        for (let r = 0; r < g.perTarget; r++) {
          const L = Math.min(...cand.map((p) => load.get(p) ?? 0));
          const tier = cand.filter((p) => (load.get(p) ?? 0) === L);
          const p = tier[uniform(tier.length)]!;
          inspectors.push(p);
          load.set(p, (load.get(p) ?? 0) + 1);
          cand = cand.filter((q) => q !== p);
        }
      }
      assignments.push({ target: t, inspectors });
    }
  }
  const hex = (b: Buffer) => b.toString('hex');
  return {
    populationDigest: hex(populationDigest), inspectorDigest: hex(inspectorDigest),
    commitment: hex(commitment), seed: hex(seed), selected, assignments,
  };
}
