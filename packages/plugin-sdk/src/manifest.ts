import semver from 'semver';
import { z } from 'zod';

// The manifest is read before any other plugin code, so an incompatible plugin is refused unloaded.
export const PLUGIN_ID = /^[a-z][a-z0-9-]{1,39}$/;

export const manifestSchema = z.object({
  id: z.string().regex(PLUGIN_ID, '插件 id 应为小写字母开头的字母、数字或短横线（2–40 位）'),
  version: z.string().refine((v) => semver.valid(v) !== null, '插件版本应为语义化版本号，如 1.0.0'),
  sdk: z.string().refine((v) => semver.validRange(v) !== null, 'sdk 应为语义化版本范围，如 ^1.0.0'),
  /** matches a department's code: 'scjg' fits department scjg and scjg-puyang */
  departmentKind: z.string().regex(/^[a-z][a-z0-9-]{1,31}$/, 'departmentKind 应为部门代码'),
  displayName: z.object({ 'zh-CN': z.string().min(1), en: z.string().min(1) }),
  description: z.object({ 'zh-CN': z.string(), en: z.string() }).partial().optional(),
});
export type PluginManifest = z.infer<typeof manifestSchema>;

export function defineManifest(manifest: PluginManifest): PluginManifest {
  return Object.freeze(manifestSchema.parse(manifest));
}

/** Whether a department (by code) is one the plugin is written for. */
export function fitsDepartment(manifest: Pick<PluginManifest, 'departmentKind'>, departmentCode: string): boolean {
  return departmentCode === manifest.departmentKind || departmentCode.startsWith(`${manifest.departmentKind}-`);
}
