import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { registerPendingDraft } from '../../lib/pendingDrafts';

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved'; at: Date } | { kind: 'failed'; error: unknown };

export const AUTOSAVE_DELAY_MS = 1000;

interface Options<D, E extends { id: string }> {
  /** The draft as it is now; read when a save starts, so it must never be stale (use refs). */
  getDraft: () => D;
  /** Changes whenever the draft does (a serialisation): what is compared with what was sent. */
  keyOf: (draft: D) => string;
  /** Whether this draft may be saved at all (a new entry needs some text first). */
  canSave: (draft: D) => boolean;
  /** Creates the entry (id null) or updates it. */
  persist: (id: string | null, draft: D) => Promise<E>;
  /** The entry being edited, if any. */
  initialId: string | null;
  /** The key of the draft the composer opened with: nothing to save until it changes. */
  initialKey: string;
  /** The current key, to schedule the next save when it changes. */
  currentKey: string;
  delayMs?: number;
}

/**
 * Saves a draft a moment after typing pauses. The first save of a new entry creates it, later
 * ones update it. One save at a time; when it lands, the text it sent is what is marked saved,
 * so words typed meanwhile are never taken for saved (the next save sends them). The draft is
 * also registered for the lock paths, and flushed when the composer goes away.
 */
export function useAutosave<D, E extends { id: string }>(options: Options<D, E>) {
  const { delayMs = AUTOSAVE_DELAY_MS, currentKey } = options;
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const opts = useRef(options);
  useLayoutEffect(() => {
    opts.current = options;
  });
  const idRef = useRef<string | null>(options.initialId);
  const savedKey = useRef(options.initialKey);
  const lastEntry = useRef<E | null>(null);
  const inFlight = useRef<Promise<unknown> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  /** Set when the user discards the edit: nothing more is saved, not even on unmount. */
  const discarded = useRef(false);

  const clearTimer = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };

  /**
   * Saves until what is saved is what is on screen; resolves with the entry (null when there
   * was nothing to save and no entry yet). Rejects when a save fails. `force` creates a new
   * entry even without text (an image needs an entry to belong to).
   */
  const saveNow = useCallback(async (force = false): Promise<E | null> => {
    clearTimer();
    for (;;) {
      if (discarded.current) return lastEntry.current;
      if (inFlight.current) {
        await inFlight.current.catch(() => undefined);
        continue;
      }
      const { getDraft, keyOf, canSave, persist } = opts.current;
      const draft = getDraft();
      const key = keyOf(draft);
      const needed = force && idRef.current === null;
      if (!needed && (key === savedKey.current || !canSave(draft))) return lastEntry.current;
      setState({ kind: 'saving' });
      const sending = persist(idRef.current, draft).then((entry) => {
        idRef.current = entry.id;
        savedKey.current = key;
        lastEntry.current = entry;
      });
      inFlight.current = sending;
      try {
        await sending;
        setState({ kind: 'saved', at: new Date() });
      } catch (error) {
        setState({ kind: 'failed', error });
        throw error;
      } finally {
        inFlight.current = null;
      }
    }
  }, []);

  // Typing paused: save a moment later.
  useEffect(() => {
    if (discarded.current || currentKey === savedKey.current) return;
    clearTimer();
    timer.current = setTimeout(() => {
      timer.current = null;
      saveNow().catch(() => undefined); // the state shows it, with a retry
    }, delayMs);
  }, [currentKey, delayMs, saveNow]);

  // Registered for the lock paths; flushed (not awaited) when the composer leaves the page.
  useEffect(() => {
    const unregister = registerPendingDraft(() => saveNow());
    return () => {
      unregister();
      clearTimer();
      saveNow().catch(() => undefined);
    };
  }, [saveNow]);

  /**
   * Stops saving and waits for a save on its way; resolves with the id of the entry and
   * whether anything was saved since the composer opened (to put the original back).
   */
  const discard = useCallback(async () => {
    discarded.current = true;
    clearTimer();
    await inFlight.current?.catch(() => undefined);
    return { id: idRef.current, changed: savedKey.current !== opts.current.initialKey };
  }, []);

  return { state, saveNow, discard, entryId: () => idRef.current };
}
