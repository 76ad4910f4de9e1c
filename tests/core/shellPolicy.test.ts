import { build } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  idleLockReason,
  isAppUrl,
  isNavigationAllowed,
  isPermissionGranted,
  isRequestAllowed,
  isTrustedSender,
  quickHideAction,
  QUICK_HIDE_ACCELERATOR,
  resolveAppFile,
  windowPrivacy,
} from '../../electron/main/policy';
import { CHANNEL_NAMES, EVENT_CHANNEL, EVENT_CHANNEL_NAMES } from '../../shared/ipc/channels';
import { CHANNELS, EVENT_NAMES, type AlcoveBridge } from '../../shared/ipc/contract';

const RENDERER = path.resolve('/opt/alcove/dist/renderer');

describe('the Electron shell policy', () => {
  it('recognises only app://alcove as the app', () => {
    expect(isAppUrl('app://alcove/index.html')).toBe(true);
    for (const url of [
      'app://evil/index.html',
      'https://alcove/',
      'file:///etc/passwd',
      'not a url',
      'APP://alcove.evil.com/',
      'app://alcove:8080/index.html',
      'app://user:pass@alcove/index.html',
      'app://alcove.evil/index.html',
    ]) {
      expect([url, isAppUrl(url)]).toEqual([url, false]);
    }
  });

  it('cancels every request that is not the app’s own', () => {
    expect(isRequestAllowed('app://alcove/assets/index.js', false)).toBe(true);
    expect(isRequestAllowed('data:image/png;base64,AAAA', false)).toBe(true);
    for (const url of [
      'https://example.com/',
      'http://127.0.0.1:8080/',
      'ws://x/',
      'file:///etc/hosts',
      'devtools://devtools/',
    ]) {
      expect([url, isRequestAllowed(url, false)]).toEqual([url, false]);
    }
    expect(isRequestAllowed('devtools://devtools/bundled/inspector.html', true)).toBe(true);
  });

  it('never navigates away, and never grants a permission', () => {
    expect(isNavigationAllowed('app://alcove/index.html', 'app://alcove/index.html')).toBe(true);
    expect(isNavigationAllowed('app://alcove/index.html', 'https://example.com/')).toBe(false);
    expect(isNavigationAllowed('app://alcove/index.html', 'app://alcove/other.html')).toBe(false);
    expect(isNavigationAllowed('app://alcove/index.html', 'data:text/html,<h1>hi</h1>')).toBe(false);
    expect(isNavigationAllowed('app://alcove/index.html', 'file:///etc/passwd')).toBe(false);
    expect(isNavigationAllowed('', 'app://alcove/index.html')).toBe(false);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });

  it('locks after the chosen idle minutes, at once when the OS screen is locked, never when off', () => {
    expect(idleLockReason(10, 'idle', 10 * 60)).toBe('idle');
    expect(idleLockReason(10, 'active', 10 * 60 - 1)).toBeNull();
    expect(idleLockReason(10, 'locked', 5)).toBe('system');
    expect(idleLockReason(null, 'locked', 10_000)).toBeNull();
  });

  it('gives the window a neutral title and hides its content from capture only in discreet mode', () => {
    expect(windowPrivacy({})).toEqual({ title: 'Alcove', contentProtection: false, followPageTitle: true });
    expect(windowPrivacy({ discreet: false })).toEqual(windowPrivacy({}));
    expect(windowPrivacy({ discreet: true })).toEqual({
      title: 'Notes',
      contentProtection: true,
      followPageTitle: false,
    });
  });

  it('hides the whole app on macOS and the window elsewhere, from a window-level shortcut', () => {
    expect(quickHideAction('darwin')).toBe('hideApp');
    expect(quickHideAction('win32')).toBe('hideWindow');
    expect(quickHideAction('linux')).toBe('hideWindow');
    expect(QUICK_HIDE_ACCELERATOR).toBe('CmdOrCtrl+Shift+H');
  });

  it('answers IPC only from the app’s top frame', () => {
    expect(isTrustedSender('app://alcove/index.html', true)).toBe(true);
    expect(isTrustedSender('app://alcove/index.html', false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender('devtools://devtools/bundled/inspector.html', true)).toBe(false);
    expect(isTrustedSender('app://alcove:1/index.html', true)).toBe(false);
  });

  it('has a CSP with no network, no inline code and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("base-uri 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("form-action 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(
      /unsafe-inline|unsafe-eval|wasm-unsafe-eval|https?:|wss?:|\*/,
    );
  });

  it('serves bundled files only, refusing every way out of the renderer folder', () => {
    expect(resolveAppFile('app://alcove/', RENDERER)).toEqual({
      file: path.join(RENDERER, 'index.html'),
      contentType: 'text/html; charset=utf-8',
    });
    expect(resolveAppFile('app://alcove/assets/index-abc.js', RENDERER)?.file).toBe(
      path.join(RENDERER, 'assets/index-abc.js'),
    );
    for (const url of [
      'app://alcove/../package.json',
      'app://alcove/%2e%2e/package.json',
      'app://alcove/%2e%2e%2f%2e%2e%2fetc/passwd.html',
      'app://alcove/assets/..%5c..%5csecret.js',
      'app://alcove/index.html%00.png',
      'app://alcove//etc/passwd.html',
      'app://alcove/%E0%A4%A.html',
      'app://alcove/assets/%2e%2e/%2e%2e/%2e%2e/etc/passwd.html',
      'app://alcove/C:/Windows/win.ini.html',
      'app://alcove/%2Fetc%2Fpasswd.html',
      'app://alcove/vault.db',
      'app://other/index.html',
    ]) {
      const resolved = resolveAppFile(url, RENDERER);
      expect([url, resolved === null || resolved.file.startsWith(RENDERER + path.sep)]).toEqual([url, true]);
    }
    expect(resolveAppFile('app://alcove/vault.db', RENDERER)).toBeNull();
  });
});

