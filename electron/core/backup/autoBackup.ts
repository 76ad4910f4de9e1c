import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import type {
  AutoBackupAttempt,
  AutoBackupFrequency,
  AutoBackupProblem,
  AutoBackupRecord,
} from '../../../shared/domain/autoBackup';
import { readHeader } from './backupHeader';

/**
 * Scheduled automatic backups (plain Node, main thread). While the vault is unlocked, a timer
 * asks whether a backup is due; when it is, the vault worker writes one (to a temporary name,
 * synced, then renamed: see backupFile.ts) and the oldest automatic backups of this journal
 * beyond the chosen number are removed. Nothing else in the folder is ever touched.
 */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

/**
 * How long after the last backup the next one is due. A little under the period: someone who
 * opens the journal each morning for a few minutes should get one every morning, not every
 * other one because today's visit came ten minutes earlier than yesterday's.
 */
export const DUE_AFTER_MS: Readonly<Record<AutoBackupFrequency, number>> = {
  daily: 20 * HOUR_MS,
  weekly: 7 * DAY_MS - 4 * HOUR_MS,
};

/** Leaves the first minutes after unlock to the first screen and the search index. */
export const FIRST_CHECK_DELAY_MS = 30_000;
/** Then, while unlocked, looks again this often (and retries a failed backup). */
export const CHECK_EVERY_MS = HOUR_MS;
/** A temporary file this old is no write in progress: a write that was cut off (crash, power). */
const INTERRUPTED_AFTER_MS = HOUR_MS;

const PREFIX = 'alcove-auto-';
const EXTENSION = '.alcove';
const PART_SUFFIX = '.part';
/** alcove-auto-2026-11-30T2140+0100.alcove: local time as on the clock, with its UTC offset. */
const NAME = /^alcove-auto-(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})([+-])(\d{2})(\d{2})\.alcove$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * The file name of an automatic backup written at `at`: the local time a person recognises, plus
 * the offset, so names stay unambiguous across daylight-saving changes and travel.
 */
export function autoBackupName(at: Date, offsetMinutes = -at.getTimezoneOffset()): string {
  const local = new Date(at.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const offset = Math.abs(offsetMinutes);
  return (
    `${PREFIX}${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}${pad(local.getUTCMinutes())}` +
    `${sign}${pad(Math.floor(offset / 60))}${pad(offset % 60)}${EXTENSION}`
  );
}

/** The instant an automatic backup's name says it was written; null for any other name. */
export function parseAutoBackupName(name: string): number | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [year, month, day, hours, minutes] = match.slice(1, 6).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const offset = (match[6] === '-' ? -1 : 1) * (Number(match[7]) * 60 + Number(match[8]));
  const instant = Date.UTC(year, month - 1, day, hours, minutes) - offset * 60_000;
  // Only names we could have written (no 25:00, no 31 February, no +99 offset).
  return autoBackupName(new Date(instant), offset) === name ? instant : null;
}

/**
 * Due when switched on with a folder and never written, or when the last one is old enough. A
 * last backup "in the future" means the clock moved back: trust nothing and write one.
 */
export function isDue(record: AutoBackupRecord, now: Date): boolean {
  if (!record.enabled || !record.folder) return false;
  if (record.lastWrittenAt === null) return true;
  const elapsed = now.getTime() - Date.parse(record.lastWrittenAt);
  return elapsed < 0 || elapsed >= DUE_AFTER_MS[record.frequency];
}

/** The folder must exist, be a folder, and be writable; never created (it may be an unplugged drive). */
export function checkFolder(folder: string): void {
  fs.opendirSync(folder).closeSync();
  fs.accessSync(folder, fs.constants.W_OK);
}

/** Opens without following a symbolic link (where the platform can say so). */
const NO_FOLLOW = fs.constants.O_NOFOLLOW ?? 0;

/**
 * The vault scope of an automatic backup at `file` when it is one of ours to manage: a regular
 * file (not a link), named as we name them, whose header parses as a vault-protected Alcove
 * backup. Null for anything else, which is then left alone.
 */
