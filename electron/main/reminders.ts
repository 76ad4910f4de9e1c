import { Notification, powerMonitor, type BrowserWindow } from 'electron';
import type { ReminderMessage } from '../../shared/domain/reminders';
import type { Core } from '../core/createCore';

/** Shown until clicked or dismissed; held here so a click still finds its handler. */
const shown = new Set<Notification>();

/**
 * Shows a reminder as a local OS notification: fixed text only, no reply or actions. A click
 * brings the window forward and does nothing else: the vault stays as it was, locked or not.
 */
export function showReminder(message: ReminderMessage, window: () => BrowserWindow | null): void {
  if (!Notification.isSupported()) return;
  const notification = new Notification({ title: message.title, body: message.body, silent: false });
  const forget = () => shown.delete(notification);
  notification.on('click', () => {
    forget();
    const target = window();
    if (!target || target.isDestroyed()) return;
    if (target.isMinimized()) target.restore();
    target.show();
    target.focus();
  });
  notification.on('close', forget);
  notification.on('failed', forget);
  shown.add(notification);
  notification.show();
}

/** After sleep, the core looks at the clock at once instead of trusting a timer that slept too. */
export function installReminderWake(core: Core): () => void {
  const check = () => core.checkReminders();
  powerMonitor.on('resume', check);
  return () => powerMonitor.off('resume', check);
}
