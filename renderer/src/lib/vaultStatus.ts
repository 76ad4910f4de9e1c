import type { Output } from '../../../shared/ipc/contract';
import { call } from './api';

let first: Promise<Output<'vault:status'>> | null = null;
let answered: Output<'vault:status'> | null = null;

/**
 * Asks the core for the vault's state before the first render, at the same time as the
 * preferences, so the unlock screen waits for one round trip instead of two in a row.
 */
export function askVaultStatus(): void {
  first ??= call('vault:status', undefined);
  // A failure is handled by whoever takes it; it must not surface as an unhandled rejection first.
  first.then(
    (status) => (answered = status),
    () => undefined,
  );
}

/**
 * Settles with the first answer, failed or not. main.tsx renders after it, so the first render is
 * already the right screen (unlock, create) instead of "Loading…" and a second render.
 */
export function firstVaultStatusSettled(): Promise<void> {
  return (first ?? Promise.resolve()).then(
    () => undefined,
    () => undefined,
  );
}

/** The first answer if it has arrived (for the first render's state), else null. */
export function answeredVaultStatus(): Output<'vault:status'> | null {
  return answered;
}

/** That first answer, once (null afterwards: later readers ask again, for a fresh state). */
export function takeFirstVaultStatus(): Promise<Output<'vault:status'>> | null {
  const taken = first;
  first = null;
  answered = null; // it describes the vault at start only; nothing later may read it as current
  return taken;
}
