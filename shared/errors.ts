/**
 * Error codes that cross the process boundary. A closed union: the renderer
 * translates each one, so adding a code is a deliberate, typed change.
 * Messages never carry journal text or secrets.
 */
export const ERROR_CODES = [
  'VALIDATION',
  'FORBIDDEN',
  'NO_VAULT',
  'VAULT_EXISTS',
  'VAULT_LOCKED',
  'BAD_PASSPHRASE',
  'RATE_LIMITED',
  'NOT_FOUND',
  'DAMAGED_RECORD',
  'VAULT_CORRUPT',
  'VAULT_TOO_NEW',
  /** A backup file that is not one, is truncated, damaged, altered, or has unsafe parameters. */
  'BAD_BACKUP',
  /**
   * An import file refused as a whole (nothing imported). The message starts with the problem's
   * key ('import.zipBomb: …', see IMPORT_PROBLEMS), which the UI translates.
   */
  'BAD_IMPORT',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorShape {
  readonly code: ErrorCode;
  /** Developer-facing detail in English; the UI shows its own translated text per code. */
  readonly message: string;
  /** For RATE_LIMITED: how long the caller must wait before trying again. */
  readonly retryAfterMs?: number;
}

export class AppError extends Error implements AppErrorShape {
  readonly code: ErrorCode;
  readonly retryAfterMs?: number;

  constructor(code: ErrorCode, message: string, options?: { retryAfterMs?: number; cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    if (options?.retryAfterMs !== undefined) this.retryAfterMs = options.retryAfterMs;
  }

  toShape(): AppErrorShape {
    return this.retryAfterMs === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, retryAfterMs: this.retryAfterMs };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

/** The envelope every IPC call returns: error codes survive the boundary, thrown errors would not. */
export type IpcResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: AppErrorShape };

export const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
export const fail = (error: AppErrorShape): IpcResult<never> => ({ ok: false, error });
