import { defineConfig } from 'vitest/config';

// Workbook, multi-megabyte CSV and 2 000-case tokenizer tests take 0.5–2 s each when the
// machine is idle; the default 5 s is too tight when turbo runs every package at once.
export default defineConfig({ test: { testTimeout: 30_000 } });
