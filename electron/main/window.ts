import { BrowserWindow, nativeTheme } from 'electron';
import path from 'node:path';
import { APP_ENTRY } from './policy';

/** The one window, with every renderer hardening Electron offers (SECURITY.md's checklist). */
export function createMainWindow(preloadPath: string, development: boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 780,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Alcove',
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1a17' : '#faf7f2',
    autoHideMenuBar: true,
    webPreferences: {
      preload: path.resolve(preloadPath),
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
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY);
  return window;
}
