import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { filesWithText } from '../../support/diskSearch';
import { createCore, type Core, type CoreOptions } from '../../../electron/core/createCore';
import { dispatch } from '../../../electron/core/dispatch';
import { folderDialogs } from '../../bridge/folderDialogs';
import type { Channel, EventName, EventPayload, Input, Output } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/errors';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
/** Built by tests/support/build-vault-worker.ts (vitest globalSetup) before any test runs. */
export const WORKER_PATH = path.join(REPO_ROOT, 'dist/electron/vaultWorker.cjs');

export function makeTempDir(prefix = 'alcove-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface Harness {
  readonly core: Core;
  readonly dataDir: string;
  readonly events: Array<{ event: EventName; payload: unknown }>;
  readonly clock: { ms: number };
  /** Where the stand-in dialogs save and open backups. */
  readonly dialogDir: string;
  /** The answer the stand-in gives when a restore asks to replace the vault. */
  readonly confirmations: { answer: boolean };
  call<C extends Channel>(channel: C, input: Input<C>): Promise<IpcResult<Output<C>>>;
  /**
   * Unlocks (throwing unless it succeeds), asks for the first page of the timeline as the
   * journal does (the worker's background work waits for it), then waits for the integrity
   * check that runs in the background, and returns its verdict.
   */
  unlockVerdict(credentials: Input<'vault:unlock'>): Promise<'verified' | 'mismatch'>;
  /** Like call, but throws unless the envelope is ok. */
  value<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  dispose(): Promise<void>;
}

/**
 * A real core (real worker, SQLite file, libsodium) on a fresh temp folder, called through dispatch.
 * `extra` sets the few options a test may change (automatic backups' timing, reminders, the
 * preferences hook).
 */
export function startCore(
  dataDir = makeTempDir(),
  dialogDir = makeTempDir('alcove-files-'),
  extra: Pick<CoreOptions, 'autoBackupTiming' | 'reminders' | 'onPreferencesChanged'> = {},
): Harness {
  const events: Harness['events'] = [];
  const confirmations = { answer: true };
  const clock = { ms: Date.parse('2026-03-01T09:00:00.000Z') };
  const core = createCore({
    dataDir,
    workerPath: WORKER_PATH,
    kdfProfile: 'floor',
    now: () => new Date(clock.ms),
    emit: <E extends EventName>(event: E, payload: EventPayload<E>) => events.push({ event, payload }),
    dialogs: folderDialogs(dialogDir, () => confirmations.answer),
    ...extra,
  });
  const call = <C extends Channel>(channel: C, input: Input<C>) =>
    dispatch(core.handlers, channel, input) as Promise<IpcResult<Output<C>>>;
  return {
    core,
    dataDir,
    events,
    clock,
    dialogDir,
    confirmations,
    call,
    async value(channel, input) {
      const result = await call(channel, input);
      if (!result.ok) throw new Error(`${channel} failed: ${result.error.code} ${result.error.message}`);
      return result.value;
    },
    async unlockVerdict(credentials) {
      const status = await this.value('vault:unlock', credentials);
      if (status.state !== 'unlocked') throw new Error(`unlock left the vault ${status.state}`);
      await call('entries:list', { limit: 50 });
      for (;;) {
        const { integrity } = await this.value('vault:status', undefined);
        if (integrity === 'verified' || integrity === 'mismatch') return integrity;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    },
    async dispose() {
      await core.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(dialogDir, { recursive: true, force: true });
    },
  };
}

export { readTree } from '../../support/diskSearch';

/** Files under `dir` containing any needle (UTF-8 or UTF-16LE), as "file: needle". */
export function filesContaining(dir: string, needles: readonly string[]): string[] {
  return needles.flatMap((needle) => filesWithText(dir, needle).map((file) => `${file}: ${needle}`));
}

/**
 * Opens the vault file directly with SQLite, as an attacker, a backup tool or a failing disk
 * would, runs `edit`, and closes it. Use while the app holds the vault locked (or read-only).
 */
export function withRawVault<T>(dataDir: string, edit: (db: BetterSqlite3.Database) => T): T {
  const db = new BetterSqlite3(path.join(dataDir, 'vault', 'journal.db'));
  try {
    return edit(db);
  } finally {
    db.close();
  }
}
