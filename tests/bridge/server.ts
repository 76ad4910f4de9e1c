/**
 * The loopback bridge: a TEST- AND PREVIEW-ONLY host that runs the real core in Node and serves
 * the built renderer to a real browser on 127.0.0.1, standing in for Electron's preload + IPC.
 * It is never part of the app. Because any local process or web page could try to talk to a
 * loopback port, it defends itself the way a local web service must:
 *  - binds 127.0.0.1 only, on a random port;
 *  - a per-run random token, traded once for an HttpOnly SameSite=Strict cookie (so the token
 *    leaves the URL), and every other request without that cookie is refused;
 *  - the Host header must be exactly 127.0.0.1:PORT (defeats DNS rebinding);
 *  - the API needs a custom header and a JSON body (a cross-site form can send neither), and
 *    every call goes through the same `dispatch` gate as Electron IPC;
 *  - every response is no-store / nosniff / no-referrer, and HTML carries a strict CSP.
 * Request bodies are never logged: they hold passphrases and journal text.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createCore } from '../../electron/core/createCore';
import { folderDialogs } from './folderDialogs';
import { dispatch } from '../../electron/core/dispatch';
import type { KdfProfile } from '../../electron/core/vault/kdfCalibration';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { CONTENT_SECURITY_POLICY as APP_CSP } from '../../electron/main/policy';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');

export type BridgeHost = 'test' | 'preview';

export interface BridgeOptions {
  /** Folder holding the vault; the caller owns it. */
  readonly dataDir: string;
  readonly host: BridgeHost;
  /** The built renderer; defaults to dist/renderer. */
  readonly rendererDir?: string;
  /** 'floor' for tests (fast Argon2id, never weaker than the minimum), 'calibrated' for preview. */
  readonly kdfProfile?: KdfProfile;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The vault worker bundle; defaults to dist/electron/vaultWorker.cjs. */
  readonly workerPath?: string;
  /** Where the stand-in save/open dialogs write and read backups; defaults to `<dataDir>-files`. */
  readonly dialogDir?: string;
}

export interface Bridge {
  /** Where a browser starts: origin + '/?token=…' (redirects to '/' once the cookie is set). */
  readonly url: string;
  /** http://127.0.0.1:PORT */
  readonly origin: string;
  readonly token: string;
  /** Stops serving, locks the vault and terminates the worker. */
  stop(): Promise<void>;
}

const MAX_BODY_BYTES = 12 * 1024 * 1024;
const SSE_KEEPALIVE_MS = 15_000;

/**
 * The app's own CSP (electron/main/policy.ts), so browser tests exercise the policy that ships;
 * the one difference is connect-src: here the page's bridge client talks to this server.
 */
export const CONTENT_SECURITY_POLICY = APP_CSP.replace("connect-src 'none'", "connect-src 'self'");

const TEXT = 'text/plain; charset=utf-8';
const HTML = 'text/html; charset=utf-8';
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': HTML,
  '.js': JS,
  '.mjs': JS,
  '.css': CSS,
  '.json': JSON_TYPE,
  '.map': JSON_TYPE,
  '.txt': TEXT,
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

