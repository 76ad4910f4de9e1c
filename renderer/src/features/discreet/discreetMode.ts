import { useEffect, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

/** The page's copy of the choice (in memory in the app; the core keeps the one that lasts). */
const STORAGE_KEY = 'alcove.discreet';
const listeners = new Set<() => void>();

export function isDiscreet(): boolean {
  return localStorage.getItem(STORAGE_KEY) === 'true';
}

/** Switches the page at once; the caller stores the choice through prefs:set. */
export function applyDiscreet(on: boolean): void {
  localStorage.setItem(STORAGE_KEY, String(on));
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether discreet mode is on; re-renders when it changes. */
export function useDiscreet(): boolean {
  return useSyncExternalStore(subscribe, isDiscreet);
}

/**
 * document.title follows discreet mode on every screen: a neutral word instead of the app's
 * name (the Electron adapter also holds the window's own title to it, from before the page loads).
 */
export function useDocumentTitle(): void {
  const discreet = useDiscreet();
  const { t } = useTranslation();
  useEffect(() => {
    document.title = discreet ? t('discreet.windowTitle') : t('app.name');
  }, [discreet, t]);
}
