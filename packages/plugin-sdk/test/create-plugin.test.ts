import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { scaffoldPlugin } from '../../../scripts/create-plugin.ts';
import { boundaryViolations } from '../src/boundary.ts';
import { discoverPlugins } from '../src/discover.ts';
import { brokenAnswers, exampleAnswers } from '../src/testing.ts';
import { tempRoot } from './fixtures.ts';

const t = tempRoot();
afterAll(() => t.cleanup());

describe('pnpm create-plugin', () => {
  it('scaffolds a plugin that is discovered and whose form validates', async () => {
    const files = scaffoldPlugin(join(t.root, 'plugins', 'wsj'), { name: 'wsj', departmentKind: 'wsj' });
    expect(files).toEqual(expect.arrayContaining(['package.json', 'src/manifest.ts', 'src/server.ts', 'src/console.tsx']));
    const [p, ...rest] = await discoverPlugins(t.root);
    expect(rest).toEqual([]);
    expect(p!.manifest).toMatchObject({ id: 'wsj', departmentKind: 'wsj', sdk: '^1.0.0' });
    expect(p!.packageName).toBe('@sxgk/plugin-wsj');
    const form = p!.server.forms[0]!;
    expect(p!.server.items[0]!.formKey).toBe(form.key);
    expect(form.validate({ answers: exampleAnswers(form) }).ok).toBe(true);
    expect(form.validate({ answers: { ...exampleAnswers(form), licenceDisplayed: '否' } })).toMatchObject({ ok: true, problems: ['未公示证照'] });
    expect(form.validate({ answers: brokenAnswers(form).answers }).ok).toBe(false);
    expect(boundaryViolations(p!.entries.server, 'server')).toEqual([]);
    expect(boundaryViolations(p!.entries.console, 'console')).toEqual([]);
    const ui = (await import(p!.entries.console)).default;
    expect(ui).toMatchObject({ id: 'wsj', messages: { 'zh-CN': { name: 'wsj 部门事项清单' } } });
  });

  it('refuses a bad name or an existing directory', () => {
    expect(() => scaffoldPlugin(join(t.root, 'plugins', 'X'), { name: 'X' })).toThrow(/插件名称/);
    expect(() => scaffoldPlugin(join(t.root, 'plugins', 'wsj'), { name: 'wsj' })).toThrow(/目录已存在/);
  });
});
