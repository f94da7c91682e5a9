import { AppError } from '@sxgk/core/errors';
import type { Db } from '../client.ts';
import type { Inspection } from '../schema.ts';
import { DEFAULT_FORM, DEFAULT_FORM_PLUGIN } from '../inspections/default-form.ts';
import { team } from './inspection-access.ts';

// Checks on what an inspector fills in: forms per item, inspectors present and substitutions.

export /** The form version each item is filled against: its plugin form, or the platform's default form. */
async function formsFor(trx: Db, itemIds: number[]) {
  const linked = itemIds.length
    ? await trx.selectFrom('itemForms').innerJoin('forms', 'forms.id', 'itemForms.formId')
      .select(['itemForms.itemId', 'forms.id', 'forms.version', 'forms.definition']).where('itemForms.itemId', 'in', itemIds)
      .orderBy('forms.id', 'desc').execute()
    : [];
  const fallback = await trx.selectFrom('forms').select(['id', 'version', 'definition'])
    .where('pluginId', '=', DEFAULT_FORM_PLUGIN).where('formKey', '=', DEFAULT_FORM.key).orderBy('version', 'desc').executeTakeFirstOrThrow();
  const byItem = new Map<number, { id: number; version: number; definition: unknown }>();
  for (const id of itemIds) byItem.set(id, linked.find((l) => l.itemId === id) ?? fallback);
  return byItem;
}

export async function substitutesOf(trx: Db, rec: Inspection) {
  const t = await team(trx, rec.targetId);
  return rec.presentInspectorIds.filter((i) => !t.includes(i));
}

/** At least two present; anyone not in the assigned team is a substitution and needs a reason. Answers the substitutes. */
export async function checkPresent(trx: Db, rec: Inspection, present: number[], reason: string | null): Promise<number[]> {
  if (present.length < 2) throw new AppError('VALIDATION', '检查时在场的执法检查人员至少需要 2 名', { field: 'presentInspectorIds' });
  const t = await team(trx, rec.targetId);
  const substitutes = present.filter((i) => !t.includes(i));
  if (!substitutes.length) return [];
  if (!reason) throw new AppError('VALIDATION', '在场人员中有不在分配检查组内的执法检查人员，替换须说明原因', { field: 'substitutionReason' });
  const known = await trx.selectFrom('inspectors').select('id').where('id', 'in', substitutes).where('active', '=', true)
    .where('departmentId', 'in', rec.departmentIds).execute();
  if (known.length !== substitutes.length) throw new AppError('VALIDATION', '替换的执法检查人员须为参与部门在岗的执法检查人员', { field: 'presentInspectorIds' });
  return substitutes;
}
