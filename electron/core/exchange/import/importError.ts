import type { ImportProblem } from '../../../../shared/exchange/importResult';

/**
 * A file refused as a whole: nothing of it is imported. `messageKey` is what the renderer
 * translates; `message` is English detail for the log (a position in the file, a limit; never
 * journal text).
 *
 * It is not an AppError yet: shared/errors.ts has no code for it. Once a BAD_IMPORT code exists
 * there, this class should become `new AppError('BAD_IMPORT', …)` carrying the key.
 */
export class ImportError extends Error {
  readonly code = 'BAD_IMPORT' as const;
  readonly messageKey: ImportProblem;

  constructor(messageKey: ImportProblem, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ImportError';
    this.messageKey = messageKey;
  }
}
