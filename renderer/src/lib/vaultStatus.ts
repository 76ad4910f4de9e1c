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

/**
 * The first answer, or null if it failed or was never asked for. main.tsx waits for it and hands
 * it to the first render, so that render is already the right screen (unlock, create) instead of
 * "Loading…" and a second render. A failure is left to the App, which takes the same answer.
 */
export function firstVaultStatus(): Promise<Output<'vault:status'> | null> {
  return (first ?? Promise.resolve(null)).catch(() => null);
}

/** That first answer, once (null afterwards: later readers ask again, for a fresh state). */
export function takeFirstVaultStatus(): Promise<Output<'vault:status'>> | null {
  const taken = first;
  first = null;
  return taken;
}
