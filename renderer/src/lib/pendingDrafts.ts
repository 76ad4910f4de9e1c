/**
 * Writing that has not reached the vault yet, flushed before the journal locks.
 *
 * A composer registers a flusher while it holds unsaved text; the lock paths (the Lock button,
 * Ctrl/⌘+L, the quick-hide, the page closing) call `flushPendingDrafts` first. Each flusher
 * captures the text synchronously when called, so the page may drop the journal at once
 * afterwards: the save is already on its way.
 *
 * The wait is bounded. Locking matters more than a save that does not answer: someone hiding
 * the journal in a hurry must never be left with it open. A save takes milliseconds; one that
 * has not answered within the bound is broken, and waiting longer would not rescue the text.
 */
type Flusher = () => Promise<unknown>;

const flushers = new Set<Flusher>();

/** Registers a flusher; returns the function that removes it. */
export function registerPendingDraft(flush: Flusher): () => void {
  flushers.add(flush);
  return () => {
    flushers.delete(flush);
  };
}

/** How long a lock waits for pending saves at most. */
export const FLUSH_BOUND_MS = 3000;

/**
 * Starts every flusher now (synchronously), then resolves when all have settled or the bound
 * has passed, whichever comes first. Never rejects.
 */
export function flushPendingDrafts(boundMs = FLUSH_BOUND_MS): Promise<void> {
  if (flushers.size === 0) return Promise.resolve();
  const saves = [...flushers].map((flush) => {
    try {
      return flush().catch(() => undefined);
    } catch {
      return Promise.resolve();
    }
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const bound = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, boundMs);
  });
  return Promise.race([Promise.all(saves).then(() => undefined), bound]).finally(() => clearTimeout(timer));
}
