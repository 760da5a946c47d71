import { defineConfig } from 'vitest/config';
import { sqlText } from './scripts/sql-text-plugin';

export default defineConfig({
  plugins: [sqlText()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