describe('the preload’s channel list', () => {
  it('is exactly the contract’s channels and events', () => {
    expect([...CHANNEL_NAMES].sort()).toEqual([...CHANNELS].sort());
    expect([...EVENT_CHANNEL_NAMES].sort()).toEqual([...EVENT_NAMES].sort());
  });
});

/**
 * The real preload source, bundled the way scripts/build-electron.mjs bundles it and run against
 * a stand-in for Electron's two objects (the only part of Electron it touches), records what
 * would cross to the main process.
 */
async function loadPreload() {
  const built = await build({
    entryPoints: [path.resolve(import.meta.dirname, '../../electron/preload/index.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'cjs',
    external: ['electron'],
    logLevel: 'silent',
  });
  const invoked: Array<[string, unknown]> = [];
  const listeners = new Map<string, Set<(event: unknown, message: unknown) => void>>();
  const exposed: Record<string, unknown> = {};
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        invoked.push([channel, input]);
        return Promise.resolve({ ok: true, value: { state: 'none' } });
      },
      on: (channel: string, listener: (event: unknown, message: unknown) => void) => {
        listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      },
      removeListener: (channel: string, listener: (event: unknown, message: unknown) => void) => {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
  const requireInSandbox = (id: string) => {
    if (id === 'electron') return electron;
    throw new Error(`the sandboxed preload may only require 'electron', not '${id}'`);
  };
  const module = { exports: {} };
  new Function('require', 'module', 'exports', built.outputFiles[0]!.text)(
    requireInSandbox,
    module,
    module.exports,
  );
  const push = (message: unknown) => listeners.get(EVENT_CHANNEL)?.forEach((l) => l({}, message));
  return { bridge: exposed.alcove as AlcoveBridge, exposedKeys: Object.keys(exposed), invoked, push };
}

describe('the preload bridge', () => {
  it('exposes only window.alcove, hosted by electron', async () => {
    const { bridge, exposedKeys } = await loadPreload();
    expect(exposedKeys).toEqual(['alcove']);
    expect(bridge.host).toBe('electron');
  });

  it('forwards contract channels and refuses any other without sending it', async () => {
    const { bridge, invoked } = await loadPreload();
    await expect(bridge.invoke('vault:status', undefined)).resolves.toEqual({
      ok: true,
      value: { state: 'none' },
    });
    const refused = await (bridge.invoke as (channel: string, input: unknown) => Promise<unknown>)(
      'shell:openExternal',
      'https://example.com/',
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(invoked).toEqual([['vault:status', undefined]]);
  });

  it('delivers only the subscribed event, and stops after unsubscribing', async () => {
    const { bridge, push } = await loadPreload();
    const received: unknown[] = [];
    const unsubscribe = bridge.on('vault:locked', (payload) => received.push(payload));
    push({ event: 'vault:progress', payload: { task: 'index', done: 1, total: 2 } });
    push({ event: 'vault:locked', payload: { reason: 'idle' } });
    push(null);
    unsubscribe();
    push({ event: 'vault:locked', payload: { reason: 'manual' } });
    expect(received).toEqual([{ reason: 'idle' }]);
  });
});
