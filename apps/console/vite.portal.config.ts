import { defineConfig } from 'vite';

// The public portal's verify button (/public/tasks/:id): one small self-contained script with a
// stable name, dist/public-verify.js, served by the API at /public/assets/verify.js. Runs after the
// console's build (vite.config.ts empties dist), from the same `pnpm --filter @sxgk/console build`.
export default defineConfig({
  publicDir: false,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'es2020',
    lib: { entry: 'src/public/portal-verify.ts', formats: ['iife'], name: 'sxgkPortalVerify', fileName: () => 'public-verify.js' },
  },
});
