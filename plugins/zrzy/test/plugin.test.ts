import { describe, expect, it } from 'vitest';
import { boundaryViolations } from '@sxgk/plugin-sdk/boundary';
import { contractProblems, pluginApp } from '@sxgk/plugin-sdk/testing';
import plugin from '../src/server.ts';
import ui from '../src/console.tsx';
import { landSupply } from '../src/forms.ts';

describe('zrzy plugin', () => {
  it('keeps the plugin contract: items with legal basis, forms that accept and reject field by field', () => {
    expect(contractProblems(plugin)).toEqual([]);
  });

  it('tags every item for precise entity and inspector matching, and serves the tags', async () => {
    for (const i of plugin.items) {
      expect(i.entityTags?.length).toBeGreaterThan(0);
      expect(i.requiredField).toBeTruthy();
    }
    const rows = await (await pluginApp(plugin).request('/matching')).json();
    expect(rows).toContainEqual({ key: 'mining-disclosure', name: '矿业权人勘查开采信息公示抽查', entityTags: ['采矿权人', '探矿权人'], requiredField: '矿产资源' });
  });

  it('counts idle land as a problem from the select answer', () => {
    const answers = { contractNo: '许自然出让〔2023〕017号', agreedUse: '工业用地', paidInFull: '是', startedOnTime: '否', idleStatus: '闲置满一年不满两年', completedOnTime: '不涉及', useAsApproved: '是', indicatorsMet: '是', investmentIntensity: 3200 };
    expect(landSupply.validate({ answers })).toMatchObject({ ok: true, problems: ['未按约定动工', '土地闲置'] });
  });

  it('keeps React out of the server part and server code out of the console part', () => {
    expect(boundaryViolations(new URL('../src/server.ts', import.meta.url).pathname, 'server')).toEqual([]);
    expect(boundaryViolations(new URL('../src/console.tsx', import.meta.url).pathname, 'console')).toEqual([]);
    expect(ui.id).toBe(plugin.manifest.id);
  });
});
