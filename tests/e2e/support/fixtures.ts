/**
 * Playwright fixtures for browser tests against the REAL core through the loopback bridge.
 *
 *   import { test, expect, expectNoAxeViolations, grepTree } from './support/fixtures';
 *
 * Fixtures (all per test):
 *  - `bridge: { url, origin, dataDir, dialogDir }` — a fresh bridge child process
 *    (`node --import tsx tests/bridge/main.ts --host test`, Argon2id at the floor) on its own
 *    temp data dir, deleted afterwards. `url` carries the one-time `?token=`; `origin` is
 *    http://127.0.0.1:PORT. The child runs under tests/support/networkTripwire.cjs when that file
 *    exists, and the test fails if the tripwire recorded any non-loopback socket or DNS attempt.
 *  - `app: Page` — the page, already navigated to `bridge.url` and settled on `origin + '/'`
 *    (the token is traded for a cookie). Every request to another origin is aborted and
 *    recorded; the test fails at teardown if there was any — even one the CSP refused — or if
 *    the page threw (pageerror). A test that provokes foreign requests on purpose sets
 *    `test.use({ allowCspBlockedRequests: true })`: those the CSP refused are then tolerated,
 *    anything that got past the CSP still fails.
 *  - `consoleErrors: string[]` — console.error messages of the page so far (not failed on: some
 *    tests provoke CSP reports on purpose). Assert on it yourself when it matters.
 *  - `shoot(name): Promise<string>` — full-page screenshot to test-results/screens/<name>.png;
 *    returns the path. A name ending in `-<en|fr>-<light|dark>` is also shot, and checked with
 *    axe, in the other colour scheme (see shootOtherScheme).
 *  - `axe(): Promise<axe.Result[]>` — runs axe-core (wcag2a, wcag2aa, wcag21aa) on the page
 *    and returns the violations. `expectNoAxeViolations(page)` fails listing ids and targets.
 *  - `grepTree(dir, text): string[]` — files under dir (recursively: database, -wal, -shm,
 *    journals, anything) whose bytes contain text as UTF-8 or UTF-16LE, relative to dir.
 *    Also exported as a plain function.
 *
 * Locale and colour scheme: `test.use({ locale: 'fr-FR', colorScheme: 'dark' })`; the renderer
 * follows navigator.language and prefers-color-scheme.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Page, type Request } from '@playwright/test';
import type axe from 'axe-core';
import { filesWithText } from '../../support/diskSearch';

export { expect };

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const TRIPWIRE = path.join(REPO_ROOT, 'tests/support/networkTripwire.cjs');
const BRIDGE_READY_TIMEOUT_MS = 30_000;
const BRIDGE_STOP_TIMEOUT_MS = 10_000;

export interface BridgeInfo {
  /** Entry URL with the one-time token: origin + '/?token=…'. */
  readonly url: string;
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  /** The vault's folder, to inspect what reached the disk. */
  readonly dataDir: string;
  /**
   * Where the bridge's stand-in native dialogs save backups and pick the newest `.alcove` file
   * to restore (Electron's save/open dialogs in the app).
   */
  readonly dialogDir: string;
}

export interface AlcoveFixtures {
  /** Option: tolerate foreign requests the CSP refused (for tests that provoke them on purpose). */
  allowCspBlockedRequests: boolean;
  bridge: BridgeInfo;
  app: Page;
  consoleErrors: string[];
  shoot: (name: string) => Promise<string>;
  axe: () => Promise<axe.Result[]>;
  grepTree: (dir: string, text: string) => string[];
}

