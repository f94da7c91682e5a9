// Everything a plugin's server part and manifest need; browser-safe (no node: imports).
// Node-only parts have their own subpaths: /discover, /migrations, /vite, /boundary, /testing.
export { SDK_VERSION } from './version.ts';
export { defineManifest, fitsDepartment, manifestSchema, type PluginManifest } from './manifest.ts';
export { defineForm, fieldErrors, type Answers, type FieldError, type Form, type FormDefinition, type FormSection, type ValidationResult } from './form.ts';
export { CHECKPOINT_VALUES, FIELD_KINDS, checkpoint, type AnswerValue, type FieldKind, type FormField } from './form-fields.ts';
export { INSPECTION_METHODS, ITEM_FIELDS, itemFields, pluginItemSchema, type ItemFields, type PluginItem } from './item.ts';
export { definePlugin, type PluginActor, type PluginEnv, type PluginRouteContext, type PluginServer, type PluginServerInput } from './plugin.ts';
export { cronPattern, isValidCron, type JobDeclaration, type JobSummary, type PluginJobContext, type PluginJobLog } from './cron.ts';
export { defineConsole, type ConsolePage, type ConsolePart, type ConsoleResource } from './console.ts';
export { delivery, diffPlugin, enablePlan, sameJson, type Delivered, type EnablePlan, type HeldItem, type PluginDiff, type StoredForm } from './diff.ts';
export { scheduledJobId, scheduledJobs, type ScheduledJob } from './jobs.ts';