const BANNER_TEXT = {
  en: 'Preview — Alcove running in your browser through a development bridge. Not the app.',
  fr: "Aperçu — Alcove tourne dans votre navigateur via un pont de développement. Ce n'est pas l'application.",
} as const;

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const rendererDir = fs.realpathSync(options.rendererDir ?? path.join(REPO_ROOT, 'dist/renderer'));
  const workerPath = options.workerPath ?? path.join(REPO_ROOT, 'dist/electron/vaultWorker.cjs');
  if (!fs.existsSync(path.join(rendererDir, 'index.html'))) {
    throw new Error(`no index.html in ${rendererDir}: build the renderer first (npm run build)`);
  }
  if (!fs.existsSync(workerPath)) {
    throw new Error(`no vault worker at ${workerPath}: run node scripts/build-electron.mjs --only=worker`);
  }

  const token = crypto.randomBytes(32).toString('base64url');
  const eventStreams = new Set<http.ServerResponse>();
  const broadcast = <E extends EventName>(event: E, payload: EventPayload<E>) => {
    const frame = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const stream of eventStreams) stream.write(frame);
  };
  const core = createCore({
    dataDir: options.dataDir,
    workerPath,
    kdfProfile: options.kdfProfile ?? (options.host === 'test' ? 'floor' : 'calibrated'),
    emit: broadcast,
    dialogs: folderDialogs(options.dialogDir ?? `${options.dataDir.replace(/[\\/]+$/, '')}-files`),
  });
  const logger = {
    // dispatch passes only the channel and an error kind, never inputs.
    error: (message: string, detail?: Record<string, unknown>) =>
      console.error(`[bridge] ${message}`, detail ?? ''),
  };

  // Filled in once listening: the port is random.
  let origin = '';
  let expectedHost = '';
  let cookieName = '';

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, TEXT, 'internal error');
      else res.destroy();
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // DNS rebinding: a hostile page on evil.example resolving to 127.0.0.1 still sends its own Host.
    if (req.headers.host !== expectedHost) return send(res, 421, TEXT, 'misdirected request');

    const rawUrl = req.url ?? '/';
    const queryAt = rawUrl.indexOf('?');
    const rawPath = queryAt === -1 ? rawUrl : rawUrl.slice(0, queryAt);
    const query = new URLSearchParams(queryAt === -1 ? '' : rawUrl.slice(queryAt + 1));

    if (req.method === 'GET' && rawPath === '/' && query.has('token')) {
      if (!sameSecret(query.get('token') ?? '', token)) return send(res, 403, TEXT, 'forbidden');
      res.setHeader('Set-Cookie', `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=/`);
      res.setHeader('Location', '/');
      return send(res, 303, TEXT, 'see /');
    }

    if (!hasSessionCookie(req)) return send(res, 403, TEXT, 'forbidden');

    if (rawPath === '/__bridge/invoke') return invoke(req, res);
    // Tests only: what Electron's native menu sends the page (electron/main/menu.ts), to drive it.
    if (options.host === 'test' && rawPath === '/__bridge/menu/search' && req.method === 'POST') {
      if (req.headers['x-alcove-bridge'] !== '1') return send(res, 403, TEXT, 'forbidden');
      broadcast('menu:search', {});
      return send(res, 204, TEXT, '');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return send(res, 405, TEXT, 'method not allowed');
    }
    if (rawPath === '/__bridge/events' && req.method === 'GET') return openEventStream(req, res);
    if (rawPath === '/__bridge/client.js') return send(res, 200, JS, clientScript(options.host));
    if (options.host === 'preview' && rawPath === '/__bridge/banner.js') {
      return send(res, 200, JS, BANNER_SCRIPT);
    }
    if (options.host === 'preview' && rawPath === '/__bridge/banner.css') {
      return send(res, 200, CSS, BANNER_STYLE);
    }
    return serveStatic(rawPath, res);
  }

  function hasSessionCookie(req: http.IncomingMessage): boolean {
    for (const part of (req.headers.cookie ?? '').split(';')) {
      const eq = part.indexOf('=');
      if (
        eq !== -1 &&
        part.slice(0, eq).trim() === cookieName &&
        sameSecret(part.slice(eq + 1).trim(), token)
      ) {
        return true;
      }
    }
    return false;
  }

  async function invoke(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return send(res, 405, TEXT, 'method not allowed');
    }
    // A cross-site form or <img> can set neither a custom header nor a JSON content type.
    if (req.headers['x-alcove-bridge'] !== '1') return send(res, 403, TEXT, 'forbidden');
    if (req.headers.origin !== undefined && req.headers.origin !== origin) {
      return send(res, 403, TEXT, 'forbidden');
    }
    const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
    if (contentType !== 'application/json') {
      return send(res, 415, TEXT, 'expected application/json');
    }
    const body = await readBody(req, MAX_BODY_BYTES);
    if (body === 'too large') {
      res.setHeader('Connection', 'close');
      return send(res, 413, TEXT, 'body too large');
    }
    let message: unknown;
    try {
      message = JSON.parse(body.toString('utf8'));
    } catch {
      return send(res, 400, TEXT, 'malformed JSON');
    }
    if (typeof message !== 'object' || message === null || Array.isArray(message)) {
      return send(res, 400, TEXT, 'expected {channel, input}');
    }
    const { channel, input } = message as { channel?: unknown; input?: unknown };
    const result = await dispatch(core.handlers, channel, input, logger);
    return send(res, 200, JSON_TYPE, JSON.stringify(result));
  }

  function openEventStream(req: http.IncomingMessage, res: http.ServerResponse): void {
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      Connection: 'keep-alive',
    });
    res.write(': connected\n\n');
    eventStreams.add(res);
    req.on('close', () => eventStreams.delete(res));
  }

  function serveStatic(rawPath: string, res: http.ServerResponse): void {
    const file = resolveUnder(rendererDir, rawPath === '/' ? '/index.html' : rawPath);
    if (file === 'refused') return send(res, 403, TEXT, 'forbidden');
    let realFile: string;
    try {
      realFile = fs.realpathSync(file);
    } catch {
      // Chromium asks for a favicon on its own; a 404 would be console noise in every test.
      if (rawPath === '/favicon.ico') return send(res, 204, TEXT, '');
      return send(res, 404, TEXT, 'not found');
    }
    // A symlink inside the renderer folder must not lead out of it either.
    if (!isInside(rendererDir, realFile) || !fs.statSync(realFile).isFile()) {
      return send(res, 404, TEXT, 'not found');
    }
    const ext = path.extname(realFile).toLowerCase();
    const type = CONTENT_TYPES[ext] ?? 'application/octet-stream';
    if (type === HTML) {
      const html = injectBridgeScripts(fs.readFileSync(realFile, 'utf8'), options.host);
      return send(res, 200, type, html, { 'Content-Security-Policy': CONTENT_SECURITY_POLICY });
    }
    return send(res, 200, type, fs.readFileSync(realFile));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  expectedHost = `127.0.0.1:${port}`;
  // Cookies are not isolated by port: the name carries it so two bridges never clash.
  cookieName = `alcove_bridge_${port}`;

  const keepalive = setInterval(() => {
    for (const stream of eventStreams) stream.write(': keepalive\n\n');
  }, SSE_KEEPALIVE_MS);
  keepalive.unref();

  let stopping: Promise<void> | undefined;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    stop() {
      stopping ??= (async () => {
        clearInterval(keepalive);
        for (const stream of eventStreams) stream.end();
        eventStreams.clear();
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeAllConnections();
        await closed;
        await core.close();
      })();
      return stopping;
    },
  };
}

