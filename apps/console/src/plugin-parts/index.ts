import type { ComponentType } from 'react';
import type { ResourceProps } from 'react-admin';
import parts from 'virtual:sxgk-plugins';

// The console parts of the installed department plugins, gathered at build time by the SDK's Vite
// plugin (sxgkPluginsVite in vite.config.ts): their messages, extra resources and pages.
export const pluginParts = parts;

export const pluginResources = parts.flatMap((p) => p.resources ?? []) as unknown as ResourceProps[];

export const pluginPages = parts.flatMap((p) => p.pages ?? []) as unknown as { path: string; element: ComponentType }[];

/** Merged into polyglot's messages under plugins.<id>: `plugins.scjg.forms.food-business`. */
export const pluginMessages = (locale: 'zh' | 'en') => ({
  plugins: Object.fromEntries(parts.map((p) => [p.id, p.messages[locale === 'zh' ? 'zh-CN' : 'en'] ?? {}])),
});

/** Resources only plugins know: the server matrix has no grants for them, their routes check the session. */
export const isPluginResource = (name: string) => pluginResources.some((r) => r.name === name);
