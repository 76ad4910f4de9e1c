import fs from 'node:fs';
import path from 'node:path';
import { AppPreferencesSchema, type AppPreferences } from '../../../shared/domain/preferences';

const FILE = 'preferences.json';
/** Far above a few short fields and four reminder times; a larger file is not ours and is ignored. */
const MAX_BYTES = 4096;

/**
 * The few choices needed before unlock (language, theme, region, discreet mode, reminders: see
 * shared/domain/preferences.ts), in clear beside the vault: the renderer's own storage is in
 * memory only (its session partition keeps nothing on disk).
 * Anything unreadable falls back to defaults; it is never a reason not to start.
 */
export function readAppPreferences(dataDir: string): AppPreferences {
  try {
    const file = path.join(dataDir, FILE);
    if (fs.statSync(file).size > MAX_BYTES) return {};
    const parsed = AppPreferencesSchema.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : {};
  } catch {
    return {};
  }
}

/** Merges `patch` and writes the file atomically (mode 0600); returns what is now stored. */
export function writeAppPreferences(dataDir: string, patch: AppPreferences): AppPreferences {
  const next = AppPreferencesSchema.parse({ ...readAppPreferences(dataDir), ...patch });
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, FILE);
  const partial = `${file}.part`;
  fs.writeFileSync(partial, JSON.stringify(next), { mode: 0o600 });
  fs.renameSync(partial, file);
  return next;
}
