import { powerMonitor } from 'electron';
import type { Core } from '../core/createCore';
import { idleLockReason } from './policy';

export interface LockTriggerOptions {
  /**
   * Minutes of system idleness before locking, or null for never. Defaults to the user's choice
   * from the vault's settings (DEFAULT_IDLE_LOCK_MINUTES, 10, until they change it).
   */
  readonly idleMinutes?: () => number | null;
  /** How often idleness is sampled; the lock lands at most this late. */
  readonly pollMs?: number;
}

/**
 * Locks when the computer does: screen locked, system suspended or shutting down, and after
 * the idle time the user chose. Returns a function that removes every trigger.
 */
export function installLockTriggers(core: Core, options: LockTriggerOptions = {}): () => void {
  const idleMinutes = options.idleMinutes ?? (() => core.idleLockMinutes());
  const lockForSystem = () => void core.lock('system');
  powerMonitor.on('lock-screen', lockForSystem);
  powerMonitor.on('suspend', lockForSystem);
  powerMonitor.on('shutdown', lockForSystem);
  const timer = setInterval(() => {
    const minutes = idleMinutes();
    if (minutes === null) return;
    const reason = idleLockReason(
      minutes,
      powerMonitor.getSystemIdleState(minutes * 60),
      powerMonitor.getSystemIdleTime(),
    );
    if (reason) void core.lock(reason);
  }, options.pollMs ?? 30_000);
  return () => {
    clearInterval(timer);
    powerMonitor.off('lock-screen', lockForSystem);
    powerMonitor.off('suspend', lockForSystem);
    powerMonitor.off('shutdown', lockForSystem);
  };
}
