import { useEffect, useState } from 'react';
import type { SearchNarrowing, SearchResult } from '../../../../shared/domain/search';
import { call, onEvent } from '../../lib/api';

const DEBOUNCE_MS = 150;

/**
 * Searches as the user types (debounced) and again as the background index fills, so results
 * grow while "still preparing" is shown; `narrowing` (tags, worksheets…) keeps only the entries
 * it describes. Returns null for an empty query.
 */
export function useSearch(
  query: string,
  onError: (e: unknown) => void,
  narrowing: SearchNarrowing = {},
): SearchResult | null {
  const [result, setResult] = useState<SearchResult | null>(null);
  // By value: a caller's new object with the same narrowing is not a new search.
  const narrowed = JSON.stringify(narrowing);
  const [indexTick, setIndexTick] = useState(0);

  useEffect(
    () =>
      onEvent('vault:progress', (p) => {
        if (p.task === 'index') setIndexTick((n) => n + 1);
      }),
    [],
  );

  useEffect(() => {
    const trimmed = query.trim();
    if (!trimmed) return;
    let live = true;
    const timer = window.setTimeout(() => {
      call('search:query', { query: trimmed, limit: 50, ...(JSON.parse(narrowed) as SearchNarrowing) })
        .then((r) => live && setResult(r))
        .catch((e: unknown) => live && onError(e));
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [query, narrowed, indexTick, onError]);

  return query.trim() ? result : null;
}
