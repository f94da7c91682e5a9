import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// The server part must not pull in React (and the console part must not pull in server code):
// followed through the plugin's own relative imports, so a helper file cannot smuggle it in.
const REACT = /^(react|react-dom|react-admin|ra-[a-z-]+|@mui\/.+|@emotion\/.+)(\/.*)?$/;
const SERVER = /^(node:.*|pg|kysely|hono|@hono\/.+|@sxgk\/(db|api|jobs)(\/.*)?|@sxgk\/plugin-sdk\/(discover|migrations|vite|boundary))$/;
const IMPORT = /(?:^|[;\n])\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Bare (package) imports reachable from `entry`, each with the chain of files that leads to it. */
export function bareImports(entry: string): { specifier: string; chain: string[] }[] {
  const out: { specifier: string; chain: string[] }[] = [];
  const seen = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (m[1]) continue; // `import type` is erased at build time
      const spec = (m[2] ?? m[3])!;
      if (!spec.startsWith('.')) out.push({ specifier: spec, chain: [...chain, file] });
      else {
        const next = resolveRelative(dirname(file), spec);
        if (next) walk(next, [...chain, file]);
      }
    }
  };
  walk(resolve(entry), []);
  return out;
}

/** Messages for every import that crosses the boundary of the given part. */
export function boundaryViolations(entry: string, part: 'server' | 'console'): string[] {
  const forbidden = part === 'server' ? REACT : SERVER;
  return bareImports(entry).filter((i) => forbidden.test(i.specifier))
    .map((i) => `${part === 'server' ? '服务端' : '控制台'}部分不得引用 ${i.specifier}（${[...i.chain].join(' → ')}）`);
}

function resolveRelative(dir: string, spec: string): string | null {
  const base = resolve(dir, spec);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.jsx$/, '.tsx'), `${base}.ts`, `${base}.tsx`, resolve(base, 'index.ts')];
  return candidates.find((c) => /\.(ts|tsx|js|jsx|mjs)$/.test(c) && existsSync(c)) ?? null;
}
