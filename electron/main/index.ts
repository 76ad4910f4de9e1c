/**
 * The Electron adapter's entry point: lifecycle only. Every decision lives in policy.ts (pure,
 * tested) and every journal operation in the core (plain Node, tested); this file wires them.
 */
import { app, type BrowserWindow } from 'electron';
import path from 'node:path';
import { createCore } from '../core/createCore';
import { registerAppScheme, serveAppFiles } from './appProtocol';
import { forwardEvent, registerIpc } from './ipc';
import { installLockTriggers } from './lockTriggers';
import { installMenu } from './menu';
import { isNavigationAllowed } from './policy';
import { hardenSession } from './sessionHardening';
import { createMainWindow } from './window';

const development = !app.isPackaged;

// Chromium's own phoning home, off before anything starts.
for (const flag of [
  'disable-background-networking',
  'disable-component-update',
  'disable-domain-reliability',
  'disable-breakpad',
  'disable-sync',
  'disable-client-side-phishing-detection',
  'no-pings',
]) {
  app.commandLine.appendSwitch(flag);
}
app.commandLine.appendSwitch(
  'disable-features',
  'AutofillServerCommunication,MediaRouter,OptimizationHints,Translate',
);
app.enableSandbox();

// Tests (and only unpackaged runs) may point the vault elsewhere.
if (development && process.env.ALCOVE_USER_DATA_DIR)
  app.setPath('userData', process.env.ALCOVE_USER_DATA_DIR);

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  // The worker is loaded by path: in a packaged app it sits unpacked beside the asar archive.
  const here = __dirname.replace(`app.asar${path.sep}`, `app.asar.unpacked${path.sep}`);
  const core = createCore({
    dataDir: app.getPath('userData'),
    workerPath: path.join(here, 'vaultWorker.cjs'),
    emit: (event, payload) => forwardEvent(window, event, payload),
  });

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isNavigationAllowed(contents.getURL(), url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isNavigationAllowed(contents.getURL(), url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(() => {
    hardenSession(development);
    serveAppFiles(path.join(__dirname, '..', 'renderer'));
    registerIpc(core);
    installMenu(core, development);
    installLockTriggers(core);
    window = createMainWindow(path.join(__dirname, 'preload.cjs'), development);
    window.on('closed', () => (window = null));
  });

  app.on('window-all-closed', () => app.quit());

  // Lock (terminating the vault worker) before quitting, whatever triggered the quit.
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    void core.close().finally(() => app.quit());
  });
}
