import { MIN_PASSPHRASE_CHARS } from '../../../shared/domain/passphraseLimits';

/**
 * What is wrong with a new passphrase and its repetition, as the key of the sentence that says
 * so ('create.tooShort', 'create.mismatch'), or null. Length first: a repetition of a passphrase
 * that will be refused anyway is not worth pointing out.
 */
export function newPassphraseProblem(next: string, repeated: string): 'tooShort' | 'mismatch' | null {
  if (next.length < MIN_PASSPHRASE_CHARS) return 'tooShort';
  if (next !== repeated) return 'mismatch';
  return null;
}
