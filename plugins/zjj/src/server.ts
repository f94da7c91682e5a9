import { definePlugin } from '@sxgk/plugin-sdk';
import manifest from './manifest.ts';
import { items } from './items.ts';
import { forms } from './forms.ts';

// Server part of the 住建 plugin: item list and inspection forms. No React here.
export default definePlugin({ manifest, items, forms });
