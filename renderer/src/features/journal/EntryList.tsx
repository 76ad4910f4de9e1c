import { useVirtualizer } from '@tanstack/react-virtual';
import { AlertTriangle, Pin, Wind } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { emotionName } from '../../../../shared/content/emotions';
import { displayTitle, type EntrySummary } from '../../../../shared/domain/entry';
import type { ExerciseSession } from '../../../../shared/domain/exercise';
import { formatDuration } from '../exercises/duration';
import { useDateFormat } from './useDateFormat';
import { TagChips } from '../tags/TagChips';
import { WorksheetBadge } from '../worksheets/WorksheetView';
import '../timeline/timeline.css';

interface Props {
  entries: EntrySummary[];
  selectedId: string | null;
  hasMore: boolean;
  onSelect: (id: string) => void;
  /** Fetches the next page; called as the user scrolls near the end (or presses the button). */
  onLoadMore: () => void | Promise<void>;
  /** Scrolls to this entry and focuses it (bump `seq` to ask again for the same one). */
  scrollTo?: { id: string; seq: number } | null;
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

/** A first guess at a card's height (px); each row is measured once it is drawn. */
const ROW_ESTIMATE = 78;
/** Fetch the next page when the last drawn row is this close to the end of what is loaded. */
const PREFETCH_ROWS = 15;

/**
 * The timeline, virtualized: only the rows in (and just around) the visible part are in the
 * DOM, so it stays smooth at 100,000 entries. It stays a list of buttons (not a listbox) so
 * each card is an ordinary button — Tab goes through them in date order — and the arrow keys,
 * Home and End move between cards as a shortcut. Rows carry aria-posinset/aria-setsize (-1,
 * "unknown", while older pages remain) since most rows are not in the DOM.
 */
export function EntryList({
  entries,
  selectedId,
  hasMore,
  onSelect,
  onLoadMore,
  emptyText,
  sessions = [],
  onOpenSession,
  scrollTo,
}: Props) {
  const { t } = useTranslation();
  const rows = timelineRows(entries, sessions, hasMore);
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const loading = useRef(false);
  const [fetching, setFetching] = useState(false);
  // TanStack Virtual returns functions the React Compiler cannot memoize; it skips this component.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    getItemKey: (i) => keyOf(rows[i]!),
  });
  const items = virtualizer.getVirtualItems();
  const lastDrawn = items.at(-1)?.index ?? -1;

  const loadMore = () => {
    if (loading.current || !hasMore) return;
    loading.current = true;
    setFetching(true);
    void Promise.resolve(onLoadMore()).finally(() => {
      loading.current = false;
      setFetching(false);
    });
  };
  useEffect(() => {
    if (hasMore && lastDrawn >= rows.length - PREFETCH_ROWS) loadMore();
  });

  /** Focus a row's card, drawing it first if it is off screen. */
  const focusRow = (index: number) => {
    virtualizer.scrollToIndex(index, { align: 'auto' });
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLElement>(`[data-index="${index}"] button`)?.focus(),
    );
  };
  const seq = scrollTo?.seq;
  const target = scrollTo ? rows.findIndex((r) => r.kind === 'entry' && r.entry.id === scrollTo.id) : -1;
  useEffect(() => {
    if (target < 0) return;
    virtualizer.scrollToIndex(target, { align: 'start' });
    // Drawn on a later frame: measured rows shift it (far down a long list, by many rows), so
    // place it again each frame until its row is in the page, then give it the focus.
    let frame = 0;
    let tries = 0;
    const place = () => {
      virtualizer.scrollToIndex(target, { align: 'start' });
      const button = list.current?.querySelector<HTMLElement>(`[data-index="${target}"] button`);
      if (button) button.focus();
      else if (++tries < 30) frame = requestAnimationFrame(place);
    };
    frame = requestAnimationFrame(place);
    return () => cancelAnimationFrame(frame);
    // Only when a new jump is asked for, not on every page that arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seq, target >= 0]);

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    const next =
      event.key === 'ArrowDown'
        ? Math.min(index + 1, rows.length - 1)
        : event.key === 'ArrowUp'
          ? Math.max(index - 1, 0)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? rows.length - 1
              : null;
    if (next === null) return;
    event.preventDefault();
    if (event.key === 'End') loadMore();
    focusRow(next);
  };

  if (rows.length === 0) return <p className="empty">{emptyText ?? t('journal.empty')}</p>;
  return (
    <div className="timeline-scroll" ref={scroller}>
      <ul
        ref={list}
        className="entry-list virtual"
        aria-label={t('journal.entries')}
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={onKeyDown}
      >
        {items.map((item) => (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-posinset={item.index + 1}
            aria-setsize={hasMore ? -1 : rows.length}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <TimelineRow
              row={rows[item.index]!}
              selectedId={selectedId}
              onSelect={onSelect}
              onOpenSession={onOpenSession}
            />
          </li>
        ))}
      </ul>
      {hasMore ? (
        <>
          <p className="visually-hidden" role="status">
            {fetching ? t('timeline.list.loading') : ''}
          </p>
          <button type="button" className="button ghost load-more" onClick={loadMore}>
            {t('journal.loadMore')}
          </button>
        </>
      ) : null}
    </div>
  );
}

function keyOf(row: Row): string {
  return row.kind === 'session' ? `session-${row.session.id}` : row.entry.id;
}

function TimelineRow({
  row,
  selectedId,
  onSelect,
  onOpenSession,
}: {
  row: Row;
  selectedId: string | null;
  onSelect: (id: string) => void;
  onOpenSession: (() => void) | undefined;
}) {
  const { t } = useTranslation();
  const formatDate = useDateFormat();
  if (row.kind === 'entry')
    return <EntryCard entry={row.entry} selected={row.entry.id === selectedId} onSelect={onSelect} />;
  const s = row.session;
  const rated = s.distressBefore !== null && s.distressAfter !== null;
  return (
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
  );
}

/** One entry's card in the timeline (and in a calendar day): what it says, when, and how it felt. */
export function EntryCard({
  entry,
  selected,
  onSelect,
}: {
  entry: EntrySummary;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('fr') ? 'fr' : 'en';
  const formatDate = useDateFormat();
  return entry.damaged ? (
    <button
      type="button"
      className="entry-item damaged"
      aria-current={selected}
      onClick={() => onSelect(entry.id)}
    >
      <span className="entry-title">
        <AlertTriangle size={14} aria-hidden /> {t('journal.damaged')}
      </span>
      <span className="entry-excerpt">{t('journal.damagedHelp')}</span>
    </button>
  ) : (
    <button type="button" className="entry-item" aria-current={selected} onClick={() => onSelect(entry.id)}>
      {entry.worksheet ? <WorksheetBadge kind={entry.worksheet} /> : null}
      <span className="entry-title">
        {entry.pinned ? (
          <span className="pin-mark">
            <Pin size={13} aria-hidden />
            <span className="visually-hidden">{t('lifecycle.pinned')}</span>
          </span>
        ) : null}
        {displayTitle(entry) || t('journal.untitled')}
      </span>
      {entry.title && entry.excerpt ? <span className="entry-excerpt">{entry.excerpt}</span> : null}
      <span className="entry-date">
        {formatDate(entry.createdAt)}
        {entry.emotions.length > 0
          ? ` · ${entry.emotions.map((f) => emotionName(f.id, lang) ?? f.id).join(', ')}`
          : ''}
      </span>
      <TagChips ids={entry.tags} inline />
    </button>
  );
}
