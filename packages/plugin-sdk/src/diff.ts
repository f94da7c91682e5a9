import type { FormDefinition } from './form.ts';
import { ITEM_FIELDS, itemFields, type ItemFields, type PluginItem } from './item.ts';
import type { PluginServer } from './plugin.ts';

// What a department got from a plugin, compared with what the installed plugin offers now.
// "Changed" means the plugin changed it: the department's own edits to its drafts are never a diff,
// so enabling the same version again changes nothing.
export interface Delivered {
  fields: ItemFields;
  entityTags: string[];
  form: { key: string; version: number } | null;
}
export interface HeldItem {
  key: string;
  /** the latest version of the item in the department (any status) */
  itemId: number;
  status: 'draft' | 'published' | 'withdrawn';
  delivered: Delivered;
}
export interface StoredForm {
  id: number;
  formKey: string;
  version: number;
  definition: unknown;
  used: boolean;
}
export interface PluginDiff {
  items: {
    added: { key: string; name: string }[];
    changed: { key: string; name: string; itemId: number; status: HeldItem['status']; fields: string[] }[];
    removed: { key: string; name: string; itemId: number }[];
    unchanged: number;
  };
  forms: {
    added: { key: string; version: number; title: string }[];
    changed: { key: string; title: string; fromVersion: number; toVersion: number; redefined: boolean }[];
    removed: { key: string; version: number }[];
  };
}
export interface EnablePlan {
  forms: FormDefinition[];
  create: { key: string; delivered: Delivered }[];
  /** a draft is brought up to date in place; a published or withdrawn item gets a new draft version */
  update: { key: string; itemId: number; status: HeldItem['status']; delivered: Delivered }[];
}

export function delivery(plugin: PluginServer, item: PluginItem): Delivered {
  const form = item.formKey ? plugin.forms.find((f) => f.key === item.formKey) : undefined;
  return { fields: itemFields(item), entityTags: [...(item.entityTags ?? [])], form: form ? { key: form.key, version: form.version } : null };
}

export function diffPlugin(plugin: PluginServer, held: HeldItem[], stored: StoredForm[]): PluginDiff {
  const heldByKey = new Map(held.map((h) => [h.key, h]));
  const items: PluginDiff['items'] = { added: [], changed: [], removed: [], unchanged: 0 };
  for (const item of plugin.items) {
    const h = heldByKey.get(item.key);
    if (!h) { items.added.push({ key: item.key, name: item.name }); continue; }
    const fields = changedFields(h.delivered, delivery(plugin, item));
    if (fields.length) items.changed.push({ key: item.key, name: item.name, itemId: h.itemId, status: h.status, fields });
    else items.unchanged++;
  }
  const offered = new Set(plugin.items.map((i) => i.key));
  items.removed = held.filter((h) => !offered.has(h.key)).map((h) => ({ key: h.key, name: h.delivered.fields.name, itemId: h.itemId }));

  const hasForm = new Map<string, number>();
  for (const h of held) if (h.delivered.form) hasForm.set(h.delivered.form.key, Math.max(hasForm.get(h.delivered.form.key) ?? 0, h.delivered.form.version));
  const forms: PluginDiff['forms'] = { added: [], changed: [], removed: [] };
  for (const f of plugin.forms) {
    const v = hasForm.get(f.key);
    const same = stored.find((s) => s.formKey === f.key && s.version === f.version);
    const redefined = !!same && !sameJson(same.definition, f.definition);
    if (v === undefined) forms.added.push({ key: f.key, version: f.version, title: f.title });
    else if (v !== f.version || redefined) forms.changed.push({ key: f.key, title: f.title, fromVersion: v, toVersion: f.version, redefined });
  }
  const declared = new Set(plugin.forms.map((f) => f.key));
  forms.removed = [...hasForm].filter(([k]) => !declared.has(k)).map(([key, version]) => ({ key, version }));
  return { items, forms };
}

export function enablePlan(plugin: PluginServer, diff: PluginDiff): EnablePlan {
  const byKey = new Map(plugin.items.map((i) => [i.key, i]));
  return {
    forms: plugin.forms.map((f) => f.definition),
    create: diff.items.added.map((a) => ({ key: a.key, delivered: delivery(plugin, byKey.get(a.key)!) })),
    update: diff.items.changed.map((c) => ({ key: c.key, itemId: c.itemId, status: c.status, delivered: delivery(plugin, byKey.get(c.key)!) })),
  };
}

function changedFields(a: Delivered, b: Delivered): string[] {
  const out: string[] = ITEM_FIELDS.filter((k) => !sameJson(a.fields[k] ?? null, b.fields[k] ?? null));
  if (!sameJson(a.entityTags, b.entityTags)) out.push('entityTags');
  if (!sameJson(a.form, b.form)) out.push('form');
  return out;
}

/** Equality of JSON values regardless of key order (jsonb reorders keys). */
export function sameJson(a: unknown, b: unknown): boolean {
  return stableJson(a) === stableJson(b);
}
function stableJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.entries(v).filter(([, x]) => x !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => `${JSON.stringify(k)}:${stableJson(x)}`).join(',')}}`;
  }
  return JSON.stringify(v ?? null);
}
