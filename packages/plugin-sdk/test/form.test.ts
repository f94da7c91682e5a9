import { describe, expect, it } from 'vitest';
import { defineForm } from '../src/form.ts';

const form = defineForm({
  key: 'elevator-site',
  version: 1,
  title: '电梯使用单位现场检查表',
  sections: [
    { title: '使用登记', fields: [
      { key: 'registered', label: '电梯是否办理使用登记', kind: 'checkpoint', problemWhen: '否', problemCategory: '未办理使用登记' },
      { key: 'inspectedInTime', label: '是否在检验合格有效期内', kind: 'checkpoint', problemWhen: '否', problemCategory: '超期未检' },
    ] },
    { title: '记录', fields: [
      { key: 'units', label: '在用电梯台数', kind: 'number', required: true },
      { key: 'lastInspection', label: '最近一次定期检验日期', kind: 'date' },
      { key: 'maintainer', label: '维保单位', kind: 'text', confidential: true },
      { key: 'hazards', label: '发现的隐患', kind: 'multiselect', options: ['无', '安全部件失效', '应急救援电话无人接听'], problemWhen: ['安全部件失效', '应急救援电话无人接听'], problemCategory: '存在安全隐患' },
      { key: 'conclusion', label: '检查结论', kind: 'select', options: ['未发现问题', '责令改正', '立案调查'], required: true },
    ] },
  ],
});
const good = { registered: '是', inspectedInTime: '是', units: 4, lastInspection: '2026-01-12', maintainer: '某电梯工程有限公司', hazards: ['无'], conclusion: '未发现问题' };

describe('defineForm', () => {
  it('accepts a valid filled record and finds no problem in it', () => {
    expect(form.validate({ answers: good })).toEqual({ ok: true, answers: good, problems: [] });
    expect(form.schema.safeParse({ answers: good }).success).toBe(true);
  });

  it('rejects an invalid record with one Chinese message per field', () => {
    const r = form.validate({ answers: { ...good, registered: undefined, inspectedInTime: '可能', units: '四', lastInspection: '2026/01/12', hazards: ['漏油'], conclusion: '' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual(expect.arrayContaining([
      { field: 'registered', message: '请填写“电梯是否办理使用登记”' },
      { field: 'inspectedInTime', message: '“是否在检验合格有效期内”应选择 是、否 或 不涉及' },
      { field: 'units', message: '“在用电梯台数”应为数字' },
      { field: 'lastInspection', message: '“最近一次定期检验日期”应为日期，格式为 YYYY-MM-DD' },
      { field: 'hazards', message: '“发现的隐患”只能选择：无、安全部件失效、应急救援电话无人接听' },
      { field: 'conclusion', message: '请填写“检查结论”' },
    ]));
    expect(r.errors).toHaveLength(6);
  });

  it('treats cleared optional answers as not given and refuses unknown fields', () => {
    expect(form.validate({ answers: { ...good, maintainer: '', lastInspection: null, hazards: [] } }).ok).toBe(true);
    const r = form.validate({ answers: { ...good, colour: '红' } });
    expect(r).toEqual({ ok: false, errors: [{ field: '', message: '表单中没有这些字段：colour' }] });
    expect(form.validate({}).ok).toBe(false);
  });

  it('reports the problem categories found, each once', () => {
    expect(form.problems({ ...good, registered: '否', inspectedInTime: '否', hazards: ['安全部件失效', '应急救援电话无人接听'] }))
      .toEqual(['未办理使用登记', '超期未检', '存在安全隐患']);
    expect(form.problems({ ...good, registered: '不涉及' })).toEqual([]);
    expect(form.findings({ ...good, registered: '否' })).toEqual([{ field: 'registered', label: '电梯是否办理使用登记', category: '未办理使用登记' }]);
  });

  it('lists confidential fields and gives a JSON Schema for generic renderers', () => {
    expect(form.confidentialKeys).toEqual(['maintainer']);
    const answers = (form.jsonSchema as any).properties.answers;
    expect(answers.required).toEqual(['registered', 'inspectedInTime', 'units', 'conclusion']);
    expect(answers.properties.registered).toMatchObject({ enum: ['是', '否', '不涉及'], title: '电梯是否办理使用登记', 'x-kind': 'checkpoint' });
    expect(answers.properties.maintainer).toMatchObject({ type: 'string', 'x-confidential': true });
    expect(form.jsonSchema['x-form']).toEqual({ key: 'elevator-site', version: 1, sections: [
      { title: '使用登记', fields: ['registered', 'inspectedInTime'] },
      { title: '记录', fields: ['units', 'lastInspection', 'maintainer', 'hazards', 'conclusion'] },
    ] });
  });

  it('accepts a draft saved half-way, but still refuses wrong answers and unknown fields', () => {
    const half = { registered: '否' };
    expect(form.validate({ answers: half }).ok).toBe(false);
    expect(form.validateDraft({ answers: half })).toEqual({ ok: true, answers: half, problems: ['未办理使用登记'] });
    const wrong = form.validateDraft({ answers: { registered: '也许' } });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) expect(wrong.errors[0]!.field).toBe('registered');
    expect(form.validateDraft({ answers: { nosuch: 1 } }).ok).toBe(false);
  });

  it('rebuilds the same form from its stored definition', () => {
    const again = defineForm(JSON.parse(JSON.stringify(form.definition)));
    expect(again.jsonSchema).toEqual(form.jsonSchema);
    expect(again.validate({ answers: good }).ok).toBe(true);
  });

  it('refuses declaration mistakes when the plugin loads', () => {
    const base = { key: 'bad', version: 1, title: '错误表单' };
    expect(() => defineForm({ ...base, sections: [{ title: 's', fields: [{ key: 'a', label: '甲', kind: 'select' }] }] })).toThrow('表单 bad 字段 a：选择题需要 options');
    expect(() => defineForm({ ...base, sections: [{ title: 's', fields: [{ key: 'a', label: '甲', kind: 'checkpoint', problemWhen: '不合格' }] }] })).toThrow('problemWhen 的值 不合格 不是可选答案');
    expect(() => defineForm({ ...base, sections: [{ title: 's', fields: [{ key: 'a', label: '甲', kind: 'text' }, { key: 'a', label: '乙', kind: 'text' }] }] })).toThrow('字段 key 重复（a）');
    expect(() => defineForm({ ...base, version: 0, sections: [{ title: 's', fields: [{ key: 'a', label: '甲', kind: 'text' }] }] })).toThrow('version 应为正整数');
  });
});
