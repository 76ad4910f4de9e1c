import { app, Menu, type MenuItemConstructorOptions } from 'electron';
import type { Core } from '../core/createCore';
import { QUICK_HIDE_ACCELERATOR } from './policy';

/** The labels we write ourselves; roles (copy, paste, zoom…) get Electron's own. */
const LABELS = {
  en: { journal: 'Journal', search: 'Search…', lock: 'Lock', quickHide: 'Lock and hide', view: 'View' },
  fr: {
    journal: 'Journal',
    search: 'Rechercher…',
    lock: 'Verrouiller',
    quickHide: 'Verrouiller et masquer',
    view: 'Affichage',
  },
} as const;

/**
 * A small native menu: editing roles, Search… (Ctrl/Cmd+K, `openSearch` tells the page, which
 * opens its palette only while the journal shows), Lock (Ctrl/Cmd+L) and Lock and hide
 * (Ctrl/Cmd+Shift+H, `quickHide`). No Help, no links to the web.
 */
export function installMenu(
  core: Core,
  development: boolean,
  quickHide: () => void,
  openSearch: () => void,
): void {
  const isMac = process.platform === 'darwin';
  const labels = app.getLocale().toLowerCase().startsWith('fr') ? LABELS.fr : LABELS.en;
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: labels.journal,
      submenu: [
        { label: labels.search, accelerator: 'CmdOrCtrl+K', click: openSearch },
        { type: 'separator' },
        { label: labels.lock, accelerator: 'CmdOrCtrl+L', click: () => void core.lock('manual') },
        { label: labels.quickHide, accelerator: QUICK_HIDE_ACCELERATOR, click: quickHide },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: labels.view,
      submenu: [
        ...(development ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
