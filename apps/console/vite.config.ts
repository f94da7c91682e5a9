import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
// by path: Vite bundles a config's relative imports but loads packages as they are, and the SDK is
// TypeScript source
import { sxgkPluginsVite } from '../../packages/plugin-sdk/src/vite.ts';

export default defineConfig({
  // every installed plugin's console part (messages, resources, pages) through `virtual:sxgk-plugins`
  plugins: [sxgkPluginsVite({ rootDir: fileURLToPath(new URL('../..', import.meta.url)) }), react()],
  server: {
    port: 5173,
    // the API on its default port; API_TARGET points elsewhere (e.g. a second local API)
    proxy: { '/api': { target: process.env.API_TARGET ?? 'http://127.0.0.1:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/[\\/](@mui|@emotion)[\\/]/.test(id)) return 'mui';
          if (/[\\/](react-admin|ra-[a-z-]+|@haxqer|@tanstack|react-hook-form|react-router(-dom)?)[\\/]/.test(id)) return 'react-admin';
          if (/[\\/](react|react-dom|scheduler)[\\/]/.test(id)) return 'react';
          return 'vendor';
        },
      },
    },
  },
});
