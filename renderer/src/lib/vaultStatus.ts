import type { Output } from '../../../shared/ipc/contract';
import { call } from './api';

let first: Promise<Output<'vault:status'>> | null = null;

/**
 * Asks the core for the vault's state before the first render, at the same time as the
 * preferences, so the unlock screen waits for one round trip instead of two in a row.
 */
export function askVaultStatus(): void {
  first ??= call('vault:status', undefined);
  // Handled by whoever takes it; a failure here must not surface as an unhandled rejection first.
  first.catch(() => undefined);
}

/** That first answer, once (null afterwards: later readers ask again, for a fresh state). */
export function takeFirstVaultStatus(): Promise<Output<'vault:status'>> | null {
  const taken = first;
  first = null;
  return taken;
}
