import { definePlugin } from '@sxgk/plugin-sdk';
import manifest from './manifest.ts';
import { items } from './items.ts';
import { forms } from './forms.ts';
import { miningDisclosureReminder } from './jobs.ts';

// Server part of the 自然资源和规划 plugin. No React here.
export default definePlugin({
  manifest,
  items,
  forms,
  // GET /api/plugins/zrzy/matching: which entity tags and inspector field each item needs, for the draw
  routes(app) {
    app.get('/matching', (c) => c.json(items.map((i) => ({ key: i.key, name: i.name, entityTags: i.entityTags ?? [], requiredField: i.requiredField ?? null }))));
  },
  // run by the worker's plugin-jobs queue for the departments that enabled the plugin (see jobs.ts)
  jobs: [miningDisclosureReminder],
});
