import fs from 'node:fs';
import path from 'node:path';

/**
 * Where the vault lives under the data folder. Its own tiny module so the main thread can
 * check for a vault without loading the engine (libsodium, SQLite), which runs in the worker.
 */
export const VAULT_FILE = path.join('vault', 'journal.db');

export type UnlockMethod =
  { method: 'passphrase'; passphrase: string } | { method: 'recovery'; recoveryKey: string };

/** SQLite keeps a vault in up to three files; they always move together. */
const SQLITE_SUFFIXES = ['', '-wal', '-shm'] as const;

export function vaultFile(dataDir: string): string {
  return path.join(dataDir, VAULT_FILE);
}

/** A restored database being written, before it replaces the vault. */
export function restoringFile(dataDir: string): string {
  return `${vaultFile(dataDir)}.restoring`;
}

/** The vault that a restore replaced, kept until the restored one has been unlocked. */
function previousFile(dataDir: string): string {
  return `${vaultFile(dataDir)}.previous`;
}

export function discardRestoring(dataDir: string): void {
  for (const suffix of SQLITE_SUFFIXES) fs.rmSync(`${restoringFile(dataDir)}${suffix}`, { force: true });
}

/**
 * Moves the current vault aside (all its files, so an old WAL can never be replayed into the
 * restored database) and puts the restored file in its place. Each rename is atomic; a crash
 * between them is repaired by `repairInterruptedRestore`.
 */
export function swapInRestoredVault(dataDir: string): void {
  const current = vaultFile(dataDir);
  const previous = previousFile(dataDir);
  if (fs.existsSync(current)) {
    for (const suffix of SQLITE_SUFFIXES) fs.rmSync(`${previous}${suffix}`, { force: true });
    for (const suffix of SQLITE_SUFFIXES) {
      if (fs.existsSync(`${current}${suffix}`)) fs.renameSync(`${current}${suffix}`, `${previous}${suffix}`);
    }
  }
  fs.renameSync(restoringFile(dataDir), current);
  syncFolder(path.dirname(current));
}

/** After the first successful unlock of a restored vault, the one it replaced goes. */
export function discardPreviousVault(dataDir: string): void {
  for (const suffix of SQLITE_SUFFIXES) fs.rmSync(`${previousFile(dataDir)}${suffix}`, { force: true });
}

/**
 * At start-up: a restore interrupted between its two renames left no vault but a previous one —
 * put it back; a half-written restored file is discarded. Never leaves the user with nothing.
 */
export function repairInterruptedRestore(dataDir: string): void {
  const current = vaultFile(dataDir);
  const previous = previousFile(dataDir);
  if (!fs.existsSync(current) && fs.existsSync(previous)) {
    for (const suffix of SQLITE_SUFFIXES) {
      if (fs.existsSync(`${previous}${suffix}`)) fs.renameSync(`${previous}${suffix}`, `${current}${suffix}`);
    }
  }
  discardRestoring(dataDir);
}

function syncFolder(folder: string): void {
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Some platforms cannot fsync a directory; the renames are still atomic.
  }
}
