import { findPluginPackages } from './discover.ts';

// The console build imports every installed plugin's console part through one virtual module:
//   import plugins from 'virtual:sxgk-plugins'   // ConsolePart[]
// Only package.json files are read here; no plugin code runs in the Vite process.
export const VIRTUAL_ID = 'virtual:sxgk-plugins';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

export interface SxgkPluginsViteOptions {
  /** the monorepo (or installation) root holding plugins/ and node_modules/ */
  rootDir: string;
}

export function sxgkPluginsVite(opts: SxgkPluginsViteOptions) {
  return {
    name: 'sxgk:plugins',
    resolveId(id: string): string | null {
      return id === VIRTUAL_ID ? RESOLVED_ID : null;
    },
    load(id: string): string | null {
      return id === RESOLVED_ID ? virtualModuleCode(opts.rootDir) : null;
    },
  };
}

export function virtualModuleCode(rootDir: string): string {
  const packages = findPluginPackages(rootDir);
  const imports = packages.map((p, i) => `import plugin${i} from ${JSON.stringify(p.entries.console.replace(/\\/g, '/'))};`);
  const list = packages.map((p, i) => `  { packageName: ${JSON.stringify(p.packageName)}, ...plugin${i} },`);
  return [...imports, 'const plugins = [', ...list, '];', 'export default plugins;', ''].join('\n');
}
