import { definePlugin } from '@sxgk/plugin-sdk';
import manifest from './manifest.ts';
import { items } from './items.ts';
import { forms } from './forms.ts';
import { annualReportReminder } from './jobs.ts';

// Server part of the 市场监管 plugin: item list and inspection forms. No React here.
export default definePlugin({
  manifest,
  items,
  forms,
  // run by the worker's plugin-jobs queue for the departments that enabled the plugin (see jobs.ts)
  jobs: [annualReportReminder],
});
