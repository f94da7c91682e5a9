import { definePlugin } from '@sxgk/plugin-sdk';
import manifest from './manifest.ts';
import { items } from './items.ts';
import { forms } from './forms.ts';

// Server part of the 自然资源和规划 plugin. No React here.
export default definePlugin({
  manifest,
  items,
  forms,
  // GET /api/plugins/zrzy/matching: which entity tags and inspector field each item needs, for the draw
  routes(app) {
    app.get('/matching', (c) => c.json(items.map((i) => ({ key: i.key, name: i.name, entityTags: i.entityTags ?? [], requiredField: i.requiredField ?? null }))));
  },
  // 矿业权人年度信息公示截止（6月30日）前提醒；运行留待调度器实现
  jobs: [{ name: 'mining-disclosure-reminder', cron: '0 9 1 6 *', description: '提醒未公示年度勘查开采信息的矿业权人' }],
});
