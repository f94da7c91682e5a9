import { z } from 'zod';

// One inspection-form field → one zod schema with the Chinese message an inspector reads next to it.
export { CHECKPOINT_VALUES, FIELD_KINDS, isRequired, type AnswerValue, type FieldKind, type FormField } from './form-types.ts';
import { CHECKPOINT_VALUES, FIELD_KINDS, isRequired, type AnswerValue, type FormField } from './form-types.ts';

const TEXT_MAX = { text: 200, textarea: 5000 } as const;

export function fieldSchema(f: FormField): z.ZodType {
  const need = `请填写“${f.label}”`;
  // a missing answer reads "please fill in", a wrong one says what is expected
  const wrong = (message: string) => ({ error: (iss: { input?: unknown }) => (iss.input === undefined ? need : message) });
  const options = (f.options ?? []) as [string, ...string[]];
  let s: z.ZodType;
  switch (f.kind) {
    case 'checkpoint':
      s = z.enum(CHECKPOINT_VALUES, wrong(`“${f.label}”应选择 是、否 或 不涉及`));
      break;
    case 'text':
    case 'textarea': {
      const max = TEXT_MAX[f.kind];
      s = z.string(wrong(`“${f.label}”应为文字`)).trim().min(1, need).max(max, `“${f.label}”不能超过 ${max} 字`);
      break;
    }
    case 'number':
      s = z.number(wrong(`“${f.label}”应为数字`));
      break;
    case 'date':
      s = z.iso.date(wrong(`“${f.label}”应为日期，格式为 YYYY-MM-DD`));
      break;
    case 'select':
      s = z.enum(options, wrong(`“${f.label}”应为以下之一：${options.join('、')}`));
      break;
    case 'multiselect':
      s = z.array(z.enum(options, { error: `“${f.label}”只能选择：${options.join('、')}` }), wrong(`“${f.label}”应为选项列表`)).min(1, need);
      break;
  }
  s = s.meta({ title: f.label, ...(f.help && { description: f.help }), 'x-kind': f.kind, ...(f.confidential && { 'x-confidential': true }) });
  return isRequired(f) ? s : s.optional();
}

/** Whether an answer is one of the field's problem values (any of them, for a multiselect). */
export function isProblem(f: FormField, value: unknown): boolean {
  if (f.problemWhen === undefined || value === undefined) return false;
  const when = ([] as AnswerValue[]).concat(f.problemWhen);
  return Array.isArray(value) ? value.some((v) => when.includes(v)) : when.includes(value as AnswerValue);
}

/** Declaration mistakes a plugin author makes, caught when the plugin loads rather than in the field. */
export function checkField(formKey: string, f: FormField): string[] {
  const at = `表单 ${formKey} 字段 ${f.key}`;
  const out: string[] = [];
  if (!/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/.test(f.key)) out.push(`${at}：key 应为字母开头的字母、数字或下划线`);
  if (!f.label?.trim()) out.push(`${at}：缺少 label`);
  if (!FIELD_KINDS.includes(f.kind)) out.push(`${at}：kind 无效（${String(f.kind)}）`);
  const choice = f.kind === 'select' || f.kind === 'multiselect';
  if (choice && !(f.options?.length)) out.push(`${at}：选择题需要 options`);
  if (!choice && f.options) out.push(`${at}：只有 select / multiselect 可以有 options`);
  const allowed: readonly AnswerValue[] | null = f.kind === 'checkpoint' ? CHECKPOINT_VALUES : choice ? (f.options ?? []) : null;
  for (const v of f.problemWhen === undefined ? [] : ([] as AnswerValue[]).concat(f.problemWhen)) {
    if (allowed && !allowed.includes(v)) out.push(`${at}：problemWhen 的值 ${String(v)} 不是可选答案`);
  }
  if (f.problemCategory && f.problemWhen === undefined) out.push(`${at}：problemCategory 需要与 problemWhen 一起声明`);
  return out;
}

/** A 是/否/不涉及 check point whose '否' is a problem of the given category: most of an inspection form. */
export function checkpoint(key: string, label: string, problemCategory: string, extra: Partial<FormField> = {}): FormField {
  return { key, label, kind: 'checkpoint', problemWhen: '否', problemCategory, ...extra };
}
