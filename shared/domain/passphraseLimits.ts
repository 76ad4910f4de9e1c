/**
 * The core refuses shorter passphrases outright; the UI adds a real strength estimate on top.
 * Plain constants, apart from vault.ts's schemas: the create-vault screen checks them before the
 * schema library is loaded.
 */
export const MIN_PASSPHRASE_CHARS = 8;
export const MAX_PASSPHRASE_CHARS = 1024;
