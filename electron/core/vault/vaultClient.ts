import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError } from '../../../shared/errors';
import type { IntegrityVerdict, LockReason, VaultStatus } from '../../../shared/domain/vault';
import type { KdfProfile } from './kdfCalibration';
import { discardPreviousVault, repairInterruptedRestore, VAULT_FILE, type UnlockMethod } from './vaultFiles';
import type {
  WorkerIntegrity,
  WorkerOp,
  WorkerOps,
  WorkerProgress,
  WorkerRequest,
  WorkerResponse,
} from './workerProtocol';

export interface VaultClientOptions {
  readonly dataDir: string;
  readonly workerPath: string;
  readonly kdfProfile: KdfProfile;
  readonly nowMs: () => number;
  readonly onLocked: (reason: LockReason) => void;
  readonly onProgress: (progress: WorkerProgress['progress']) => void;
  readonly onIntegrity: (verdict: IntegrityVerdict) => void;
}

/** Failed unlocks: the first three are free, then 1 s, 2 s, 4 s … capped at 5 minutes. */
const FREE_ATTEMPTS = 3;
const MAX_DELAY_MS = 5 * 60 * 1000;

export function unlockDelayMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_ATTEMPTS));
}

/** How long a lock waits for an in-flight write to be acknowledged before terminating the worker. */
const LOCK_GRACE_MS = 2000;

interface Session {
  readonly worker: Worker;
  readonly pending: Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void }>;
  unlocked: boolean;
  integrity: IntegrityVerdict | 'checking';
}

/**
 * Main-thread side of the vault. It holds no key and no plaintext beyond what passes through
 * a call: every secret lives in the worker, which exists only while the vault is unlocked (or
 * being unlocked) and is terminated on lock or on a failed unlock.
 */
export class VaultClient {
  readonly #options: VaultClientOptions;
  #session: Session | null = null;
  #nextId = 1;
  #failures = 0;
  #lastFailureAt = 0;
  #inflight: Promise<unknown> = Promise.resolve();

  constructor(options: VaultClientOptions) {
    this.#options = options;
    repairInterruptedRestore(options.dataDir);
  }

