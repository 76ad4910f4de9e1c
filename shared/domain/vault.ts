import { z } from 'zod';
import { MAX_PASSPHRASE_CHARS, MIN_PASSPHRASE_CHARS } from './passphraseLimits';

export { MAX_PASSPHRASE_CHARS, MIN_PASSPHRASE_CHARS };

export const NewPassphraseSchema = z.string().min(MIN_PASSPHRASE_CHARS).max(MAX_PASSPHRASE_CHARS);
export const PassphraseSchema = z.string().min(1).max(MAX_PASSPHRASE_CHARS);

export const VaultStateSchema = z.enum(['none', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof VaultStateSchema>;

/**
 * When unlocked, the verdict of the vault-wide integrity check: 'mismatch' means rows were
 * deleted, inserted or rolled back outside Alcove (or the disk failed) — the journal stays
 * readable, and the user is told and offered their backups.
 */
export const IntegrityVerdictSchema = z.enum(['verified', 'mismatch']);
export type IntegrityVerdict = z.infer<typeof IntegrityVerdictSchema>;
/** Right after unlock the check runs in the background ('checking'); 'vault:integrity' brings the verdict. */
export const IntegrityStateSchema = z.enum(['checking', 'verified', 'mismatch']);
export type IntegrityState = z.infer<typeof IntegrityStateSchema>;
export const VaultStatusSchema = z.object({
  state: VaultStateSchema,
  integrity: IntegrityStateSchema.optional(),
});
export type VaultStatus = z.infer<typeof VaultStatusSchema>;

export const LockReasonSchema = z.enum(['manual', 'idle', 'system', 'quit']);
export type LockReason = z.infer<typeof LockReasonSchema>;
