import path from 'node:path';

/**
 * Where the vault lives under the data folder. Its own tiny module so the main thread can
 * check for a vault without loading the engine (libsodium, SQLite), which runs in the worker.
 */
export const VAULT_FILE = path.join('vault', 'journal.db');

export type UnlockMethod =
  { method: 'passphrase'; passphrase: string } | { method: 'recovery'; recoveryKey: string };
