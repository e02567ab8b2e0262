import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/security/**/*.test.ts'],
    environment: 'node',
  },
});
