/**
 * The preload: the page's only way to the core. It exposes `window.alcove` (AlcoveBridge) with
 * the contract's channels and events and nothing else — never ipcRenderer itself. Inputs are
 * validated again in the main process; this list only keeps stray channels from leaving.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNEL_NAMES, EVENT_CHANNEL, EVENT_CHANNEL_NAMES } from '../../shared/ipc/channels';
import type { AlcoveBridge } from '../../shared/ipc/contract';

const channels = new Set<string>(CHANNEL_NAMES);
const events = new Set<string>(EVENT_CHANNEL_NAMES);

const bridge: AlcoveBridge = {
  host: 'electron',
  invoke(channel, input) {
    if (!channels.has(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'FORBIDDEN', message: 'unknown channel' } });
    }
    return ipcRenderer.invoke(channel, input);
  },
  on(event, listener) {
    if (!events.has(event)) return () => {};
    const handler = (_: unknown, message: { event?: unknown; payload?: unknown } | null) => {
      if (message?.event === event) listener(message.payload as never);
    };
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('alcove', bridge);
