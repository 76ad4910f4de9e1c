import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/support/globalSetup.ts'],
    // Also armed in-process in each test worker (NODE_OPTIONS covers their children and threads).
    setupFiles: ['tests/support/tripwireSetup.ts'],
    // Real Argon2id and real SQLite files: generous, not flaky.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['tests/{core,tooling,bridge,shared}/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