export const test = base.extend<AlcoveFixtures>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here.
  bridge: async ({}, use) => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'alcove-e2e-'));
    const dataDir = path.join(scratch, 'data');
    const dialogDir = path.join(scratch, 'files');
    const tripwireReport = path.join(scratch, 'tripwire-report.txt');
    fs.mkdirSync(dataDir, { mode: 0o700 });

    const env: NodeJS.ProcessEnv = { ...process.env, ALCOVE_TRIPWIRE_REPORT: tripwireReport };
    // A fresh NODE_OPTIONS: nothing of the test runner's own loaders leaks into the bridge.
    if (fs.existsSync(TRIPWIRE)) env.NODE_OPTIONS = `--require ${JSON.stringify(TRIPWIRE)}`;
    else delete env.NODE_OPTIONS;

    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        'tests/bridge/main.ts',
        '--data-dir',
        dataDir,
        '--host',
        'test',
        '--dialog-dir',
        dialogDir,
        '--exit-on-stdin-close',
      ],
      { cwd: REPO_ROOT, env, stdio: ['pipe', 'pipe', 'pipe'] },
    );
    const stderr: string[] = [];
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));

    let problem: Error | null = null;
    try {
      const ready = await readReadyLine(child, stderr);
      await use({ url: ready.url, origin: ready.origin, dataDir, dialogDir });
    } finally {
      const exitCode = await stopChild(child);
      const tripped = fs.existsSync(tripwireReport) ? fs.readFileSync(tripwireReport, 'utf8').trim() : '';
      fs.rmSync(scratch, { recursive: true, force: true });
      if (tripped !== '')
        problem = new Error(`the bridge attempted a non-loopback connection or DNS lookup:\n${tripped}`);
      else if (exitCode !== 0)
        problem = new Error(`the bridge did not stop cleanly (exit ${exitCode}):\n${stderr.join('')}`);
    }
    if (problem) throw problem;
  },

  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await use(errors);
  },

  allowCspBlockedRequests: [false, { option: true }],

  app: async ({ page, bridge, consoleErrors, allowCspBlockedRequests }, use) => {
    void consoleErrors; // started before navigation so nothing is missed
    const foreignRequests: Request[] = [];
    const reachedNetwork: string[] = [];
    const pageErrors: string[] = [];
    const isForeign = (url: string) => {
      const { protocol, origin } = new URL(url);
      if (protocol === 'data:' || protocol === 'blob:' || protocol === 'about:') return false;
      return origin !== bridge.origin;
    };
    const context = page.context();
    context.on('request', (request) => {
      if (isForeign(request.url())) foreignRequests.push(request);
    });
    page.on('websocket', (socket) => {
      if (isForeign(socket.url().replace(/^ws/, 'http'))) reachedNetwork.push(`WEBSOCKET ${socket.url()}`);
    });
    page.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
    // Defence in depth behind the CSP: a foreign request the CSP let through is aborted here,
    // and recorded, since it would have reached the network.
    await context.route('**/*', (route) => {
      const request = route.request();
      if (!isForeign(request.url())) return route.continue();
      reachedNetwork.push(`${request.method()} ${request.url()}`);
      return route.abort('blockedbyclient');
    });

    const response = await page.goto(bridge.url);
    expect(response?.status(), 'the bridge serves the app').toBe(200);
    expect(page.url(), 'the token is traded for a cookie and leaves the URL').toBe(`${bridge.origin}/`);

    await use(page);

    // Chromium announces some requests (images, stylesheets) before the CSP refuses them.
    const describeRequest = (request: Request) =>
      `${request.method()} ${request.url()} (${request.failure()?.errorText ?? 'not failed'})`;
    const blockedByCsp = foreignRequests.filter((request) => request.failure()?.errorText === 'csp');
    const otherForeign = foreignRequests.filter((request) => request.failure()?.errorText !== 'csp');
    expect(reachedNetwork, 'requests to another origin that got past the CSP').toEqual([]);
    expect(otherForeign.map(describeRequest), 'requests to another origin').toEqual([]);
    if (!allowCspBlockedRequests) {
      expect(
        blockedByCsp.map(describeRequest),
        'attempts to reach another origin (blocked by the CSP)',
      ).toEqual([]);
    }
    expect(pageErrors, 'uncaught errors in the page').toEqual([]);
  },

  shoot: async ({ page }, use) => {
    await use(async (name) => {
      const file = path.join(REPO_ROOT, 'test-results/screens', `${name}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await shootOtherScheme(page, name);
      return file;
    });
  },

  axe: async ({ page }, use) => {
    await use(() => runAxe(page));
  },

  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructuring pattern here.
  grepTree: async ({}, use) => {
    await use(grepTree);
  },
});

const SCREEN_NAME = /^(.+)-(en|fr)-(light|dark)$/;

/**
 * Every screen in both themes: a screenshot named `<screen>-<lang>-<light|dark>` is taken again
 * in the other colour scheme (`<screen>-<lang>-<other>.png`), and axe runs on that twin too, so
 * a screen a test sees only in light is still drawn and checked in dark (and the reverse).
 * The page goes back to its own scheme afterwards. Skipped when the person pinned a theme in
 * the app (the scheme would change nothing). Failures are soft: the test carries on and fails
 * at its end, listing the screens and violations.
 */
async function shootOtherScheme(page: Page, name: string): Promise<void> {
  const parts = SCREEN_NAME.exec(name);
  if (!parts) return;
  const [, screen, lang, scheme] = parts as unknown as [string, string, string, 'light' | 'dark'];
  const pinned = await page.evaluate(() => document.documentElement.dataset.theme ?? null);
  if (pinned) return;
  const other = scheme === 'light' ? 'dark' : 'light';
  // The twin's screenshot and axe run are extra work the test's own time budget did not plan.
  test.info().setTimeout(test.info().timeout + 10_000);
  await page.emulateMedia({ colorScheme: other });
  try {
    await page.screenshot({
      path: path.join(REPO_ROOT, 'test-results/screens', `${screen}-${lang}-${other}.png`),
      fullPage: true,
      animations: 'disabled',
    });
    const violations = await runAxe(page);
    expect
      .soft(
        violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`),
        `accessibility violations on ${screen}-${lang}-${other}`,
      )
      .toEqual([]);
  } finally {
    await page.emulateMedia({ colorScheme: scheme });
  }
}

