import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type Bridge } from './server';

/** A raw HTTP request: unlike fetch, it sends the path and Host header exactly as given. */
function request(
  bridge: Bridge,
  options: { method?: string; path: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const { port } = new URL(bridge.origin);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: options.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

async function sessionCookie(bridge: Bridge): Promise<string> {
  const res = await request(bridge, { path: `/?token=${bridge.token}` });
  const setCookie = res.headers['set-cookie']?.[0];
  if (setCookie === undefined) throw new Error('no cookie set');
  return setCookie.split(';')[0] ?? '';
}

function invoke(bridge: Bridge, cookie: string, message: unknown, headers: Record<string, string> = {}) {
  return request(bridge, {
    method: 'POST',
    path: '/__bridge/invoke',
    headers: { cookie, 'x-alcove-bridge': '1', 'content-type': 'application/json', ...headers },
    body: JSON.stringify(message),
  });
}

describe('the loopback bridge', () => {
  let root: string;
  let bridge: Bridge;
  let cookie: string;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'alcove-bridge-test-'));
    const rendererDir = path.join(root, 'renderer');
    const dataDir = path.join(root, 'data');
    fs.mkdirSync(rendererDir);
    fs.mkdirSync(dataDir);
    fs.writeFileSync(
      path.join(rendererDir, 'index.html'),
      '<!doctype html><html><head><meta charset="utf-8"><script type="module" src="/app.js"></script></head><body></body></html>',
    );
    fs.writeFileSync(path.join(rendererDir, 'app.js'), 'export {};\n');
    // Next to the renderer folder: what a traversal would try to read.
    fs.writeFileSync(path.join(root, 'outside.txt'), 'outside the renderer');
    bridge = await startBridge({ dataDir, rendererDir, host: 'test' });
    cookie = await sessionCookie(bridge);
  });

  afterAll(async () => {
    await bridge?.stop();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only, with a 32-byte base64url token', () => {
    expect(bridge.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Buffer.from(bridge.token, 'base64url')).toHaveLength(32);
    expect(bridge.url).toBe(`${bridge.origin}/?token=${bridge.token}`);
  });

  it('refuses every request without the session cookie', async () => {
    for (const requestPath of ['/', '/index.html', '/app.js', '/__bridge/client.js', '/__bridge/events']) {
      expect((await request(bridge, { path: requestPath })).status, requestPath).toBe(403);
    }
    const call = await invoke(bridge, '', { channel: 'vault:status' });
    expect(call.status).toBe(403);
  });

  it('trades the token for an HttpOnly SameSite=Strict cookie and redirects it out of the URL', async () => {
    const res = await request(bridge, { path: `/?token=${bridge.token}` });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    const setCookie = res.headers['set-cookie']?.[0] ?? '';
    expect(setCookie).toContain(`=${bridge.token}`);
    expect(setCookie).toMatch(/;\s*HttpOnly/);
    expect(setCookie).toMatch(/;\s*SameSite=Strict/);
    expect(setCookie).toMatch(/;\s*Path=\//);
  });

  it('refuses a wrong token without setting a cookie', async () => {
    const res = await request(bridge, { path: '/?token=not-the-token' });
    expect(res.status).toBe(403);
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('refuses a Host other than 127.0.0.1:PORT, even with the cookie (DNS rebinding)', async () => {
    const port = new URL(bridge.origin).port;
    for (const host of [`localhost:${port}`, 'evil.example', `evil.example:${port}`, '127.0.0.1']) {
      const res = await request(bridge, { path: '/', headers: { cookie, host } });
      expect(res.status, host).toBe(421);
    }
  });

  it('serves index.html with the bridge client injected before the app and a strict CSP', async () => {
    const res = await request(bridge, { path: '/', headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("connect-src 'self'");
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    const client = res.body.indexOf('<script src="/__bridge/client.js"></script>');
    expect(client).toBeGreaterThan(-1);
    expect(client).toBeLessThan(res.body.indexOf('<script type="module"'));
    expect(res.body).not.toContain('banner');
  });

  it('serves the client script as JavaScript, with host "test"', async () => {
    const res = await request(bridge, { path: '/__bridge/client.js', headers: { cookie } });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/javascript/);
    expect(res.body).toContain('host: "test"');
  });

  it('marks every response no-store, nosniff and no-referrer, refusals included', async () => {
    const responses = [
      await request(bridge, { path: '/' }),
      await request(bridge, { path: '/', headers: { cookie } }),
      await request(bridge, { path: '/app.js', headers: { cookie } }),
      await request(bridge, { path: '/missing.js', headers: { cookie } }),
      await invoke(bridge, cookie, { channel: 'vault:status' }),
    ];
    for (const res of responses) {
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
  });

  it('refuses path traversal, literal or percent-encoded', async () => {
    for (const requestPath of [
      '/../outside.txt',
      '/%2e%2e/outside.txt',
      '/%2E%2E/outside.txt',
      '/..%2foutside.txt',
      '/..%5coutside.txt',
      '/./index.html/../../outside.txt',
      '/../package.json',
      '/%2e%2e/package.json',
      '/%2e%2e/%2e%2e/package.json',
      '/%00index.html',
      '/%E0%A4%A',
    ]) {
      const res = await request(bridge, { path: requestPath, headers: { cookie } });
      expect([400, 403, 404], requestPath).toContain(res.status);
      expect(res.body, requestPath).not.toContain('outside the renderer');
      expect(res.body, requestPath).not.toContain('"name"');
    }
  });

  it('answers 404 for a file that does not exist', async () => {
    expect((await request(bridge, { path: '/nope.js', headers: { cookie } })).status).toBe(404);
  });

  it('refuses an invoke without the x-alcove-bridge header or with a non-JSON body', async () => {
    const body = JSON.stringify({ channel: 'vault:status' });
    const noHeader = await request(bridge, {
      method: 'POST',
      path: '/__bridge/invoke',
      headers: { cookie, 'content-type': 'application/json' },
      body,
    });
    expect(noHeader.status).toBe(403);
    // What a cross-site HTML form would send.
    const form = await request(bridge, {
      method: 'POST',
      path: '/__bridge/invoke',
      headers: { cookie, 'x-alcove-bridge': '1', 'content-type': 'text/plain' },
      body,
    });
    expect(form.status).toBe(415);
    expect(
      (await invoke(bridge, cookie, { channel: 'vault:status' }, { origin: 'https://evil.example' })).status,
    ).toBe(403);
    expect((await request(bridge, { path: '/__bridge/invoke', headers: { cookie } })).status).toBe(405);
  });

  it('refuses a body over the size limit', async () => {
    const res = await invoke(bridge, cookie, {
      channel: 'entries:create',
      input: { body: 'x'.repeat(13 * 1024 * 1024) },
    });
    expect(res.status).toBe(413);
  });

  it('round-trips vault:status through dispatch to the real core', async () => {
    const res = await invoke(bridge, cookie, { channel: 'vault:status' });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { state: 'none' } });
  });

  it('answers FORBIDDEN for an unknown channel and VALIDATION for bad input', async () => {
    const unknown = JSON.parse(
      (await invoke(bridge, cookie, { channel: 'fs:readFile', input: '/etc/passwd' })).body,
    );
    expect(unknown).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const short = JSON.parse(
      (await invoke(bridge, cookie, { channel: 'vault:create', input: { passphrase: 'x' } })).body,
    );
    expect(short).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('streams core events to the page as server-sent events', async () => {
    const { port } = new URL(bridge.origin);
    const frames: string[] = [];
    const stream = await new Promise<http.IncomingMessage>((resolve, reject) => {
      const req = http.get(
        { host: '127.0.0.1', port, path: '/__bridge/events', headers: { cookie } },
        resolve,
      );
      req.on('error', reject);
    });
    expect(stream.statusCode).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    const locked = new Promise<void>((resolve) => {
      stream.on('data', (chunk: Buffer) => {
        frames.push(chunk.toString('utf8'));
        if (frames.join('').includes('vault:locked')) resolve();
      });
    });

    const created = JSON.parse(
      (
        await invoke(bridge, cookie, {
          channel: 'vault:create',
          input: { passphrase: 'correct horse battery' },
        })
      ).body,
    );
    expect(created).toMatchObject({ ok: true, value: { status: { state: 'unlocked' } } });
    await invoke(bridge, cookie, { channel: 'vault:lock' });
    await locked;
    stream.destroy();

    const data = frames
      .join('')
      .split('\n')
      .filter((line) => line.startsWith('data: '));
    expect(data.map((line) => JSON.parse(line.slice('data: '.length)))).toContainEqual({
      event: 'vault:locked',
      payload: { reason: 'manual' },
    });
  });
});

describe('the preview bridge', () => {
  it('adds the development-preview banner to the page', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'alcove-bridge-test-'));
    fs.mkdirSync(path.join(root, 'renderer'));
    fs.writeFileSync(
      path.join(root, 'renderer', 'index.html'),
      '<!doctype html><html><head></head><body></body></html>',
    );
    const bridge = await startBridge({
      dataDir: root,
      rendererDir: path.join(root, 'renderer'),
      host: 'preview',
    });
    try {
      const cookie = await sessionCookie(bridge);
      const page = await request(bridge, { path: '/', headers: { cookie } });
      expect(page.body).toContain('<script src="/__bridge/banner.js"></script>');
      expect(page.body).toContain('<link rel="stylesheet" href="/__bridge/banner.css" />');
      const banner = await request(bridge, { path: '/__bridge/banner.js', headers: { cookie } });
      expect(banner.body).toContain('Not the app.');
      expect(banner.body).toContain("Ce n'est pas l'application.");
      const client = await request(bridge, { path: '/__bridge/client.js', headers: { cookie } });
      expect(client.body).toContain('host: "preview"');
    } finally {
      await bridge.stop();
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
