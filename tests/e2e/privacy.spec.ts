import { randomUUID } from 'node:crypto';
import type { Request } from '@playwright/test';
import type { IpcResult } from '../../shared/errors';
import type { AlcoveBridge } from '../../shared/ipc/contract';
import { expect, test } from './support/fixtures';

/**
 * What page.evaluate callbacks see. Cast locally rather than augmenting the global Window,
 * which the renderer declares for itself.
 */
type PageWindow = {
  readonly alcove: AlcoveBridge;
  /** The bridge client's probe: whether its event stream is connected. */
  readonly __alcoveBridgeEventsOpen: boolean;
  cspViolations?: Array<{ directive: string; blockedURI: string }>;
};

const PASSPHRASE = 'a long and quiet evening by the sea';

test.describe('nothing leaves the machine', () => {
  test('the document is served with the strict CSP', async ({ app, bridge }) => {
    const response = await app.goto(`${bridge.origin}/`);
    const csp = response?.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("form-action 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response?.headers()['cache-control']).toBe('no-store');
  });

  test('the page talks to the core through the test bridge', async ({ app }) => {
    expect(await app.evaluate(() => (window as unknown as PageWindow).alcove.host)).toBe('test');
  });

  test.describe('when the page tries to reach another origin', () => {
    // Provoked on purpose: the fixture still fails the test if anything gets past the CSP.
    test.use({ allowCspBlockedRequests: true });

    test('the CSP blocks a fetch and an image before they reach the network', async ({ app }) => {
      const foreign: Request[] = [];
      app.context().on('request', (request) => {
        if (request.url().includes('example.')) foreign.push(request);
      });
      await app.evaluate(() => {
        const page = window as unknown as PageWindow;
        page.cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          page.cspViolations?.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI }),
        );
      });

      const fetched = await app.evaluate(() =>
        fetch('https://example.com/').then(
          () => 'reached the network',
          () => 'blocked',
        ),
      );
      expect(fetched).toBe('blocked');

      const image = await app.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const img = document.createElement('img');
            img.alt = '';
            img.onload = () => resolve('loaded');
            img.onerror = () => resolve('blocked');
            img.src = 'http://example.org/x.png';
            document.body.appendChild(img);
          }),
      );
      expect(image).toBe('blocked');

      await expect
        .poll(() => app.evaluate(() => (window as unknown as PageWindow).cspViolations ?? []))
        .toEqual(
          expect.arrayContaining([
            { directive: 'connect-src', blockedURI: 'https://example.com/' },
            { directive: 'img-src', blockedURI: 'http://example.org/x.png' },
          ]),
        );
      // Chromium may announce the image before refusing it; if so, the refusal is the CSP's.
      for (const request of foreign) expect(request.failure()?.errorText, request.url()).toBe('csp');
    });
  });

  test('a browser without the session cookie is refused', async ({ app, browser, bridge }) => {
    void app; // the bridge is up and has a legitimate session elsewhere
    const stranger = await browser.newContext();
    try {
      const page = await stranger.newPage();
      const response = await page.goto(`${bridge.origin}/`);
      expect(response?.status()).toBe(403);
      const call = await stranger.request.post(`${bridge.origin}/__bridge/invoke`, {
        headers: { 'x-alcove-bridge': '1' },
        data: { channel: 'vault:status' },
      });
      expect(call.status()).toBe(403);
    } finally {
      await stranger.close();
    }
  });

  test('journal text never reaches the disk in clear, and a wrong passphrase is refused', async ({
    app,
    bridge,
    grepTree,
  }) => {
    const canary = `canary ${randomUUID()} — désir et peur`;
    const title = `title ${randomUUID()}`;

    const created = await app.evaluate(
      (passphrase) => (window as unknown as PageWindow).alcove.invoke('vault:create', { passphrase }),
      PASSPHRASE,
    );
    expect(created).toMatchObject({ ok: true, value: { status: { state: 'unlocked' } } });

    const entry = await app.evaluate(
      ({ title, body }) => (window as unknown as PageWindow).alcove.invoke('entries:create', { title, body }),
      { title, body: canary },
    );
    expect(entry).toMatchObject({ ok: true, value: { title, body: canary } });

    const lockedEvent = app.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const off = (window as unknown as PageWindow).alcove.on('vault:locked', (payload) => {
            off();
            resolve(payload);
          });
        }),
    );
    // Events sent before the stream connects are not replayed: wait for it.
    await expect
      .poll(() => app.evaluate(() => (window as unknown as PageWindow).__alcoveBridgeEventsOpen))
      .toBe(true);
    const locked = await app.evaluate(() =>
      (window as unknown as PageWindow).alcove.invoke('vault:lock', undefined),
    );
    expect(locked).toMatchObject({ ok: true, value: { state: 'locked' } });
    expect(await lockedEvent).toEqual({ reason: 'manual' });

    expect(grepTree(bridge.dataDir, canary), 'files holding the entry body').toEqual([]);
    expect(grepTree(bridge.dataDir, canary.slice(7, 43)), 'files holding the canary id').toEqual([]);
    expect(grepTree(bridge.dataDir, title), 'files holding the title').toEqual([]);
    expect(grepTree(bridge.dataDir, PASSPHRASE), 'files holding the passphrase').toEqual([]);

    const listWhileLocked = await app.evaluate(() =>
      (window as unknown as PageWindow).alcove.invoke('entries:list', { limit: 10 }),
    );
    expect(listWhileLocked).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });

    const wrong: IpcResult<unknown> = await app.evaluate(() =>
      (window as unknown as PageWindow).alcove.invoke('vault:unlock', {
        method: 'passphrase',
        passphrase: 'not the passphrase',
      }),
    );
    expect(wrong).toMatchObject({ ok: false, error: { code: 'BAD_PASSPHRASE' } });

    const right = await app.evaluate(
      (passphrase) =>
        (window as unknown as PageWindow).alcove.invoke('vault:unlock', { method: 'passphrase', passphrase }),
      PASSPHRASE,
    );
    // The first failures are free: the right passphrase still opens the vault, with the entry intact.
    expect(right).toMatchObject({ ok: true, value: { state: 'unlocked' } });
    if (!entry.ok) throw new Error('unreachable: the entry was created above');
    const reopened = await app.evaluate(
      (id) => (window as unknown as PageWindow).alcove.invoke('entries:get', { id }),
      entry.value.id,
    );
    expect(reopened).toMatchObject({ ok: true, value: { body: canary } });
  });
});
