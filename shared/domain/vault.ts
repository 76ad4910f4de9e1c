import { z } from 'zod';

/** The core refuses shorter passphrases outright; the UI adds a real strength estimate on top. */
export const MIN_PASSPHRASE_CHARS = 8;
export const MAX_PASSPHRASE_CHARS = 1024;

export const NewPassphraseSchema = z.string().min(MIN_PASSPHRASE_CHARS).max(MAX_PASSPHRASE_CHARS);
export const PassphraseSchema = z.string().min(1).max(MAX_PASSPHRASE_CHARS);

export const VaultStateSchema = z.enum(['none', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof VaultStateSchema>;

export const VaultStatusSchema = z.object({ state: VaultStateSchema });
export type VaultStatus = z.infer<typeof VaultStatusSchema>;

export const LockReasonSchema = z.enum(['manual', 'idle', 'system', 'quit']);
export type LockReason = z.infer<typeof LockReasonSchema>;
