import { definePlugin } from '@sxgk/plugin-sdk';
import manifest from './manifest.ts';
import { items } from './items.ts';
import { forms } from './forms.ts';

// Server part of the 市场监管 plugin: item list and inspection forms. No React here.
export default definePlugin({
  manifest,
  items,
  forms,
  // 年报公示期（1月1日至6月30日）内每月初提醒；运行留待调度器实现
  jobs: [{ name: 'annual-report-reminder', cron: '0 9 1 1-6 *', description: '提醒未报送年度报告的企业' }],
});
