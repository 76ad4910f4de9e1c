import { useTranslation } from 'react-i18next';
import type { SearchResult, Segment } from '../../../../shared/domain/search';
import { useDateFormat } from './useDateFormat';

export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>{segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</>
  );
}

interface Props {
  query: string;
  result: SearchResult;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Ranked hits with the matching words highlighted; says so while the index is still filling. */
export function SearchResults({ query, result, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  const filling = result.indexed < result.total;
  return (
    <div>
      <p className="search-summary" role="status" aria-live="polite">
        {result.hits.length === 0
          ? t('search.none', { query })
          : t('search.results', { count: result.hits.length })}
      </p>
      {filling ? (
        <p className="hint search-progress">
          <progress max={result.total} value={result.indexed} aria-hidden="true" />
          {t('search.indexing', { done: result.indexed, total: result.total })}
        </p>
      ) : null}
      <ul className="entry-list" aria-label={t('search.label')}>
        {result.hits.map((hit) => (
          <li key={hit.id}>
            <button
              type="button"
              className="entry-item"
              aria-current={hit.id === selectedId}
              onClick={() => onSelect(hit.id)}
            >
              <span className="entry-title">
                {hit.title.length > 0 ? <Highlighted segments={hit.title} /> : t('journal.untitled')}
              </span>
              <span className="entry-excerpt">
                <Highlighted segments={hit.snippet} />
              </span>
              <span className="entry-date">{formatDate(hit.createdAt)}</span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
