import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Core } from '../core/createCore';

/** A small native menu: editing roles, and Lock (Ctrl/Cmd+L). No links to the web. */
export function installMenu(core: Core, development: boolean): void {
  const isMac = process.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'Journal',
      submenu: [
        { label: 'Lock', accelerator: 'CmdOrCtrl+L', click: () => void core.lock('manual') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        ...(development ? [{ role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
