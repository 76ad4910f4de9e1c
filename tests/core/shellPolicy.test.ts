import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isNavigationAllowed,
  isPermissionGranted,
  isRequestAllowed,
  isTrustedSender,
  resolveAppFile,
} from '../../electron/main/policy';
import { CHANNEL_NAMES, EVENT_CHANNEL_NAMES } from '../../shared/ipc/channels';
import { CHANNELS, EVENT_NAMES } from '../../shared/ipc/contract';

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
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      expect(isPermissionGranted(permission)).toBe(false);
    }
  });

  it('answers IPC only from the app’s top frame', () => {
    expect(isTrustedSender('app://alcove/index.html', true)).toBe(true);
    expect(isTrustedSender('app://alcove/index.html', false)).toBe(false);
    expect(isTrustedSender('https://evil.example/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
  });

  it('has a CSP with no network, no inline code and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
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
