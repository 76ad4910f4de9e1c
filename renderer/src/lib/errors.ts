import type { TFunction } from 'i18next';
import { CoreError } from './api';

/** A sentence for the user from any failure; never a stack trace. */
export function describeError(t: TFunction, error: unknown): string {
  if (error instanceof CoreError) {
    switch (error.code) {
      case 'RATE_LIMITED':
        return t('errors.RATE_LIMITED', { seconds: Math.ceil((error.retryAfterMs ?? 1000) / 1000) });
      case 'VALIDATION':
        return t('errors.VALIDATION', { message: error.message });
      case 'BAD_IMPORT': {
        // The message starts with the problem's key ('import.zipBomb: …'), which has its own words.
        const key = /^import\.([A-Za-z]+):/.exec(error.message)?.[1];
        return key
          ? t(`exchange.import.problems.${key}`, { defaultValue: t('errors.BAD_IMPORT') })
          : t('errors.BAD_IMPORT');
      }
      case 'BAD_PASSPHRASE':
      case 'VAULT_CORRUPT':
      case 'VAULT_TOO_NEW':
      case 'BAD_BACKUP':
      case 'VAULT_LOCKED':
      case 'NOT_FOUND':
      case 'DAMAGED_RECORD':
      case 'INTERNAL':
        return t(`errors.${error.code}`);
      default:
        return t('errors.generic', { message: error.message });
    }
  }
  return t('errors.INTERNAL');
}
