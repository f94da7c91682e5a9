import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scaffoldPlugin, type ScaffoldOptions } from '../../../scripts/create-plugin.ts';

// Temporary installation roots with fake plugin packages, resolving @sxgk/plugin-sdk like a real install.
const SDK_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function tempRoot() {
  const root = mkdtempSync(join(tmpdir(), 'sxgk-plugins-'));
  mkdirSync(join(root, 'node_modules', '@sxgk'), { recursive: true });
  symlinkSync(SDK_DIR, join(root, 'node_modules', '@sxgk', 'plugin-sdk'), 'dir');
  return { root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** A plugin in the workspace (plugins/<name>) or installed from a registry (node_modules/<package>). */
export function addPlugin(root: string, where: 'plugins' | 'node_modules', o: ScaffoldOptions): string {
  const dir = where === 'plugins' ? join(root, 'plugins', o.name) : join(root, 'node_modules', o.packageName ?? o.name);
  scaffoldPlugin(dir, { sdkDependency: '^1.0.0', ...o });
  return dir;
}

export function addPackage(root: string, name: string, pkg: Record<string, unknown> = {}) {
  const dir = join(root, 'node_modules', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...pkg }));
  return dir;
}

export function write(path: string, text: string) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}
