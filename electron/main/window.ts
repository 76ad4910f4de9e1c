import { BrowserWindow, nativeTheme } from 'electron';
import path from 'node:path';
import { APP_ENTRY, APP_PARTITION, type WindowPrivacy } from './policy';
import { DEFAULT_WINDOW, MIN_WINDOW } from './windowState';
import { loadWindowPlacement, rememberWindowPlacement } from './windowStateFile';

/** The page background of renderer/src/styles/tokens.css (--bg), so the window never flashes. */
const BACKGROUND = { light: '#faf7f2', dark: '#1b1916' } as const;

/** The one window, with every renderer hardening Electron offers (SECURITY.md's checklist). */
export function createMainWindow(
  preloadPath: string,
  development: boolean,
  privacy: () => WindowPrivacy,
  placementFile: string,
): BrowserWindow {
  const placement = loadWindowPlacement(placementFile);
  const window = new BrowserWindow({
    ...(placement.bounds ?? DEFAULT_WINDOW),
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: privacy().title,
    backgroundColor: nativeTheme.shouldUseDarkColors ? BACKGROUND.dark : BACKGROUND.light,
    autoHideMenuBar: true,
    webPreferences: {
      preload: path.resolve(preloadPath),
      partition: APP_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: development,
      safeDialogs: true,
    },
  });
  // In discreet mode the page's own title (index.html says "Alcove" until the app starts) never
  // reaches the title bar, taskbar or window switcher.
  window.on('page-title-updated', (event) => {
    if (!privacy().followPageTitle) event.preventDefault();
  });
  window.setContentProtection(privacy().contentProtection);
  window.once('ready-to-show', () => {
    if (placement.maximized) window.maximize();
    window.show();
  });
  rememberWindowPlacement(window, placementFile);
  void window.loadURL(APP_ENTRY);
  return window;
}

/**
 * Applies discreet mode to the window. Content protection: on Windows (10 2004 and later) and
 * macOS the window's content is left out of screenshots, screen recording and sharing, and the
 * OS's previews (taskbar and Alt+Tab thumbnails, Mission Control); on Linux Electron has no way
 * to do this and the call does nothing, which the settings screen says.
 */
export function applyWindowPrivacy(window: BrowserWindow, privacy: WindowPrivacy): void {
  if (window.isDestroyed()) return;
  window.setContentProtection(privacy.contentProtection);
  // Leaving discreet mode: the page's title was held back while it was on, take it now.
  window.setTitle(privacy.followPageTitle ? window.webContents.getTitle() || privacy.title : privacy.title);
}
