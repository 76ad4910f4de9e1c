import { BrowserWindow, nativeTheme } from 'electron';
import path from 'node:path';
import { APP_ENTRY, APP_PARTITION } from './policy';

/** The page background of renderer/src/styles/tokens.css (--bg), so the window never flashes. */
const BACKGROUND = { light: '#faf7f2', dark: '#1b1916' } as const;

/** The one window, with every renderer hardening Electron offers (SECURITY.md's checklist). */
export function createMainWindow(preloadPath: string, development: boolean): BrowserWindow {
  const window = new BrowserWindow({
    width: 1100,
    height: 780,
    minWidth: 720,
    minHeight: 520,
    show: false,
    title: 'Alcove',
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
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY);
  return window;
}