/** Files under `dir` (recursively, whatever their kind) whose bytes contain `text` as UTF-8 or UTF-16LE. */
export function grepTree(dir: string, text: string): string[] {
  return filesWithText(dir, text);
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa'];
let axeSource: string | undefined;

/**
 * Runs axe-core in the page and returns its violations. axe is evaluated through the DevTools
 * protocol (page.evaluate), which the page's CSP does not govern — so the CSP stays exactly as
 * served (no bypassCSP, no inline <script>) and remains under test everywhere else.
 */
export async function runAxe(page: Page): Promise<axe.Result[]> {
  axeSource ??= fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(`(() => {\n${axeSource}\n})();`);
  return page.evaluate(async (tags) => {
    const { axe: engine } = window as unknown as { axe: typeof axe };
    const results = await engine.run(document, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return results.violations;
  }, AXE_TAGS);
}

/** Fails with each violation's id, impact and targets, so the report says what to fix. */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const violations = await runAxe(page);
  const report = violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n` +
        violation.nodes.map((node) => `    ${JSON.stringify(node.target)}`).join('\n'),
    )
    .join('\n');
  expect(
    violations.map((violation) => violation.id),
    `accessibility violations:\n${report}`,
  ).toEqual([]);
}

/** Waits for the bridge's one JSON line on stdout; fails with its stderr if it dies first. */
function readReadyLine(child: ChildProcess, stderr: string[]): Promise<{ url: string; origin: string }> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const timer = setTimeout(
      () => fail(new Error(`the bridge was not ready within ${BRIDGE_READY_TIMEOUT_MS} ms`)),
      BRIDGE_READY_TIMEOUT_MS,
    );
    const onData = (chunk: string) => {
      buffered += chunk;
      const newline = buffered.indexOf('\n');
      if (newline === -1) return;
      cleanup();
      try {
        const ready = JSON.parse(buffered.slice(0, newline)) as { url: string; origin: string };
        resolve(ready);
      } catch {
        reject(new Error(`the bridge printed something other than its ready line:\n${buffered}`));
      }
    };
    const onExit = (code: number | null) =>
      fail(new Error(`the bridge exited (${code}) before it was ready`));
    function fail(error: Error) {
      cleanup();
      reject(new Error(`${error.message}\n${stderr.join('')}`));
    }
    function cleanup() {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.off('exit', onExit);
    }
    child.stdout?.setEncoding('utf8').on('data', onData);
    child.once('exit', onExit);
  });
}

/** SIGTERM (the bridge locks the vault and exits), then SIGKILL if it hangs. Resolves the exit code. */
function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), BRIDGE_STOP_TIMEOUT_MS);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}
