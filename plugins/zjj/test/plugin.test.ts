import { describe, expect, it } from 'vitest';
import { boundaryViolations } from '@sxgk/plugin-sdk/boundary';
import { contractProblems } from '@sxgk/plugin-sdk/testing';
import plugin from '../src/server.ts';
import ui from '../src/console.tsx';
import { siteQualitySafety } from '../src/forms.ts';

const siteCheck = {
  projectName: '龙亭区某安置房项目3#楼', permitNo: '410202202603150101', stage: '主体结构',
  keyStaffOnSite: '否', supervisionOnSite: '是', materialsTested: '是', builtToDrawings: '是',
  safetyPersonnel: '是', dangerousWorks: '否', siteProtection: '是', liftingEquipment: '是', previousHazardsFixed: '不涉及',
  measure: '责令限期整改', remarks: '项目经理未到岗；高大模板支撑系统专项施工方案未经专家论证。',
};

describe('zjj plugin', () => {
  it('keeps the plugin contract: items with legal basis, forms that accept and reject field by field', () => {
    expect(contractProblems(plugin)).toEqual([]);
  });

  it('follows the district plan: at least 10 % a year, every result published', () => {
    for (const i of plugin.items) {
      expect(i.ratio).toBe('抽查比例不低于10%');
      expect(i.content).toMatch(/100%公示/);
    }
  });

  it('records the problems found on a construction site', () => {
    expect(siteQualitySafety.validate({ answers: siteCheck })).toMatchObject({ ok: true, problems: ['关键岗位人员不到岗', '危大工程管理不到位'] });
  });

  it('rejects a site check with an unknown stage, a missing measure and a field the form does not have', () => {
    const { measure: _m, ...rest } = siteCheck;
    const r = siteQualitySafety.validate({ answers: { ...rest, stage: '封顶', windSpeed: 5 } });
    expect(r.ok ? [] : r.errors).toEqual([
      { field: 'stage', message: '“形象进度”应为以下之一：地基基础、主体结构、装饰装修、竣工验收前' },
      { field: 'measure', message: '请填写“处理措施”' },
      { field: '', message: '表单中没有这些字段：windSpeed' },
    ]);
  });

  it('keeps React out of the server part and server code out of the console part', () => {
    expect(boundaryViolations(new URL('../src/server.ts', import.meta.url).pathname, 'server')).toEqual([]);
    expect(boundaryViolations(new URL('../src/console.tsx', import.meta.url).pathname, 'console')).toEqual([]);
    expect(ui.id).toBe(plugin.manifest.id);
  });
});
