import { describe, expect, it } from 'vitest';
import { boundaryViolations } from '@sxgk/plugin-sdk/boundary';
import { contractProblems } from '@sxgk/plugin-sdk/testing';
import plugin from '../src/server.ts';
import ui from '../src/console.tsx';
import { foodBusiness, specialEquipment } from '../src/forms.ts';

describe('scjg plugin', () => {
  it('keeps the plugin contract: items with legal basis, forms that accept and reject field by field', () => {
    expect(contractProblems(plugin)).toEqual([]);
    expect(plugin.items.map((i) => i.key)).toEqual(['enterprise-disclosure', 'food-business', 'special-equipment', 'product-quality', 'metrology', 'advertising', 'price-tagging']);
  });

  it('records the problems of a restaurant inspection and keeps the on-site contact confidential', () => {
    const answers = {
      licenceValid: '是', licenceDisplayed: '是', healthCertificates: '否', safetyManager: '是', purchaseInspection: '否', storage: '是',
      labelling: '不涉及', tablewareDisinfected: '是', additives: '是', sampling: '已抽样送检', sampleNo: 'XC2026-0315', result: '不符合',
      remarks: '2名后厨人员健康证明过期；冷库内肉类无进货查验记录。', onSitePerson: '王某 13800000000',
    };
    expect(foodBusiness.validate({ answers })).toMatchObject({ ok: true, problems: ['从业人员无健康证明', '进货查验记录不全', '食品经营检查结果不符合'] });
    expect(foodBusiness.confidentialKeys).toEqual(['onSitePerson']);
  });

  it('rejects an elevator check with unknown equipment and a missing count', () => {
    const r = specialEquipment.validate({ answers: { equipmentTypes: ['电梯', '扶梯'], registered: '是' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toContainEqual({ field: 'equipmentTypes', message: expect.stringMatching(/^“在用特种设备种类”只能选择：锅炉、/) });
    expect(r.errors).toContainEqual({ field: 'unitsInUse', message: '请填写“在用特种设备台（套）数”' });
    expect(r.errors).toContainEqual({ field: 'periodicInspection', message: '请填写“在检验合格有效期内使用，有效期届满前1个月已申报定期检验”' });
  });

  it('keeps React out of the server part and server code out of the console part', () => {
    expect(boundaryViolations(new URL('../src/server.ts', import.meta.url).pathname, 'server')).toEqual([]);
    expect(boundaryViolations(new URL('../src/console.tsx', import.meta.url).pathname, 'console')).toEqual([]);
    expect(ui.id).toBe(plugin.manifest.id);
  });
});
