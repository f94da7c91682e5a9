import { readFile } from 'node:fs/promises';
import { verifyRecord } from '../draw/index.ts';
import { useSha256 } from '../draw/sha256.ts';
import { nodeSha256 } from '../draw/sha256-node.ts';

// `pnpm verify-draw <file|url>`: anyone can check a published draw record. Exit 0 when every
// field recomputes, 1 naming the first field that does not, 2 when the record cannot be read.

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v) ?? String(v));

async function load(source: string): Promise<unknown> {
  if (/^https?:\/\//i.test(source)) {
    const res = await fetch(source);
    if (!res.ok) throw new Error(`HTTP ${res.status} ${res.statusText}`);
    return JSON.parse(await res.text());
  }
  return JSON.parse(await readFile(source, 'utf8'));
}

useSha256(nodeSha256);
const source = process.argv[2];
if (!source) {
  console.error('用法: pnpm verify-draw <抽取记录文件路径或 http(s) 地址>');
  process.exit(2);
}
let record: unknown;
try {
  record = await load(source);
} catch (e) {
  console.error(`无法读取抽取记录 ${source}: ${(e as Error).message}`);
  process.exit(2);
}
const verdict = verifyRecord(record as Parameters<typeof verifyRecord>[0]);
if (verdict.ok) {
  console.log(`OK sxgk-draw-v1 ${(record as { commitment: string }).commitment}`);
} else {
  console.log(`MISMATCH ${verdict.field}: expected ${show(verdict.expected)}, got ${show(verdict.actual)}`);
  process.exitCode = 1;
}
