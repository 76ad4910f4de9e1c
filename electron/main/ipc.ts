import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { fail } from '../../shared/errors';
import { CHANNELS, isEventName, type EventName, type EventPayload } from '../../shared/ipc/contract';
import { EVENT_CHANNEL } from '../../shared/ipc/channels';
import type { Core } from '../core/createCore';
import { dispatch } from '../core/dispatch';
import { isTrustedSender } from './policy';

const logger = {
  // Channel and error kind only: inputs may hold journal text and are never logged.
  error: (message: string, detail?: Record<string, unknown>) =>
    console.error(`[alcove] ${message}`, detail ?? ''),
};

/** One handler per contract channel: check the sender frame, then the single validating gate. */
export function registerIpc(core: Core): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) => {
      // senderFrame is null once the frame has navigated away or been destroyed: refused too.
      const frame = event.senderFrame;
      if (!isTrustedSender(frame?.url, frame !== null && frame.parent === null)) {
        return fail({ code: 'FORBIDDEN', message: 'untrusted sender' });
      }
      return dispatch(core.handlers, channel, input, logger);
    });
  }
}

/** Pushes a core event to the window's page. */
export function forwardEvent<E extends EventName>(
  window: BrowserWindow | null,
  event: E,
  payload: EventPayload<E>,
): void {
  if (!window || window.isDestroyed() || !isEventName(event)) return;
  window.webContents.send(EVENT_CHANNEL, { event, payload });
}
