import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

/**
 * Browser tests against the real core through the loopback bridge (tests/bridge), and the
 * Electron smoke tests (tests/electron, skipped when the Electron binary is absent).
 * Assumes `npm run build` ran: the global setup says so clearly when it did not.
 * Paths are relative to this file.
 */

export default defineConfig({
  globalSetup: './support/globalSetup.ts',
  outputDir: '../../test-results/e2e',
  // Two cores shared with Argon2id and a Chromium per test: one worker, no retries hiding flakes.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: '../../playwright-report' }]],
  use: {
    // No service worker may cache anything; traces only to diagnose a failure, kept locally.
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'e2e',
      testDir: '.',
      testMatch: '*.spec.ts',
      use: {
        browserName: 'chromium',
        // The renderer follows navigator.language and prefers-color-scheme: pin both so results
        // do not depend on the machine; specs override with test.use({ locale, colorScheme }).
        locale: 'en-US',
        colorScheme: 'light',
        launchOptions: {
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        },
      },
    },
    {
      name: 'electron',
      testDir: '../electron',
      testMatch: '*.spec.ts',
    },
  ],
});