  get vaultFile(): string {
    return path.join(this.#options.dataDir, VAULT_FILE);
  }

  status(): VaultStatus {
    if (this.#session?.unlocked) return { state: 'unlocked', integrity: this.#session.integrity };
    return { state: fs.existsSync(this.vaultFile) ? 'locked' : 'none' };
  }

  async create(passphrase: string): Promise<string> {
    return this.#exclusive(async () => {
      if (fs.existsSync(this.vaultFile)) throw new AppError('VAULT_EXISTS', 'a vault already exists here');
      const session = this.#spawn();
      try {
        const { recoveryKey } = await this.#send(session, 'create', {
          dataDir: this.#options.dataDir,
          passphrase,
          profile: this.#options.kdfProfile,
        });
        session.unlocked = true;
        return recoveryKey;
      } catch (error) {
        await this.#terminate(session);
        throw error;
      }
    });
  }

  async unlock(credentials: UnlockMethod): Promise<void> {
    return this.#exclusive(async () => {
      if (this.#session?.unlocked) return;
      if (!fs.existsSync(this.vaultFile)) throw new AppError('NO_VAULT', 'no vault to unlock');
      this.#refuseWhileThrottled();
      const session = this.#spawn();
      try {
        // Until the worker's verdict arrives (it may arrive before this reply is processed).
        session.integrity = 'checking';
        await this.#countingFailures(() =>
          this.#send(session, 'unlock', { dataDir: this.#options.dataDir, credentials }),
        );
        session.unlocked = true;
        // A vault replaced by a restore is kept until the restored one has been opened once.
        discardPreviousVault(this.#options.dataDir);
      } catch (error) {
        // The worker ran the KDF and may hold its memory: discard it whatever happened.
        await this.#terminate(session);
        throw error;
      }
    });
  }

  /**
   * Replaces the vault with a verified backup (nothing changes unless the whole file checks
   * out). Only while locked. Wrong credentials count towards the unlock back-off. When the
   * backup was protected by the vault's own secrets, the restored vault is left unlocked.
   */
  async restore(file: string, credentials: UnlockMethod): Promise<{ unlocked: boolean }> {
    return this.#exclusive(async () => {
      if (this.#session?.unlocked)
        throw new AppError('FORBIDDEN', 'lock the vault before restoring a backup');
      this.#refuseWhileThrottled();
      const session = this.#spawn();
      try {
        session.integrity = 'checking';
        const { unlocked } = await this.#countingFailures(() =>
          this.#send(session, 'restore', { dataDir: this.#options.dataDir, file, credentials }),
        );
        if (!unlocked) {
          await this.#terminate(session);
          return { unlocked: false };
        }
        session.unlocked = true;
        return { unlocked: true };
      } catch (error) {
        await this.#terminate(session);
        throw error;
      }
    });
  }

  /**
   * Writes an encrypted backup; with `passphrase`, a separate backup passphrase protects it.
   * `task` names the progress events ('autoBackup' for the scheduled ones).
   */
  async writeBackup(
    destination: string,
    passphrase?: string,
    task: 'backup' | 'autoBackup' = 'backup',
  ): Promise<number> {
    return this.#exclusive(async () => {
      const session = this.#unlockedSession();
      const { bytes } = await this.#send(session, 'vault.writeBackup', {
        destination,
        passphrase,
        profile: this.#options.kdfProfile,
        task,
      });
      return bytes;
    });
  }

  /** Changes the passphrase; the current one is checked, with the same back-off as unlocking. */
  async changePassphrase(current: string, next: string): Promise<void> {
    return this.#exclusive(async () => {
      const session = this.#unlockedSession();
      this.#refuseWhileThrottled();
      await this.#countingFailures(() =>
        this.#send(session, 'vault.changePassphrase', { current, next, profile: this.#options.kdfProfile }),
      );
    });
  }

  /**
   * Checks the vault passphrase while unlocked (leaving the couple space), with the same
   * back-off as unlocking: the other partner at the keyboard cannot try guesses quickly.
   */
  async verifyPassphrase(passphrase: string): Promise<void> {
    return this.#exclusive(async () => {
      const session = this.#unlockedSession();
      this.#refuseWhileThrottled();
      await this.#countingFailures(() => this.#send(session, 'vault.verifyPassphrase', { passphrase }));
    });
  }

  async regenerateRecoveryKey(passphrase: string): Promise<string> {
    return this.#exclusive(async () => {
      const session = this.#unlockedSession();
      this.#refuseWhileThrottled();
      const { recoveryKey } = await this.#countingFailures(() =>
        this.#send(session, 'vault.regenerateRecoveryKey', { passphrase }),
      );
      return recoveryKey;
    });
  }

  /** Re-encrypts everything under a new data key; returns the new recovery key (the old one stops working). */
  async rotateDataKey(passphrase: string): Promise<string> {
    return this.#exclusive(async () => {
      const session = this.#unlockedSession();
      this.#refuseWhileThrottled();
      const { recoveryKey } = await this.#countingFailures(() =>
        this.#send(session, 'vault.rotateDataKey', { passphrase, profile: this.#options.kdfProfile }),
      );
      return recoveryKey;
    });
  }

  #unlockedSession(): Session {
    const session = this.#session;
    if (!session?.unlocked) throw new AppError('VAULT_LOCKED', 'the vault is locked');
    return session;
  }

  #refuseWhileThrottled(): void {
    const wait = this.#lastFailureAt + unlockDelayMs(this.#failures) - this.#options.nowMs();
    if (wait > 0)
      throw new AppError('RATE_LIMITED', 'too many attempts; wait before trying again', {
        retryAfterMs: wait,
      });
  }

  /** Runs a passphrase check; wrong answers count towards the back-off, a right one resets it. */
  async #countingFailures<T>(attempt: () => Promise<T>): Promise<T> {
    try {
      const result = await attempt();
      this.#failures = 0;
      return result;
    } catch (error) {
      if (error instanceof AppError && error.code === 'BAD_PASSPHRASE') {
        this.#failures += 1;
        this.#lastFailureAt = this.#options.nowMs();
        const retryAfterMs = unlockDelayMs(this.#failures);
        if (retryAfterMs > 0) throw new AppError('BAD_PASSPHRASE', error.message, { retryAfterMs });
      }
      throw error;
    }
  }

  /** Runs one vault operation; VAULT_LOCKED when there is no unlocked vault. */
  async call<O extends Exclude<WorkerOp, 'create' | 'unlock' | 'restore' | 'close' | `vault.${string}`>>(
    op: O,
    args: WorkerOps[O]['args'],
  ): Promise<WorkerOps[O]['result']> {
    return this.#exclusive(async () => this.#send(this.#unlockedSession(), op, args));
  }

  /** Locks now: waits briefly for an in-flight write, then terminates the worker. */
  async lock(reason: LockReason): Promise<void> {
    const session = this.#session;
    if (!session) return;
    await Promise.race([this.#inflight.catch(() => undefined), delay(LOCK_GRACE_MS)]);
    if (this.#session !== session) return;
    const wasUnlocked = session.unlocked;
    session.unlocked = false;
    // Locked from here on (every call answers VAULT_LOCKED): tell the renderer to drop its state
    // now, not after the worker has written its snapshots and exited.
    if (wasUnlocked) this.#options.onLocked(reason);
    await Promise.race([this.#send(session, 'close', null).catch(() => undefined), delay(LOCK_GRACE_MS)]);
    await this.#terminate(session);
  }

  /** Serialises calls: the worker handles one request at a time and lock waits for the current one. */
  #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#inflight.catch(() => undefined).then(task);
    this.#inflight = run;
    return run;
  }

  #spawn(): Session {
    const worker = new Worker(this.#options.workerPath);
    const session: Session = { worker, pending: new Map(), unlocked: false, integrity: 'verified' };
    worker.on('message', (message: WorkerResponse | WorkerProgress | WorkerIntegrity) => {
      if ('progress' in message) {
        this.#options.onProgress(message.progress);
        return;
      }
      if ('integrity' in message) {
        session.integrity = message.integrity;
        this.#options.onIntegrity(message.integrity);
        return;
      }
      const response = message;
      const waiter = session.pending.get(response.id);
      if (!waiter) return;
      session.pending.delete(response.id);
      if (response.ok) waiter.resolve(response.value);
      else waiter.reject(new AppError(response.error.code, response.error.message, response.error));
    });
    const failAll = (error: AppError) => {
      for (const waiter of session.pending.values()) waiter.reject(error);
      session.pending.clear();
    };
    worker.on('error', () => failAll(new AppError('INTERNAL', 'the vault worker failed')));
    worker.on('exit', () => {
      failAll(new AppError('VAULT_LOCKED', 'the vault was locked'));
      if (this.#session === session) {
        const wasUnlocked = session.unlocked;
        this.#session = null;
        if (wasUnlocked) this.#options.onLocked('system');
      }
    });
    this.#session = session;
    return session;
  }

  #send<O extends WorkerOp>(
    session: Session,
    op: O,
    args: WorkerOps[O]['args'],
  ): Promise<WorkerOps[O]['result']> {
    const id = this.#nextId++;
    const request: WorkerRequest<O> = { id, op, args };
    return new Promise((resolve, reject) => {
      session.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      session.worker.postMessage(request);
    });
  }

  async #terminate(session: Session): Promise<void> {
    session.unlocked = false;
    if (this.#session === session) this.#session = null;
    await session.worker.terminate();
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}
