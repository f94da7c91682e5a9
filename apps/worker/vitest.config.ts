import { defineConfig } from 'vitest/config';

// Real Postgres and Redis, and one test imports 200 000 rows twice: generous timeouts.
export default defineConfig({ test: { testTimeout: 180_000, hookTimeout: 120_000 } });
