import { hasBridge } from './lib/api';
import { askAppPreferences } from './lib/preferences';
import { askVaultStatus } from './lib/vaultStatus';

/**
 * The first module main.tsx imports, so it runs before React and the app are evaluated: the two
 * answers the first screen waits for (the stored choices, the vault's state) are asked for now,
 * and the core works on them while the rest of the page's code is parsed and run.
 */
if (hasBridge()) {
  askAppPreferences();
  askVaultStatus();
}
