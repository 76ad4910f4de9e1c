/**
 * The quick-hide shows the locked screen at once, but the core locks only once the pending
 * draft has been saved (see pendingDrafts.ts). An unlock typed in that moment must wait for
 * that lock, or the lock would land after it and close the journal just opened.
 */
let pending: Promise<void> = Promise.resolve();

/** Records a lock on its way to the core. */
export function lockOnItsWay(lock: Promise<unknown>): void {
  pending = lock.then(
    () => undefined,
    () => undefined,
  );
}

/** Resolves once the last lock sent has been answered (at once when there is none). */
export function lockSettled(): Promise<void> {
  return pending;
}
