import { AlertTriangle, Pin, Wind } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { emotionName } from '../../../../shared/content/emotions';
import type { EntrySummary } from '../../../../shared/domain/entry';
import type { ExerciseSession } from '../../../../shared/domain/exercise';
import { formatDuration } from '../exercises/duration';
import { useDateFormat } from './useDateFormat';
import { TagChips } from '../tags/TagChips';
import { WorksheetBadge } from '../worksheets/WorksheetView';

interface Props {
  entries: EntrySummary[];
  selectedId: string | null;
  hasMore: boolean;
  onSelect: (id: string) => void;
  onLoadMore: () => void;
  /** What an empty list says (a filtered timeline is not an empty journal). */
  emptyText?: string;
  /** Breathing and grounding sessions, placed among the entries by date. */
  sessions?: readonly ExerciseSession[];
  /** Opens the exercises, where sessions are listed in full. */
  onOpenSession?: () => void;
}

type Row = { kind: 'entry'; entry: EntrySummary } | { kind: 'session'; session: ExerciseSession };

/**
 * Entries (newest first, as paged by the core) with the sessions between them. While older pages
 * are not loaded, only sessions at least as recent as the oldest entry shown are placed, so
 * loading more never slips a session above entries already on screen.
 */
export function timelineRows(
  entries: readonly EntrySummary[],
  sessions: readonly ExerciseSession[],
  hasMore: boolean,
): Row[] {
  const dated = entries.flatMap((e) => (e.damaged ? [] : [e.createdAt]));
  const oldest = dated.length > 0 ? dated[dated.length - 1]! : null;
  const placed = [...sessions]
    .filter((s) => !hasMore || (oldest !== null && s.startedAt >= oldest))
    .sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0));
  const rows: Row[] = [];
  let next = 0;
  for (const entry of entries) {
    // A damaged entry has no readable date: it stays where the core put it.
    if (!entry.damaged) {
      while (next < placed.length && placed[next]!.startedAt > entry.createdAt) {
        rows.push({ kind: 'session', session: placed[next++]! });
      }
    }
    rows.push({ kind: 'entry', entry });
  }
  while (next < placed.length) rows.push({ kind: 'session', session: placed[next++]! });
  return rows;
}

export function EntryList({
  entries,
  selectedId,
  hasMore,
  onSelect,
  onLoadMore,
  emptyText,
  sessions = [],
  onOpenSession,
}: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const formatDate = useDateFormat();
  const rows = timelineRows(entries, sessions, hasMore);
  if (rows.length === 0) return <p className="empty">{emptyText ?? t('journal.empty')}</p>;
  return (
    <>
      <ul className="entry-list" aria-label={t('journal.entries')}>
        {rows.map((row) => {
          if (row.kind === 'session') {
            const s = row.session;
            const rated = s.distressBefore !== null && s.distressAfter !== null;
            return (
              <li key={`session-${s.id}`}>
                <button type="button" className="entry-item session-item" onClick={onOpenSession}>
                  <span className="worksheet-badge">
                    <Wind size={12} aria-hidden /> {t('journal.session')}
                  </span>
                  <span className="entry-title">{t(`exercises.kinds.${s.kind}.name`)}</span>
                  <span className="entry-date">
                    {[
                      formatDate(s.startedAt),
                      formatDuration(t, s.durationSec),
                      ...(rated
                        ? [t('journal.sessionDistress', { before: s.distressBefore, after: s.distressAfter })]
                        : []),
                    ].join(' · ')}
                  </span>
                </button>
              </li>
            );
          }
          const entry = row.entry;
          return (
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
                    {entry.pinned ? (
                      <span className="pin-mark">
                        <Pin size={13} aria-hidden />
                        <span className="visually-hidden">{t('lifecycle.pinned')}</span>
                      </span>
                    ) : null}
                    {entry.title || entry.excerpt.split(/[.!?\n]/)[0] || t('journal.untitled')}
                  </span>
                  {entry.title && entry.excerpt ? (
                    <span className="entry-excerpt">{entry.excerpt}</span>
                  ) : null}
                  <span className="entry-date">
                    {formatDate(entry.createdAt)}
                    {entry.emotions.length > 0
                      ? ` · ${entry.emotions.map((f) => emotionName(f.id, lang) ?? f.id).join(', ')}`
                      : ''}
                  </span>
                  <TagChips ids={entry.tags} inline />
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {hasMore ? (
        <button type="button" className="button ghost" onClick={onLoadMore}>
          {t('journal.loadMore')}
        </button>
      ) : null}
    </>
  );
}
