import { AlertTriangle } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { emotionName } from '../../../../shared/content/emotions';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { useDateFormat } from './useDateFormat';
import { WorksheetBadge } from '../worksheets/WorksheetView';

interface Props {
  entries: EntrySummary[];
  selectedId: string | null;
  hasMore: boolean;
  onSelect: (id: string) => void;
  onLoadMore: () => void;
  /** What an empty list says (a filtered timeline is not an empty journal). */
  emptyText?: string;
}

export function EntryList({ entries, selectedId, hasMore, onSelect, onLoadMore, emptyText }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const formatDate = useDateFormat();
  if (entries.length === 0) return <p className="empty">{emptyText ?? t('journal.empty')}</p>;
  return (
    <>
      <ul className="entry-list" aria-label={t('journal.entries')}>
        {entries.map((entry) => (
          <li key={entry.id}>
            {entry.damaged ? (
              <button
                type="button"
                className="entry-item damaged"
                aria-current={entry.id === selectedId}
                onClick={() => onSelect(entry.id)}
              >
                <span className="entry-title">
                  <AlertTriangle size={14} aria-hidden /> {t('journal.damaged')}
                </span>
                <span className="entry-excerpt">{t('journal.damagedHelp')}</span>
              </button>
            ) : (
              <button
                type="button"
                className="entry-item"
                aria-current={entry.id === selectedId}
                onClick={() => onSelect(entry.id)}
              >
                {entry.worksheet ? <WorksheetBadge kind={entry.worksheet} /> : null}
                <span className="entry-title">
                  {entry.title || entry.excerpt.split(/[.!?\n]/)[0] || t('journal.untitled')}
                </span>
                {entry.title && entry.excerpt ? <span className="entry-excerpt">{entry.excerpt}</span> : null}
                <span className="entry-date">
                  {formatDate(entry.createdAt)}
                  {entry.emotions.length > 0
                    ? ` · ${entry.emotions.map((f) => emotionName(f.id, lang) ?? f.id).join(', ')}`
                    : ''}
                </span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {hasMore ? (
        <button type="button" className="button ghost" onClick={onLoadMore}>
          {t('journal.loadMore')}
        </button>
      ) : null}
    </>
  );
}