const SECURITY_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
} as const;

function send(
  res: http.ServerResponse,
  status: number,
  contentType: string,
  body: string | Buffer,
  extraHeaders: Record<string, string> = {},
): void {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    ...extraHeaders,
    'Content-Type': contentType,
    'Content-Length': String(bytes.length),
  });
  res.end(res.req.method === 'HEAD' ? undefined : bytes);
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | 'too large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > limit) {
      req.resume();
      resolve('too large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let overflowed = false;
    req.on('data', (chunk: Buffer) => {
      if (overflowed) return;
      size += chunk.length;
      if (size > limit) {
        overflowed = true;
        chunks.length = 0;
        resolve('too large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!overflowed) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

/**
 * Maps a raw request path to a file under `root`, or 'refused' for anything that tries to climb
 * out: `..` segments (literal or percent-encoded), backslashes, NUL bytes, malformed escapes.
 * Works on the raw path on purpose — it is refused, not silently normalised.
 */
export function resolveUnder(root: string, rawPath: string): string | 'refused' {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return 'refused';
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return 'refused';
  const segments = decoded.split('/').slice(1);
  if (segments.some((segment) => segment === '..' || segment === '.')) return 'refused';
  const file = path.resolve(root, ...segments);
  return isInside(root, file) ? file : 'refused';
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}

/**
 * Puts the bridge client first in <head>, before the app's module script, so `window.alcove`
 * exists when the renderer starts (a classic script blocks the parser; modules are deferred).
 * A CSP <meta> in the built HTML is the app's policy for app:// (connect-src 'none'); through
 * the bridge the header CSP above replaces it, since the bridge itself is reached by fetch.
 */
export function injectBridgeScripts(html: string, host: BridgeHost): string {
  const tags = ['<script src="/__bridge/client.js"></script>'];
  if (host === 'preview') {
    tags.push(
      '<link rel="stylesheet" href="/__bridge/banner.css" />',
      '<script src="/__bridge/banner.js"></script>',
    );
  }
  const withoutMetaCsp = html.replace(/<meta\s+http-equiv=["']?content-security-policy["']?[^>]*>\s*/gi, '');
  // After <meta charset> when there is one (it must come early), else right after <head>.
  const anchor = /<meta\s+charset=[^>]*>/i.exec(withoutMetaCsp) ?? /<head(\s[^>]*)?>/i.exec(withoutMetaCsp);
  if (anchor === null) return `${tags.join('')}${withoutMetaCsp}`;
  const at = anchor.index + anchor[0].length;
  return `${withoutMetaCsp.slice(0, at)}\n    ${tags.join('\n    ')}${withoutMetaCsp.slice(at)}`;
}

/** window.alcove for the browser: the AlcoveBridge contract over fetch + EventSource. */
function clientScript(host: BridgeHost): string {
  return `'use strict';
(() => {
  const listeners = new Map();
  let source = null;
  function ensureEvents() {
    if (source !== null) return;
    source = new EventSource('/__bridge/events');
    source.onmessage = (message) => {
      let frame;
      try { frame = JSON.parse(message.data); } catch { return; }
      const set = listeners.get(frame.event);
      if (set === undefined) return;
      for (const listener of Array.from(set)) {
        try { listener(frame.payload); } catch (error) { setTimeout(() => { throw error; }); }
      }
    };
  }
  async function invoke(channel, input) {
    try {
      const response = await fetch('/__bridge/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-alcove-bridge': '1' },
        body: JSON.stringify({ channel, input }),
        credentials: 'same-origin',
        cache: 'no-store',
      });
      if (response.status === 413) {
        return { ok: false, error: { code: 'VALIDATION', message: 'request too large for the bridge' } };
      }
      if (!response.ok) {
        return { ok: false, error: { code: 'INTERNAL', message: 'bridge refused the call (HTTP ' + response.status + ')' } };
      }
      return await response.json();
    } catch {
      return { ok: false, error: { code: 'INTERNAL', message: 'bridge unreachable' } };
    }
  }
  function on(event, listener) {
    ensureEvents();
    let set = listeners.get(event);
    if (set === undefined) { set = new Set(); listeners.set(event, set); }
    set.add(listener);
    return () => { set.delete(listener); };
  }
  // Test-only probe, outside the contract: whether the event stream is connected, so a test
  // can wait for it instead of sleeping (events sent before it connects are not replayed).
  Object.defineProperty(window, '__alcoveBridgeEventsOpen', {
    get: () => source !== null && source.readyState === EventSource.OPEN,
  });
  Object.defineProperty(window, 'alcove', {
    value: Object.freeze({ invoke, on, host: ${JSON.stringify(host)} }),
    writable: false,
    configurable: false,
    enumerable: true,
  });
})();
`;
}

const BANNER_SCRIPT = `'use strict';
(() => {
  const text = ${JSON.stringify(BANNER_TEXT)};
  const lang = (navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  function show() {
    const banner = document.createElement('div');
    banner.className = 'alcove-preview-banner';
    banner.setAttribute('role', 'note');
    banner.lang = lang;
    banner.textContent = text[lang];
    document.body.appendChild(banner);
  }
  if (document.body) show(); else document.addEventListener('DOMContentLoaded', show, { once: true });
})();
`;

// Fixed at the bottom edge, above everything, but clicks pass through so it never blocks the UI.
const BANNER_STYLE = `.alcove-preview-banner {
  position: fixed;
  left: 50%;
  bottom: 0.5rem;
  transform: translateX(-50%);
  z-index: 2147483647;
  max-width: calc(100vw - 2rem);
  box-sizing: border-box;
  padding: 0.3rem 0.8rem;
  border-radius: 999px;
  border: 2px solid #7a2e00;
  background: #fff3c4;
  color: #3d1700;
  font: 600 0.8rem/1.3 system-ui, sans-serif;
  text-align: center;
  pointer-events: none;
  box-shadow: 0 2px 8px rgb(0 0 0 / 0.25);
}
`;
