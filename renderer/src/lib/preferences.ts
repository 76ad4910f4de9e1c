import type { AppPreferences } from '../../../shared/domain/preferences';
import type { IpcResult } from '../../../shared/errors';
import { hasBridge, invoke } from './api';

/** Where each choice is cached in the page (in memory in the app; the core keeps the copy that lasts). */
const KEYS = {
  language: 'alcove.language',
  theme: 'alcove.theme',
  region: 'alcove.region',
  discreet: 'alcove.discreet',
  fontSize: 'alcove.fontSize',
} as const;

let asked: Promise<IpcResult<AppPreferences>> | null = null;

function stored(): Promise<IpcResult<AppPreferences>> {
  asked ??= invoke('prefs:get', undefined);
  return asked;
}

/** Asks the core for the stored choices early (boot.ts does, before React is even evaluated). */
export function askAppPreferences(): void {
  if (!hasBridge()) return;
  // Read by loadAppPreferences; a failure must not surface as an unhandled rejection first.
  stored().catch(() => undefined);
}

/**
 * Before the first render: the core's stored choices (language, theme, region, discreet mode, text size) become the
 * page's, so the app opens in the user's language and theme even though Chromium keeps nothing.
 */
export async function loadAppPreferences(): Promise<void> {
  if (!hasBridge()) return;
  try {
    const result = await stored();
    if (!result.ok) return;
    for (const [key, storageKey] of Object.entries(KEYS) as Array<[keyof typeof KEYS, string]>) {
      const value = result.value[key];
      if (value !== undefined) localStorage.setItem(storageKey, String(value));
    }
  } catch {
    // Defaults then; nothing depends on it.
  }
}

/** Remembers a choice beyond this session (best effort: a failure only loses the choice). */
export function rememberPreference(patch: AppPreferences): void {
  if (!hasBridge()) return;
  void invoke('prefs:set', patch).catch(() => undefined);
}