export function autoBackupScope(file: string): string | null {
  if (parseAutoBackupName(path.basename(file)) === null) return null;
  let fd: number | undefined;
  try {
    if (!fs.lstatSync(file).isFile()) return null;
    fd = fs.openSync(file, fs.constants.O_RDONLY | NO_FOLLOW);
    const { header } = readHeader(fd);
    return header.wrap === 'vault' ? header.scope : null;
  } catch {
    return null;
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

/**
 * Keeps the newest `keep` automatic backups of the journal `scope` in `folder` (always including
 * `justWritten`) and deletes the older ones. Manual backups, other journals' backups, links and
 * every other file are never touched. A file that cannot be deleted is kept and counted.
 * Returns the names of this journal's automatic backups left in the folder.
 */
export function rotateAutoBackups(options: {
  folder: string;
  keep: number;
  scope: string;
  justWritten: string;
}): string[] {
  const ours = fs
    .readdirSync(options.folder)
    .filter((name) => autoBackupScope(path.join(options.folder, name)) === options.scope)
    .map((name) => ({ name, at: parseAutoBackupName(name)! }))
    .sort((a, b) => b.at - a.at || b.name.localeCompare(a.name));
  // The one just written stays even if the clock says it is older than the others.
  const ordered = [
    ...ours.filter((f) => f.name === options.justWritten),
    ...ours.filter((f) => f.name !== options.justWritten),
  ];
  const kept = ordered.slice(0, Math.max(1, options.keep)).map((f) => f.name);
  for (const { name } of ordered.slice(Math.max(1, options.keep))) {
    try {
      fs.unlinkSync(path.join(options.folder, name));
    } catch {
      kept.push(name);
    }
  }
  return kept;
}

/**
 * Removes our own temporary files (`alcove-auto-….alcove.part`, regular files) left by a write
 * that was cut off — they never carry the final name, so they are never mistaken for a backup.
 */
export function sweepInterruptedWrites(folder: string, now: Date): void {
  for (const name of fs.readdirSync(folder)) {
    if (!name.endsWith(PART_SUFFIX)) continue;
    if (parseAutoBackupName(name.slice(0, -PART_SUFFIX.length)) === null) continue;
    const file = path.join(folder, name);
    try {
      const stat = fs.lstatSync(file);
      if (stat.isFile() && now.getTime() - stat.mtimeMs > INTERRUPTED_AFTER_MS) fs.unlinkSync(file);
    } catch {
      // gone meanwhile, or not ours to remove: leave it
    }
  }
}

const PROBLEMS: Readonly<Record<string, AutoBackupProblem>> = {
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  ENODEV: 'missing',
  ENXIO: 'missing',
  EACCES: 'not-allowed',
  EPERM: 'not-allowed',
  EROFS: 'not-allowed',
  ENOSPC: 'full',
  EDQUOT: 'full',
  EFBIG: 'full',
};

/** Why a backup failed, for the UI (problem) and the record (a technical message, no content). */
export function describeFailure(error: unknown): { problem: AutoBackupProblem; message: string } {
  let code: string | undefined;
  let message = 'unexpected failure';
  if (error instanceof AppError) {
    code = /\((E[A-Z0-9]+)\)/.exec(error.message)?.[1];
    message = error.message;
  } else if (error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string') {
    code = (error as NodeJS.ErrnoException).code;
    message = error.message;
  }
  return {
    problem: (code === undefined ? undefined : PROBLEMS[code]) ?? 'other',
    message: message.slice(0, 500),
  };
}

/** What the scheduler needs of the vault (the core passes the vault client's calls). */
export interface AutoBackupVault {
  read(): Promise<AutoBackupRecord>;
  record(attempt: AutoBackupAttempt): Promise<AutoBackupRecord>;
  /** Writes a backup protected by the vault's own keyslots to `destination`; returns its size. */
  write(destination: string): Promise<number>;
}

export interface AutoBackupSchedulerOptions {
  readonly vault: AutoBackupVault;
  readonly now: () => Date;
  /** Called after every attempt that could be recorded, with the record as it now stands. */
  readonly onAttempt?: (record: AutoBackupRecord) => void;
  readonly firstCheckDelayMs?: number;
  readonly checkEveryMs?: number;
}

/**
 * Runs automatic backups while the vault is unlocked: `start` on unlock, `stop` on lock. Never
 * in the way of unlocking (the first check waits a little) and never two at once.
 */
export class AutoBackupScheduler {
  readonly #options: AutoBackupSchedulerOptions;
  #timers: { first: NodeJS.Timeout; every: NodeJS.Timeout } | null = null;
  #current: Promise<AutoBackupAttempt | null> | null = null;
  /** Bumped on every start and stop, so an attempt from an earlier session records nothing. */
  #session = 0;

  constructor(options: AutoBackupSchedulerOptions) {
    this.#options = options;
  }

  get running(): boolean {
    return this.#current !== null;
  }

  start(): void {
    this.stop();
    const check = () => void this.backUpIfDue().catch(() => undefined);
    this.#timers = {
      first: setTimeout(check, this.#options.firstCheckDelayMs ?? FIRST_CHECK_DELAY_MS).unref(),
      every: setInterval(check, this.#options.checkEveryMs ?? CHECK_EVERY_MS).unref(),
    };
  }

  stop(): void {
    this.#session++;
    if (!this.#timers) return;
    clearTimeout(this.#timers.first);
    clearInterval(this.#timers.every);
    this.#timers = null;
  }

  /** Writes a backup if one is due; resolves with the attempt, or null when none was due. */
  backUpIfDue(): Promise<AutoBackupAttempt | null> {
    return this.#run(false);
  }

  /** Writes a backup now to the chosen folder, due or not (the user asked). */
  backUpNow(): Promise<AutoBackupAttempt | null> {
    return this.#run(true);
  }

  #run(force: boolean): Promise<AutoBackupAttempt | null> {
    // One at a time: whoever asks while one is being written gets that one.
    if (this.#current) return this.#current;
    const current = this.#attempt(force).finally(() => {
      if (this.#current === current) this.#current = null;
    });
    this.#current = current;
    return current;
  }

  async #attempt(force: boolean): Promise<AutoBackupAttempt | null> {
    const session = this.#session;
    const record = await this.#options.vault.read();
    const at = this.#options.now();
    const folder = record.folder;
    if (!folder || !(force || isDue(record, at))) return null;
    const fileName = autoBackupName(at);
    let attempt: AutoBackupAttempt;
    try {
      checkFolder(folder);
      const destination = path.join(folder, fileName);
      const bytes = await this.#options.vault.write(destination);
      const scope = autoBackupScope(destination);
      if (scope === null) throw new AppError('INTERNAL', 'the backup just written cannot be read back');
      const kept = rotateAutoBackups({ folder, keep: record.generations, scope, justWritten: fileName });
      sweepInterruptedWrites(folder, at);
      attempt = { outcome: 'written', at: at.toISOString(), fileName, bytes, kept: kept.length };
    } catch (error) {
      // Locked meanwhile: there is no vault to record in; the next unlock will try again.
      if (error instanceof AppError && error.code === 'VAULT_LOCKED') return null;
      attempt = { outcome: 'failed', at: at.toISOString(), fileName, ...describeFailure(error) };
    }
    if (session !== this.#session) return attempt;
    const saved = await this.#options.vault.record(attempt).catch(() => null);
    if (saved) this.#options.onAttempt?.(saved);
    return attempt;
  }
}
