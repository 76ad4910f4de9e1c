import type * as JournalModule from './Journal';

/**
 * The journal's code, fetched and parsed once. An unlock or a new vault starts it, so it loads
 * while Argon2id runs in the core instead of after; rendering the journal waits on the same promise.
 */
let journal: Promise<typeof JournalModule> | null = null;

export function loadJournal(): Promise<typeof JournalModule> {
  journal ??= import('./Journal');
  return journal;
}
