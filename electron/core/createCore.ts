// STUB — replaced by the real composition root (vault worker, SQLite, libsodium).
import type { EventName, EventPayload, Handlers } from '../../shared/ipc/contract';
import type { LockReason } from '../../shared/domain/vault';

export interface CoreOptions {
  /** Folder that holds the vault (the app passes app.getPath('userData')). */
  readonly dataDir: string;
  /** Path of the built vault worker bundle (dist/electron/vaultWorker.cjs). */
  readonly workerPath: string;
  /** Pushes an event to the renderer(s). */
  readonly emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  readonly now?: () => Date;
}

export interface Core {
  /** One async function per contract channel; call through `dispatch`, which validates. */
  readonly handlers: Handlers;
  /** Lock from outside the renderer (idle timer, OS lock screen, suspend, quit). */
  lock(reason: LockReason): Promise<void>;
  /** Lock and release every resource; the core is unusable afterwards. */
  close(): Promise<void>;
}

export function createCore(_options: CoreOptions): Core {
  throw new Error('not implemented yet');
}
