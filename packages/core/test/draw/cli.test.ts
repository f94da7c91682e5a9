import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadVector, VECTOR_DIR, vectorFiles } from './vectors.ts';

// `pnpm verify-draw <file|url>` run as a real process, the way a citizen or auditor would.
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CLI = 'packages/core/src/cli/verify-draw.ts';

function verifyDraw(arg: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, arg], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const tmp = mkdtempSync(join(tmpdir(), 'verify-draw-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('verify-draw CLI', { timeout: 30_000 }, () => {
  it.each(vectorFiles)('prints OK for %s', async (file) => {
    const { code, stdout } = await verifyDraw(fileURLToPath(new URL(file, VECTOR_DIR)));
    expect(stdout.trim()).toBe(`OK sxgk-draw-v1 ${loadVector(file).commitment}`);
    expect(code).toBe(0);
  });

  it('exits 1 naming the first mismatch of a tampered record', async () => {
    const v = loadVector('tiny.json');
    const wrong = v.assignments[1]!.inspectors.slice().reverse();
    v.assignments[1]!.inspectors = wrong;
    const file = join(tmp, 'tampered.json');
    writeFileSync(file, JSON.stringify(v));
    const { code, stdout } = await verifyDraw(file);
    expect(stdout.trim()).toBe(
      `MISMATCH assignments[1].inspectors: expected ${JSON.stringify(loadVector('tiny.json').assignments[1]!.inspectors)}, got ${JSON.stringify(wrong)}`,
    );
    expect(code).toBe(1);
  });

  it('fetches a record over http', async () => {
    const body = JSON.stringify(loadVector('joint-unicode-beacon.json'));
    const server = createServer((_req, res) => res.end(body));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const { port } = server.address() as AddressInfo;
      const { code, stdout } = await verifyDraw(`http://127.0.0.1:${port}/draws/1.json`);
      expect(stdout).toMatch(/^OK sxgk-draw-v1 4ff16593/);
      expect(code).toBe(0);
    } finally {
      server.close();
    }
  });

  it('exits 2 when the record cannot be read', async () => {
    const { code, stderr } = await verifyDraw(join(tmp, 'missing.json'));
    expect(code).toBe(2);
    expect(stderr).toContain('无法读取');
  });
});
