/**
 * Every security decision of the Electron shell, as pure functions: no 'electron' import, so
 * each one is unit-tested (tests/core/shellPolicy.test.ts) and the adapter files only wire
 * them to Electron's hooks.
 */
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'alcove';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY = `${APP_ORIGIN}/index.html`;
/**
 * The window's session partition. No `persist:` prefix, so it lives in memory only: Chromium
 * keeps no cache, storage or code cache of the journal's pages on disk (SECURITY.md).
 */
export const APP_PARTITION = 'alcove';

/** The Content-Security-Policy of every bundled page: nothing but the app's own files, no network. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "media-src 'none'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a URL of the bundled app: app://alcove/… and nothing else (no port, no credentials). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * Requests the session lets through: only the app's own files (and DevTools' internal pages in
 * development). Everything else — http(s), ws, file, ftp, chrome-extension — is cancelled.
 * data: and blob: URLs are bytes the page already holds (attachment images), never a network
 * fetch, and the CSP allows them for images only; navigation to them is refused separately.
 */
export function isRequestAllowed(url: string, development: boolean): boolean {
  if (isAppUrl(url)) return true;
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol === 'data:' || parsed.protocol === 'blob:') return true; // images the page made itself
  return development && parsed.protocol === 'devtools:';
}

/** The single page never navigates: reloading itself is the only movement allowed. */
export function isNavigationAllowed(currentUrl: string, targetUrl: string): boolean {
  return isAppUrl(targetUrl) && parse(targetUrl)?.pathname === parse(currentUrl)?.pathname;
}

/** Camera, microphone, notifications, geolocation, clipboard-read, …: never. */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}

/**
 * What one idle sample means: lock for the system when the OS reports its screen locked (the
 * fallback where no lock-screen event comes), lock for idleness past the user's limit, else
 * nothing. `idleMinutes` null means the idle lock is off or the vault is already locked.
 */
export function idleLockReason(
  idleMinutes: number | null,
  systemState: 'active' | 'idle' | 'locked' | 'unknown',
  idleSeconds: number,
): 'system' | 'idle' | null {
  if (idleMinutes === null) return null;
  if (systemState === 'locked') return 'system';
  return idleSeconds >= idleMinutes * 60 ? 'idle' : null;
}

/** IPC is answered only for the app's own top frame. */
export function isTrustedSender(frameUrl: string | undefined, isMainFrame: boolean): boolean {
  return isMainFrame && frameUrl !== undefined && isAppUrl(frameUrl);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * Maps app://alcove/<path> to a file inside `rendererDir`, or null when the path leaves it
 * (traversal, encoded traversal, absolute or NUL tricks) or names an unknown kind of file.
 */
export function resolveAppFile(
  url: string,
  rendererDir: string,
): { file: string; contentType: string } | null {
  const parsed = parse(url);
  if (!parsed || !isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  const contentType = CONTENT_TYPES[path.extname(file).toLowerCase()];
  return contentType ? { file, contentType } : null;
}

/** The window's title: the app's name, or in discreet mode a dull word that reads the same in French. */
export const APP_WINDOW_TITLE = 'Alcove';
export const DISCREET_WINDOW_TITLE = 'Notes';

export interface WindowPrivacy {
  /** The title the window shows in the title bar, taskbar, dock menu and window switcher. */
  readonly title: string;
  /** Keep the window's content out of screenshots, screen sharing and the OS's window previews. */
  readonly contentProtection: boolean;
  /** Let the page's document.title become the window title (off: before the page sets it, index.html says "Alcove"). */
  readonly followPageTitle: boolean;
}

/** What discreet mode changes in the window itself, from the stored app preferences. */
export function windowPrivacy(preferences: { readonly discreet?: boolean | undefined }): WindowPrivacy {
  const discreet = preferences.discreet === true;
  return {
    title: discreet ? DISCREET_WINDOW_TITLE : APP_WINDOW_TITLE,
    contentProtection: discreet,
    followPageTitle: !discreet,
  };
}

/**
 * Lock and hide at once, from the window only (a menu accelerator, never a global shortcut:
 * another app must not be able to trigger it, and it must not steal the keys elsewhere).
 * The renderer listens for the same keys and locks through vault:lock, so a lock never waits
 * on the menu.
 */
export const QUICK_HIDE_ACCELERATOR = 'CmdOrCtrl+Shift+H';

/**
 * How the window is hidden: on macOS the whole app, as ⌘H does (no window left in Mission
 * Control or the window list); elsewhere the window itself, which leaves the taskbar too.
 * Starting the app again brings it back (the single-instance handler shows the window).
 */
export function quickHideAction(platform: string): 'hideApp' | 'hideWindow' {
  return platform === 'darwin' ? 'hideApp' : 'hideWindow';
}
