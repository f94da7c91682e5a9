import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { discoverPlugins, findPluginPackages } from '../src/discover.ts';
import { SDK_VERSION } from '../src/version.ts';
import { addPackage, addPlugin, tempRoot, write } from './fixtures.ts';

let cleanups: (() => void)[] = [];
afterEach(() => { cleanups.forEach((c) => c()); cleanups = []; });
const root = () => { const t = tempRoot(); cleanups.push(t.cleanup); return t.root; };

describe('plugin discovery', () => {
  it('finds exactly the installed plugins, in the workspace and in node_modules', async () => {
    const r = root();
    addPlugin(r, 'plugins', { name: 'alpha', departmentKind: 'scjg' });
    addPlugin(r, 'node_modules', { name: 'beta', packageName: '@acme/sxgk-plugin-beta', departmentKind: 'zjj' });
    addPackage(r, 'left-pad');
    addPackage(r, '@acme/not-a-plugin', { sxgk: { plugin: false } });
    mkdirSync(join(r, 'plugins', 'notes'));
    // pnpm links a workspace plugin into node_modules too: found once
    mkdirSync(join(r, 'node_modules', '@sxgk'), { recursive: true });
    symlinkSync(join(r, 'plugins', 'alpha'), join(r, 'node_modules', '@sxgk', 'plugin-alpha'), 'dir');

    const plugins = await discoverPlugins(r);
    expect(plugins.map((p) => p.manifest.id).sort()).toEqual(['alpha', 'beta']);
    const beta = plugins.find((p) => p.manifest.id === 'beta')!;
    expect(beta.packageName).toBe('@acme/sxgk-plugin-beta');
    expect(beta.manifest.departmentKind).toBe('zjj');
    expect(beta.server.items).toHaveLength(1);
    expect(beta.entries.console).toMatch(/src[\\/]console\.tsx$/);
  });

  it('finds nothing in an empty root', async () => {
    expect(await discoverPlugins(root())).toEqual([]);
  });

  it('refuses an incompatible plugin before running its server code, naming plugin and versions', async () => {
    const r = root();
    const dir = addPlugin(r, 'plugins', { name: 'future', sdk: '^2.0.0' });
    write(join(dir, 'src', 'server.ts'), "throw new Error('server code ran');\n");
    await expect(discoverPlugins(r)).rejects.toThrow(`插件 future 需要 SDK ^2.0.0，当前平台 SDK 为 ${SDK_VERSION}`);
    expect(SDK_VERSION).toBe('1.0.0');
  });

  it('accepts the same plugin once the platform SDK satisfies its range', async () => {
    const r = root();
    addPlugin(r, 'plugins', { name: 'future', sdk: '^2.0.0' });
    expect((await discoverPlugins(r, { sdkVersion: '2.1.0' })).map((p) => p.manifest.id)).toEqual(['future']);
  });

  it('refuses a server part that reaches React through a helper file', async () => {
    const r = root();
    const dir = addPlugin(r, 'plugins', { name: 'leaky' });
    write(join(dir, 'src', 'view.tsx'), "import { createElement } from 'react';\nexport const view = createElement;\n");
    const server = readFileSync(join(dir, 'src', 'server.ts'), 'utf8');
    write(join(dir, 'src', 'server.ts'), `import { view } from './view.tsx';\n${server}`);
    await expect(discoverPlugins(r)).rejects.toThrow(/插件 leaky：服务端部分不得引用 react（.*server\.ts → .*view\.tsx）/);
  });

  it('refuses a package without all three entries, and duplicate plugin ids', async () => {
    const r = root();
    addPackage(r, 'half-plugin', { sxgk: { plugin: true, server: './server.ts' } });
    expect(() => findPluginPackages(r)).toThrow('插件包 half-plugin 的 package.json 缺少 sxgk.console、sxgk.manifest');
    const r2 = root();
    addPlugin(r2, 'plugins', { name: 'twin' });
    addPlugin(r2, 'node_modules', { name: 'twin', packageName: 'other-twin' });
    await expect(discoverPlugins(r2)).rejects.toThrow(/插件 id 重复：twin/);
  });

  it('keeps SDK_VERSION equal to the package version', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.version).toBe(SDK_VERSION);
  });
});
