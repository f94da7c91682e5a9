import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, concatBytes, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js';
import { invalidInput } from './errors.ts';
import { createSha256 } from './sha256.ts';
import { firstLineOutOfOrder, IdLines, lastLine, type IdList } from './id-lines.ts';
import type { Exclusion, InspectorGroupInput, StratumInput } from './types.ts';
import { AscendingCheck, ascendingUtf8, comparePairs, compareUtf8, isPlain } from './utf8.ts';

// The digests hash "\n"-terminated lines. Populations can hold 10 million ids, so hashing is
// incremental: lines are joined into ~64K-character chunks (one native join and one TextEncoder
// call each, instead of one allocation per id) and fed to one running SHA-256 (sha256.ts). The
// streaming hashers also take ids straight from a database cursor in ascending order.

const encoder = new TextEncoder();
const CHUNK_CHARS = 1 << 16;
const CHUNK_IDS = 2048; // ids per join when a whole list is at hand
export const ZERO_DIGEST = '0'.repeat(64);
const COMMIT_TAG = utf8ToBytes('sxgk-draw-v1:commit:');
const SEED_TAG = utf8ToBytes('sxgk-draw-v1:seed:');
const NEWLINE = utf8ToBytes('\n');

class LineHasher {
  private readonly hash = createSha256();
  private readonly lines: string[] = [];
  private chars = 0;
  // one UTF-8 buffer for every chunk (a UTF-16 unit never takes more than 3 bytes)
  private readonly bytes = new Uint8Array(3 * (CHUNK_CHARS + 1024));

  line(s: string): void {
    this.lines.push(s);
    this.chars += s.length + 1;
    if (this.chars >= CHUNK_CHARS) this.flush();
  }

  /** Hashes every id as a line; `check` sees each chunk first, with whether its text is plain (isPlain). */
  addAll(ids: readonly string[], check?: (chunk: readonly string[], plain: boolean) => void): void {
    this.flush();
    for (let i = 0; i < ids.length; i += CHUNK_IDS) {
      const chunk = i === 0 && ids.length <= CHUNK_IDS ? ids : ids.slice(i, i + CHUNK_IDS);
      const text = chunk.join('\n');
      check?.(chunk, isPlain(text));
      this.text(`${text}\n`);
    }
  }

  /** Hashes "\n"-joined UTF-8 lines ('' = none) as they are, the last one terminated too. */
  addBytes(bytes: Uint8Array): void {
    this.flush();
    if (bytes.length === 0) return;
    this.hash.update(bytes);
    this.hash.update(NEWLINE);
  }

  digest(): string {
    this.flush();
    return bytesToHex(this.hash.digest());
  }

  private flush(): void {
    if (this.lines.length === 0) return;
    this.lines.push(''); // join then ends the last line with "\n" too
    const text = this.lines.join('\n');
    this.lines.length = 0;
    this.chars = 0;
    this.text(text);
  }

  private text(text: string): void {
    if (text.length * 3 > this.bytes.length) {
      this.hash.update(encoder.encode(text)); // long lines
      return;
    }
    const { written } = encoder.encodeInto(text, this.bytes);
    this.hash.update(this.bytes.subarray(0, written));
  }
}

type AscendingStratum = { key: string; ratioBp: number; population: IdList };
type AscendingGroup = Pick<InspectorGroupInput, 'key' | 'perTarget' | 'pool'>;

/** populationDigest of strata already in canonical order (keys and ids ascending). */
export function digestAscendingStrata(strata: readonly AscendingStratum[]): string {
  const h = new LineHasher();
  for (const s of strata) {
    h.line(`S\t${s.key}\t${s.ratioBp}`);
    if (s.population instanceof IdLines) h.addBytes(s.population.bytes);
    else h.addAll(s.population);
  }
  return h.digest();
}

/** inspectorDigest of groups and exclusions already in canonical order. */
export function digestAscendingGroups(groups: readonly AscendingGroup[], exclusions: readonly Exclusion[]): string {
  if (groups.length === 0) return ZERO_DIGEST; // an entities-only draw
  const h = new LineHasher();
  for (const g of groups) {
    h.line(`G\t${g.key}\t${g.perTarget}`);
    h.addAll(g.pool);
  }
  for (const [t, i] of exclusions) h.line(`X\t${t}\t${i}`);
  return h.digest();
}

function inOrder(check: AscendingCheck, next: string, what: string): void {
  const prev = check.last;
  if (!check.next(next)) throw invalidInput(what, next, `未按 UTF-8 字节升序排列（前一项 ${prev}）`);
}

/** The order check of a chunk of ids: natively when the chunk is plain, else id by id. */
const chunkInOrder = (check: AscendingCheck, what: string) => (chunk: readonly string[], plain: boolean): void => {
  const bad = plain ? check.plainChunk(chunk) : -1;
  if (bad >= 0) throw invalidInput(what, chunk[bad], `未按 UTF-8 字节升序排列（前一项 ${bad > 0 ? chunk[bad - 1] : check.last}）`);
  if (!plain) for (const id of chunk) inOrder(check, id, what);
};

