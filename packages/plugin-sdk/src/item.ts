import { z } from 'zod';

// A plugin's item-list entry: the fields of the platform's items table, plus a stable key
// (so an upgrade can tell a changed item from a new one) and the form its inspectors fill in.
export const INSPECTION_METHODS = [
  '实地检查', '书面检查', '网络监测', '检验检测', '行政部门检查结果或专业意见', '委托专业机构辅助',
] as const;

const text = (max: number) => z.string().trim().max(max);

export const pluginItemSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9-]{1,63}$/, '事项 key 应为小写字母开头的字母、数字或短横线'),
  formKey: z.string().optional(),
  category: text(200).min(1, '请填写抽查类别'),
  name: text(500).min(1, '请填写抽查事项'),
  entityKind: text(500).min(1, '请填写检查对象'),
  itemType: z.enum(['general', 'key']),
  methods: z.array(z.enum(INSPECTION_METHODS, { error: `检查方式应为：${INSPECTION_METHODS.join('、')}` })).min(1, '请至少填写一种检查方式'),
  inspectingBody: text(500).min(1, '请填写检查主体'),
  legalBasis: text(10000).min(1, '请填写检查依据'),
  ratio: text(200).optional(),
  frequency: text(200).optional(),
  content: text(10000).optional(),
  /** an inspector drawn for it must have this field (inspectors.fields) */
  requiredField: text(100).optional(),
  /** directory tags of the entities it applies to, for precise matching in the draw */
  entityTags: z.array(text(50).min(1)).max(20).optional(),
  seq: text(50).optional(),
  isJoint: z.boolean().optional(),
  jointField: text(200).optional(),
  initiatingDepartment: text(200).optional(),
  cooperatingDepartments: z.array(text(200)).max(30).optional(),
});
export type PluginItem = z.input<typeof pluginItemSchema>;

/** The item fields the platform compares and copies, with the defaults of the items table. */
export const ITEM_FIELDS = [
  'category', 'name', 'entityKind', 'itemType', 'methods', 'inspectingBody', 'legalBasis', 'ratio', 'frequency',
  'content', 'requiredField', 'seq', 'isJoint', 'jointField', 'initiatingDepartment', 'cooperatingDepartments',
] as const;
export type ItemFields = {
  category: string; name: string; entityKind: string; itemType: 'general' | 'key'; methods: string[];
  inspectingBody: string; legalBasis: string; ratio: string; frequency: string; content: string;
  requiredField: string | null; seq: string; isJoint: boolean; jointField: string;
  initiatingDepartment: string; cooperatingDepartments: string[];
};

export function itemFields(i: PluginItem): ItemFields {
  return {
    category: i.category, name: i.name, entityKind: i.entityKind, itemType: i.itemType, methods: [...i.methods],
    inspectingBody: i.inspectingBody, legalBasis: i.legalBasis, ratio: i.ratio ?? '', frequency: i.frequency ?? '',
    content: i.content ?? '', requiredField: i.requiredField ?? null, seq: i.seq ?? '', isJoint: i.isJoint ?? false,
    jointField: i.jointField ?? '', initiatingDepartment: i.initiatingDepartment ?? '',
    cooperatingDepartments: [...(i.cooperatingDepartments ?? [])],
  };
}
