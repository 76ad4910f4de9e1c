import { powerMonitor } from 'electron';
import type { Core } from '../core/createCore';

const IDLE_POLL_MS = 30_000;

/**
 * Locks when the computer does: screen locked or system suspended, and after the idle time the
 * user chose (read from the vault's settings through the core; none while locked).
 */
export function installLockTriggers(core: Core): () => void {
  const lockForSystem = () => void core.lock('system');
  powerMonitor.on('lock-screen', lockForSystem);
  powerMonitor.on('suspend', lockForSystem);
  const timer = setInterval(() => {
    const minutes = core.idleLockMinutes();
    if (minutes !== null && powerMonitor.getSystemIdleTime() >= minutes * 60) void core.lock('idle');
  }, IDLE_POLL_MS);
  return () => {
    clearInterval(timer);
    powerMonitor.off('lock-screen', lockForSystem);
    powerMonitor.off('suspend', lockForSystem);
  };
}
