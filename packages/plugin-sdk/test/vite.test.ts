import { afterAll, describe, expect, it } from 'vitest';
import { sxgkPluginsVite, VIRTUAL_ID } from '../src/vite.ts';
import { addPackage, addPlugin, tempRoot } from './fixtures.ts';

const t = tempRoot();
afterAll(() => t.cleanup());

describe('sxgkPluginsVite', () => {
  it('serves a virtual module importing each plugin console entry, and no server code', () => {
    addPlugin(t.root, 'plugins', { name: 'alpha' });
    addPlugin(t.root, 'node_modules', { name: 'beta', packageName: '@acme/plugin-beta' });
    addPackage(t.root, 'react-admin');
    const vite = sxgkPluginsVite({ rootDir: t.root });
    const resolved = vite.resolveId(VIRTUAL_ID);
    expect(resolved).toBe('\0virtual:sxgk-plugins');
    expect(vite.resolveId('react')).toBeNull();
    expect(vite.load('/some/file.ts')).toBeNull();
    const code = vite.load(resolved!)!;
    const imports = [...code.matchAll(/^import \w+ from "(.+)";$/gm)].map((m) => m[1]);
    expect(imports).toHaveLength(2);
    expect(imports.every((p) => p!.endsWith('/src/console.tsx'))).toBe(true);
    expect(imports.some((p) => p!.includes('/plugins/alpha/'))).toBe(true);
    expect(imports.some((p) => p!.includes('/node_modules/@acme/plugin-beta/'))).toBe(true);
    expect(code).not.toMatch(/server\.ts/);
    expect(code).toMatch(/packageName: "@acme\/plugin-beta"/);
    expect(code).toMatch(/export default plugins;/);
  });

  it('yields an empty list when no plugin is installed', () => {
    const empty = tempRoot();
    try {
      expect(sxgkPluginsVite({ rootDir: empty.root }).load('\0virtual:sxgk-plugins')).toMatch(/const plugins = \[\n\];/);
    } finally { empty.cleanup(); }
  });
});
