import { fileURLToPath } from 'node:url';
import { existsSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import semver from 'semver';
import { boundaryViolations } from './boundary.ts';
import { manifestSchema, type PluginManifest } from './manifest.ts';
import type { PluginServer } from './plugin.ts';
import { SDK_VERSION } from './version.ts';

// Plugins are packages, found by the role key in their package.json: in the workspace (plugins/*)
// and in node_modules, so `pnpm add some-plugin` and a restart is the whole installation.
/** Where an installation's plugins live: plugins/* and node_modules under the repository root. */
export const INSTALLATION_ROOT = process.env.SXGK_PLUGINS_ROOT ?? fileURLToPath(new URL('../../..', import.meta.url));

export interface PluginPackage {
  packageName: string;
  packageVersion: string;
  /** real path of the package directory */
  dir: string;
  entries: { server: string; console: string; manifest: string };
}
export interface LoadedPlugin extends PluginPackage {
  manifest: PluginManifest;
  server: PluginServer;
}
const ENTRIES = ['server', 'console', 'manifest'] as const;

/** Plugin packages under rootDir, without importing any of their code (used by the Vite plugin too). */
export function findPluginPackages(rootDir: string): PluginPackage[] {
  const found = new Map<string, PluginPackage>();
  const modules = join(rootDir, 'node_modules');
  const dirs = [
    ...children(join(rootDir, 'plugins')),
    ...children(modules).flatMap((d) => (d.split(/[\\/]/).pop()!.startsWith('@') ? children(d) : [d])),
  ];
  for (const dir of dirs) {
    const pkgFile = join(dir, 'package.json');
    if (!existsSync(pkgFile)) continue;
    const pkg = JSON.parse(readFileSync(pkgFile, 'utf8')) as { name?: string; version?: string; sxgk?: Record<string, unknown> };
    if (pkg.sxgk?.plugin !== true) continue;
    const real = realpathSync(dir);
    const name = pkg.name ?? real;
    const missing = ENTRIES.filter((k) => typeof pkg.sxgk?.[k] !== 'string');
    if (missing.length) throw new Error(`插件包 ${name} 的 package.json 缺少 sxgk.${missing.join('、sxgk.')}`);
    const entries = Object.fromEntries(ENTRIES.map((k) => [k, resolve(real, pkg.sxgk![k] as string)])) as PluginPackage['entries'];
    found.set(real, { packageName: name, packageVersion: pkg.version ?? '0.0.0', dir: real, entries });
  }
  return [...found.values()].sort((a, b) => a.packageName.localeCompare(b.packageName));
}

/** Imports each plugin's manifest, checks SDK compatibility, then imports its server part. */
export async function discoverPlugins(rootDir: string, opts: { sdkVersion?: string } = {}): Promise<LoadedPlugin[]> {
  const sdkVersion = opts.sdkVersion ?? SDK_VERSION;
  const loaded: LoadedPlugin[] = [];
  for (const pkg of findPluginPackages(rootDir)) {
    const parsed = manifestSchema.safeParse(pick(await import(pathToFileURL(pkg.entries.manifest).href), 'manifest'));
    if (!parsed.success) {
      throw new Error(`插件包 ${pkg.packageName} 的清单无效：${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('；')}`);
    }
    const manifest = parsed.data;
    // checked before the server code is imported: an incompatible plugin never runs
    if (!semver.satisfies(sdkVersion, manifest.sdk, { includePrerelease: true })) {
      throw new Error(`插件 ${manifest.id} 需要 SDK ${manifest.sdk}，当前平台 SDK 为 ${sdkVersion}`);
    }
    const violations = boundaryViolations(pkg.entries.server, 'server');
    if (violations.length) throw new Error(`插件 ${manifest.id}：${violations.join('；')}`);
    const server = pick(await import(pathToFileURL(pkg.entries.server).href), 'plugin') as PluginServer | undefined;
    if (!server || !Array.isArray(server.items) || !Array.isArray(server.forms)) {
      throw new Error(`插件 ${manifest.id} 的服务端入口应默认导出 definePlugin(...) 的结果`);
    }
    if (server.manifest.id !== manifest.id || server.manifest.version !== manifest.version) {
      throw new Error(`插件 ${manifest.id} 的服务端声明的清单（${server.manifest.id} ${server.manifest.version}）与 manifest 入口不一致`);
    }
    const twin = loaded.find((p) => p.manifest.id === manifest.id);
    if (twin) throw new Error(`插件 id 重复：${manifest.id}（${twin.packageName}、${pkg.packageName}）`);
    loaded.push({ ...pkg, manifest, server });
  }
  return loaded;
}

function children(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => (d.isDirectory() || d.isSymbolicLink()) && !d.name.startsWith('.'))
    .map((d) => join(dir, d.name));
}

function pick(mod: Record<string, unknown>, named: string): unknown {
  return mod.default ?? mod[named];
}
