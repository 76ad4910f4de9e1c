import { useEffect, useSyncExternalStore } from 'react';
import type { Tag } from '../../../../shared/domain/tag';
import { call, hasBridge, onEvent } from '../../lib/api';

/**
 * The vault's tags, shared by every screen that shows them (composer, timeline, entry, settings),
 * so a rename or recolour shows everywhere at once. Dropped when the vault locks.
 */
let tags: readonly Tag[] = [];
let loaded = false;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: readonly Tag[]): void {
  tags = next;
  for (const listener of listeners) listener();
}

/** Reads the catalogue again from the vault (after a change, or on first use). */
export function refreshTags(): Promise<void> {
  forgetOnLock();
  loading ??= call('tags:list', undefined)
    .then(
      (r) => {
        loaded = true;
        publish(r.tags);
      },
      () => undefined, // locked or gone: the screens show no tags rather than an error
    )
    .finally(() => {
      loading = null;
    });
  return loading;
}

let listening = false;
/** Forgets the tags when the vault locks (registered on first use, once the bridge is there). */
function forgetOnLock(): void {
  if (listening || !hasBridge()) return;
  listening = true;
  onEvent('vault:locked', () => {
    loaded = false;
    publish([]);
  });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The tags, sorted by name; loaded on first use. */
export function useTags(): readonly Tag[] {
  const current = useSyncExternalStore(subscribe, () => tags);
  useEffect(() => {
    if (!loaded) void refreshTags();
  }, []);
  return current;
}

/** id → tag, for showing an entry's tags (ids the vault no longer knows are skipped). */
export function tagsByIds(all: readonly Tag[], ids: readonly string[]): Tag[] {
  return ids.flatMap((id) => all.find((tag) => tag.id === id) ?? []);
}
