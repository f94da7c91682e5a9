import { z } from 'zod';
import { checkField, fieldSchema, isProblem, type FormField } from './form-fields.ts';

// An inspection form is declared once as data; the schema, JSON Schema and problem rules derive from it,
// so the definition stored in the database can rebuild exactly the same form later.
export type { Answers, FieldError, FormDefinition, FormSection } from './form-types.ts';
import type { Answers, FieldError, FormDefinition } from './form-types.ts';
export type ValidationResult =
  | { ok: true; answers: Answers; problems: string[] }
  | { ok: false; errors: FieldError[] };

export interface Form {
  key: string;
  version: number;
  title: string;
  definition: FormDefinition;
  fields: FormField[];
  /** validates a submission `{ answers }` with field-level Chinese messages */
  schema: z.ZodType<{ answers: Answers }>;
  /** for generic renderers; fields carry title, description, x-kind, x-confidential; x-form gives the sections */
  jsonSchema: Record<string, unknown>;
  confidentialKeys: string[];
  /** the problem categories an answered form shows, each once, in field order */
  problems(answers: Answers): string[];
  findings(answers: Answers): { field: string; label: string; category: string }[];
  validate(input: unknown): ValidationResult;
  /** a draft saved half-way (in the field): answers given must be valid, none is required yet */
  validateDraft(input: unknown): ValidationResult;
}

// Empty answers count as missing, so a cleared input reads "please fill in", not "wrong type".
const dropEmpty = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v)
  ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null && x !== '' && !(Array.isArray(x) && x.length === 0)))
  : v);

export function defineForm(definition: FormDefinition): Form {
  const fields = definition.sections.flatMap((s) => s.fields);
  const errors = [
    ...(/^[a-z][a-z0-9-]{1,63}$/.test(definition.key) ? [] : [`表单 key 无效：${definition.key}`]),
    ...(Number.isInteger(definition.version) && definition.version > 0 ? [] : [`表单 ${definition.key}：version 应为正整数`]),
    ...(fields.length ? [] : [`表单 ${definition.key}：至少需要一个字段`]),
    ...fields.flatMap((f) => checkField(definition.key, f)),
    ...fields.filter((f, i) => fields.findIndex((g) => g.key === f.key) !== i).map((f) => `表单 ${definition.key}：字段 key 重复（${f.key}）`),
  ];
  if (errors.length) throw new Error(errors.join('；'));

  const answers = z.strictObject(Object.fromEntries(fields.map((f) => [f.key, fieldSchema(f)])), {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `表单中没有这些字段：${iss.keys.join('、')}` : '请填写检查记录'),
  });
  const envelope = (a: z.ZodType) => z.object({ answers: z.preprocess(dropEmpty, a) }, { error: '提交内容应为 { answers: {...} }' });
  const schema = envelope(answers);
  const draftSchema = envelope(answers.partial());
  const jsonSchema = {
    ...z.toJSONSchema(z.object({ answers })),
    title: definition.title,
    'x-form': {
      key: definition.key, version: definition.version,
      sections: definition.sections.map((s) => ({ title: s.title, fields: s.fields.map((f) => f.key) })),
    },
  };
  const findings = (a: Answers) => fields.filter((f) => isProblem(f, a[f.key]))
    .map((f) => ({ field: f.key, label: f.label, category: f.problemCategory ?? f.label }));
  const problems = (a: Answers) => [...new Set(findings(a).map((x) => x.category))];
  const check = (s: z.ZodType, input: unknown): ValidationResult => {
    const r = s.safeParse(input);
    if (!r.success) return { ok: false, errors: fieldErrors(r.error) };
    const given = (r.data as { answers: Answers }).answers;
    return { ok: true, answers: given, problems: problems(given) };
  };

  return Object.freeze({
    key: definition.key, version: definition.version, title: definition.title, definition, fields,
    schema: schema as unknown as Form['schema'], jsonSchema, confidentialKeys: fields.filter((f) => f.confidential).map((f) => f.key),
    problems, findings,
    validate: (input: unknown) => check(schema, input),
    validateDraft: (input: unknown) => check(draftSchema, input),
  });
}

/** One message per answer key, the key without the `answers.` prefix. */
export function fieldErrors(e: z.ZodError): FieldError[] {
  return e.issues.map((i) => ({ field: String(i.path[0] === 'answers' ? (i.path[1] ?? '') : (i.path[0] ?? '')), message: i.message }));
}