/**
 * populationDigest fed stratum by stratum (ascending key), each stratum's ids ascending, e.g.
 * from a cursor. Refuses out-of-order input: a wrong digest would only surface at verification.
 */
export function createPopulationHasher() {
  const h = new LineHasher();
  const keys = new AscendingCheck(true);
  const ids = new AscendingCheck(true);
  let lastBytes: Uint8Array | undefined; // the last id as UTF-8, for lines() to continue from
  return {
    stratum(key: string, ratioBp: number): void {
      inOrder(keys, key, 'strata.key');
      ids.reset();
      lastBytes = undefined;
      h.line(`S\t${key}\t${ratioBp}`);
    },
    ids(batch: readonly string[]): void {
      if (keys.last === undefined) throw invalidInput('strata', null, '须先开始一个层级');
      if (batch.length) lastBytes = encoder.encode(batch[batch.length - 1]!);
      h.addAll(batch, chunkInOrder(ids, 'strata.population'));
    },
    /** A batch given as its ids' UTF-8 lines joined by "\n", as the platform stores a population. */
    lines(bytes: Uint8Array): void {
      if (keys.last === undefined) throw invalidInput('strata', null, '须先开始一个层级');
      const bad = firstLineOutOfOrder(bytes, lastBytes);
      if (bad >= 0) {
        const lines = new IdLines(bytes);
        throw invalidInput('strata.population', lines.at(bad), `未按 UTF-8 字节升序排列（前一项 ${bad > 0 ? lines.at(bad - 1) : ids.last}）`);
      }
      if (bytes.length) {
        lastBytes = lastLine(bytes);
        ids.skipTo(new TextDecoder().decode(lastBytes));
      }
      h.addBytes(bytes);
    },
    digest: () => h.digest(),
  };
}

/** inspectorDigest fed group by group (ascending key, pools ascending), then exclusions ascending. */
export function createInspectorHasher() {
  const h = new LineHasher();
  const keys = new AscendingCheck(true);
  const ids = new AscendingCheck(true);
  let lastPair: Exclusion | undefined;
  return {
    group(key: string, perTarget: number): void {
      if (lastPair) throw invalidInput('inspectorGroups', key, '须在回避关系之前给出');
      inOrder(keys, key, 'inspectorGroups.key');
      ids.reset();
      h.line(`G\t${key}\t${perTarget}`);
    },
    ids(batch: readonly string[]): void {
      if (keys.last === undefined) throw invalidInput('inspectorGroups', null, '须先开始一个组');
      h.addAll(batch, chunkInOrder(ids, 'inspectorGroups.pool'));
    },
    exclusion(target: string, inspector: string): void {
      const pair = [target, inspector] as const;
      if (lastPair && comparePairs(lastPair, pair) > 0) {
        throw invalidInput('exclusions', pair, '未按（对象, 检查人员）升序排列');
      }
      lastPair = pair;
      h.line(`X\t${target}\t${inspector}`);
    },
    /** 32 zero bytes when no group was given: an entities-only draw. */
    digest: () => (keys.last === undefined ? ZERO_DIGEST : h.digest()),
  };
}

/** populationDigest of strata in any order (sorted here; already-sorted input costs one pass). */
export function populationDigest(strata: readonly StratumInput[]): string {
  return digestAscendingStrata(
    [...strata].sort((a, b) => compareUtf8(a.key, b.key)).map((s) => ({ ...s, population: ascendingUtf8(s.population) })),
  );
}

/** inspectorDigest of groups and exclusions in any order. */
export function inspectorDigest(groups: readonly InspectorGroupInput[], exclusions: readonly Exclusion[]): string {
  return digestAscendingGroups(
    [...groups].sort((a, b) => compareUtf8(a.key, b.key)).map((g) => ({ ...g, pool: ascendingUtf8(g.pool) })),
    [...exclusions].sort(comparePairs),
  );
}

/** commitment = SHA-256("sxgk-draw-v1:commit:" || secret || populationDigest || inspectorDigest) */
export function commitment(secretHex: string, populationDigestHex: string, inspectorDigestHex: string): string {
  return bytesToHex(
    sha256(concatBytes(COMMIT_TAG, hexToBytes(secretHex), hexToBytes(populationDigestHex), hexToBytes(inspectorDigestHex))),
  );
}

/** seed = SHA-256("sxgk-draw-v1:seed:" || secret || UTF-8(beacon)) */
export function seed(secretHex: string, beacon: string): string {
  return bytesToHex(sha256(concatBytes(SEED_TAG, hexToBytes(secretHex), utf8ToBytes(beacon))));
}
