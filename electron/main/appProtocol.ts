import { protocol, type Session } from 'electron';
import fs from 'node:fs/promises';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, resolveAppFile } from './policy';

/** Must run before the app is ready: app:// behaves like a secure, standard origin. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: false, corsEnabled: false },
    },
  ]);
}

/**
 * Serves the bundled renderer from dist/renderer, with the CSP on every response. Nothing else.
 * Handlers belong to a session: this one is the window's partition.
 */
export function serveAppFiles(ses: Session, rendererDir: string): void {
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const target = resolveAppFile(request.url, rendererDir);
    const headers = {
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cross-Origin-Opener-Policy': 'same-origin',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'same-origin',
      'Cache-Control': 'no-store',
    };
    if (!target) return new Response('Not found', { status: 404, headers });
    try {
      const body = await fs.readFile(target.file);
      return new Response(body, { status: 200, headers: { ...headers, 'Content-Type': target.contentType } });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  });
}
