import { describe, expect, it } from 'vitest';
import { boundaryViolations } from '@sxgk/plugin-sdk/boundary';
import { contractProblems } from '@sxgk/plugin-sdk/testing';
import plugin from '../src/server.ts';
import ui from '../src/console.tsx';
import { tendering } from '../src/forms.ts';

describe('fgw plugin', () => {
  it('keeps the plugin contract: items with legal basis, forms that accept and reject field by field', () => {
    expect(contractProblems(plugin)).toEqual([]);
    expect(plugin.items.find((i) => i.key === 'cost-consulting-joint')).toMatchObject({ isJoint: true, cooperatingDepartments: ['住房和城乡建设局'] });
  });

  it('records the problems an inspector finds in a tendering check', () => {
    const answers = {
      projectName: '某产业园区标准化厂房建设项目施工', tenderMode: '公开招标', contractAmount: 4860,
      tenderedWhenRequired: '是', noticePublished: '否', noDiscrimination: '否', committeeLawful: '是',
      candidatesPublicized: '是', contractConsistent: '是', archivesComplete: '是', findings: '投标截止距招标文件发出仅15日；资格条件要求本地业绩。',
    };
    expect(tendering.validate({ answers })).toMatchObject({ ok: true, problems: ['招标公告或时限不合规', '限制排斥潜在投标人'] });
    const r = tendering.validate({ answers: { ...answers, tenderMode: '竞争性谈判', contractAmount: '四千万' } });
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'tenderMode', message: '“招标方式”应为以下之一：公开招标、邀请招标、依法可不招标' },
      { field: 'contractAmount', message: '“中标金额（万元）”应为数字' },
    ]);
  });

  it('keeps React out of the server part and server code out of the console part', () => {
    expect(boundaryViolations(new URL('../src/server.ts', import.meta.url).pathname, 'server')).toEqual([]);
    expect(boundaryViolations(new URL('../src/console.tsx', import.meta.url).pathname, 'console')).toEqual([]);
    expect(ui.id).toBe(plugin.manifest.id);
  });
});
