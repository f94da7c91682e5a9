import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// `pnpm create-plugin <name> [--kind <department code>]`: a working plugin in plugins/<name>,
// with one item, one form and console messages, ready for `pnpm install` and a restart.
export interface ScaffoldOptions {
  /** the plugin id, also the default department kind */
  name: string;
  departmentKind?: string;
  version?: string;
  sdk?: string;
  packageName?: string;
  /** how the SDK is depended on; "workspace:*" inside this monorepo */
  sdkDependency?: string;
}

const NAME = /^[a-z][a-z0-9-]{1,39}$/;

export function scaffoldPlugin(targetDir: string, o: ScaffoldOptions): string[] {
  if (!NAME.test(o.name)) throw new Error(`插件名称应为小写字母开头的字母、数字或短横线（2–40 位）：${o.name}`);
  if (existsSync(targetDir)) throw new Error(`目录已存在：${targetDir}`);
  const kind = o.departmentKind ?? o.name;
  const version = o.version ?? '0.1.0';
  const files: Record<string, string> = {
    'package.json': `${JSON.stringify({
      name: o.packageName ?? `@sxgk/plugin-${o.name}`, version, private: true, type: 'module',
      exports: { '.': './src/server.ts', './manifest': './src/manifest.ts', './console': './src/console.tsx' },
      sxgk: { plugin: true, server: './src/server.ts', console: './src/console.tsx', manifest: './src/manifest.ts' },
      scripts: { test: 'vitest run', typecheck: 'tsc -p .' },
      dependencies: { '@sxgk/plugin-sdk': o.sdkDependency ?? 'workspace:*' },
    }, null, 2)}\n`,
    'tsconfig.json': `${tsconfig(targetDir)}\n`,
    'src/manifest.ts': `import { defineManifest } from '@sxgk/plugin-sdk';

// Read first, before any other plugin code: id, version and the SDK range this plugin needs.
export default defineManifest({
  id: '${o.name}',
  version: '${version}',
  sdk: '${o.sdk ?? '^1.0.0'}',
  departmentKind: '${kind}',
  displayName: { 'zh-CN': '${o.name} 部门事项清单', en: '${o.name} department item list' },
});
`,
    'src/server.ts': `import { defineForm, definePlugin } from '@sxgk/plugin-sdk';
import manifest from './manifest.ts';

// Server part: item list and inspection forms. Never import React here (console.tsx is for that).
const siteCheck = defineForm({
  key: 'site-check',
  version: 1,
  title: '现场检查记录表',
  sections: [{
    title: '证照公示',
    fields: [
      { key: 'licenceDisplayed', label: '经营场所是否悬挂营业执照', kind: 'checkpoint', problemWhen: '否', problemCategory: '未公示证照' },
      { key: 'inspectedOn', label: '检查日期', kind: 'date', required: true },
      { key: 'remarks', label: '检查情况说明', kind: 'textarea', help: '发现问题时写明事实和依据' },
    ],
  }],
});

export default definePlugin({
  manifest,
  forms: [siteCheck],
  items: [{
    key: 'licence-display',
    formKey: 'site-check',
    category: '证照公示检查',
    name: '营业执照公示情况检查',
    entityKind: '企业、个体工商户',
    itemType: 'general',
    methods: ['实地检查'],
    inspectingBody: '县级以上市场监管部门',
    legalBasis: '《中华人民共和国市场主体登记管理条例》第三十二条', // 换成本部门事项的依据
    ratio: '抽查比例不低于3%',
    frequency: '每年1次',
  }],
});
`,
    'src/console.tsx': `import { defineConsole } from '@sxgk/plugin-sdk/console';

// Console part: messages (and optionally react-admin resources or pages). Never import server code here.
export default defineConsole({
  id: '${o.name}',
  messages: {
    'zh-CN': { name: '${o.name} 部门事项清单', forms: { 'site-check': '现场检查记录表' } },
    en: { name: '${o.name} department item list', forms: { 'site-check': 'On-site inspection record' } },
  },
});
`,
    'test/plugin.test.ts': `import { describe, expect, it } from 'vitest';
import { boundaryViolations } from '@sxgk/plugin-sdk/boundary';
import { contractProblems } from '@sxgk/plugin-sdk/testing';
import plugin from '../src/server.ts';

describe('${o.name} plugin', () => {
  it('keeps the plugin contract: every form accepts a filled record and rejects a broken one field by field', () => {
    // a department plugin proper has at least 5 items and 3 forms: raise these as the list grows
    expect(contractProblems(plugin, { items: 1, forms: 1 })).toEqual([]);
  });
  it('keeps React out of the server part', () => {
    expect(boundaryViolations(new URL('../src/server.ts', import.meta.url).pathname, 'server')).toEqual([]);
  });
});
`,
  };
  for (const [rel, text] of Object.entries(files)) {
    const path = join(targetDir, rel);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  return Object.keys(files);
}

// Inside this monorepo the plugin shares the base config; anywhere else it stands alone.
function tsconfig(targetDir: string): string {
  if (existsSync(join(targetDir, '..', '..', 'tsconfig.base.json'))) return '{ "extends": "../../tsconfig.base.json", "include": ["src", "test"] }';
  const compilerOptions = { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, skipLibCheck: true, allowImportingTsExtensions: true, noEmit: true, jsx: 'react-jsx', types: ['node'] };
  return JSON.stringify({ compilerOptions, include: ['src', 'test'] }, null, 2);
}

function main(argv: string[]) {
  const [name, ...rest] = argv;
  const kindAt = rest.indexOf('--kind');
  if (!name) {
    console.error('用法：pnpm create-plugin <名称> [--kind <部门代码>]');
    process.exit(1);
  }
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const target = join(root, 'plugins', name);
  const files = scaffoldPlugin(target, { name, departmentKind: kindAt >= 0 ? rest[kindAt + 1] : undefined });
  console.log(`已创建 plugins/${name}：\n  ${files.join('\n  ')}\n下一步：pnpm install，然后重启 API；部门管理员在“插件”中启用。`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
