/**
 * The Electron adapter's entry point: lifecycle only. Every decision lives in policy.ts (pure,
 * tested) and every journal operation in the core (plain Node, tested); this file wires them.
 */
import { app, session, type BrowserWindow } from 'electron';
import path from 'node:path';
import { createCore } from '../core/createCore';
import { registerAppScheme, serveAppFiles } from './appProtocol';
import { forwardEvent, registerIpc } from './ipc';
import { installLockTriggers } from './lockTriggers';
import { installMenu } from './menu';
import { APP_PARTITION, isNavigationAllowed, quickHideAction, windowPrivacy } from './policy';
import { hardenSession } from './sessionHardening';
import { applyWindowPrivacy, createMainWindow } from './window';
import { electronDialogs } from './dialogs';
import { installReminderWake, showReminder } from './reminders';

const development = !app.isPackaged;
/** How long quitting waits for the vault worker to lock before exiting anyway (which also ends it). */
const QUIT_LOCK_TIMEOUT_MS = 5_000;

// Chromium's own phoning home, off before anything starts. No crashReporter.start(), no autoUpdater.
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
// Chromium's own files go to a subfolder, so userData/vault holds the journal and nothing else sits beside it.
app.setPath('sessionData', path.join(app.getPath('userData'), 'Chromium'));

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same vault: focus the first instead (see 'second-instance').
  app.quit();
} else {
  let window: BrowserWindow | null = null;
  const core = createCore({
    dataDir: app.getPath('userData'),
    // Worker threads read from app.asar since Electron 17.3, so the worker stays inside the
    // integrity-checked archive; only better-sqlite3's native binary is unpacked.
    workerPath: path.join(__dirname, 'vaultWorker.cjs'),
    emit: (event, payload) => forwardEvent(window, event, payload),
    dialogs: electronDialogs(() => window),
    reminders: {
      notify: (message) => showReminder(message, () => window),
      systemLocale: () => app.getLocale(),
    },
    onPreferencesChanged: (preferences) => {
      if (window) applyWindowPrivacy(window, windowPrivacy(preferences));
    },
  });

  /** Lock and hide, at once: the lock does not wait for the window, nor the window for the lock. */
  const quickHide = () => {
    void core.lock('manual');
    if (quickHideAction(process.platform) === 'hideApp') app.hide();
    else window?.hide();
  };

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    if (!window.isVisible()) window.show(); // after "Lock and hide"
    window.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    // The single page never goes anywhere: top frame, subframes and server redirects alike.
    const guard = (event: { url: string; preventDefault(): void }) => {
      if (!isNavigationAllowed(contents.getURL(), event.url)) event.preventDefault();
    };
    contents.on('will-navigate', guard);
    contents.on('will-frame-navigate', guard);
    contents.on('will-redirect', guard);
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });

  void app.whenReady().then(() => {
    const appSession = session.fromPartition(APP_PARTITION);
    hardenSession(appSession, development);
    hardenSession(session.defaultSession, development);
    serveAppFiles(appSession, path.join(__dirname, '..', 'renderer'));
    registerIpc(core);
    installMenu(core, development, quickHide, () => forwardEvent(window, 'menu:search', {}));
    installLockTriggers(core);
    installReminderWake(core);
    window = createMainWindow(
      path.join(__dirname, 'preload.cjs'),
      development,
      () => windowPrivacy(core.appPreferences()),
      // Size, position and maximised only: nothing of the journal (windowState.ts).
      path.join(app.getPath('userData'), 'window-state.json'),
    );
    window.on('closed', () => (window = null));
  });

  app.on('window-all-closed', () => app.quit());

  // Lock (terminating the vault worker) before quitting, whatever triggered the quit.
  let closing = false;
  app.on('before-quit', (event) => {
    if (closing) return;
    closing = true;
    event.preventDefault();
    const timeout = new Promise<void>((resolve) => setTimeout(resolve, QUIT_LOCK_TIMEOUT_MS));
    void Promise.race([core.close(), timeout])
      .catch(() => undefined)
      .finally(() => app.quit());
  });
}
