import { definePlugin } from '@sxgk/plugin-sdk';
import manifest from './manifest.ts';
import { items } from './items.ts';
import { forms } from './forms.ts';

// Server part of the 发展改革 plugin: item list and inspection forms. No React here.
export default definePlugin({
  manifest,
  items,
  forms,
  // 企业投资项目在线平台信息每季度比对一次（运行留待调度器实现）
  jobs: [{ name: 'online-platform-reconcile', cron: '0 2 1 1,4,7,10 *', description: '与投资项目在线审批监管平台比对项目信息' }],
});
