import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { calendarDays, type CalendarDay } from '../../../../shared/insights/calendar';
import { localDayKey, momentOfEntry, startOfLocalMonth } from '../../../../shared/insights/moments';
import { call } from '../../lib/api';
import { BANDS, bandOf } from '../insights/CalendarHeatmap';
import { EntryCard } from '../journal/EntryList';
import { dayOfMonthMove, monthGrid, parseDayKey } from './monthGrid';

interface Props {
  selectedId: string | null;
  onSelect: (id: string) => void;
  onError: (e: unknown) => void;
  /** Today, to open on this month and mark the day. */
  now?: Date;
}

/**
 * The journal as a month: a dot on each day with entries, coloured by the feelings named that
 * day (the same bands as the Insights calendar), a plain count of the days written on (no
 * streak, nothing to keep up), and the entries of the day picked. A grid with one tab stop:
 * arrows move across days, Page Up/Down across months, Enter lists the day.
 */
export function JournalCalendar({ selectedId, onSelect, onError, now = new Date() }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const headingId = useId();
  const helpId = useId();
  const dayHeadingId = useId();
  const grid = useRef<HTMLTableElement>(null);
  const [focused, setFocused] = useState(() => localDayKey(now));
  const [picked, setPicked] = useState<string | null>(null);
  /** The entries of the month last read; null while the month shown is still loading. */
  const [loaded, setLoaded] = useState<{ month: string; entries: EntrySummary[] } | null>(null);
  /** Whether a key moved the focus (so the grid follows it), as opposed to a render. */
  const moved = useRef(false);

  const first = startOfLocalMonth(parseDayKey(focused));
  const monthKey = localDayKey(first);
  useEffect(() => {
    let live = true;
    const start = parseDayKey(monthKey);
    const next = new Date(start.getFullYear(), start.getMonth() + 1, 1);
    call('entries:between', { since: start.toISOString(), before: next.toISOString() })
      .then((r) => live && setLoaded({ month: monthKey, entries: r.entries }))
      .catch((e: unknown) => live && onError(e));
    return () => {
      live = false;
    };
  }, [monthKey, onError]);

  const entries = loaded?.month === monthKey ? loaded.entries : null;
  const days =
    entries === null
      ? null
      : calendarDays(
          entries.flatMap((e) =>
            e.damaged ? [] : [momentOfEntry({ at: e.createdAt, emotions: e.emotions })],
          ),
          first,
        );

  useEffect(() => {
    if (!moved.current) return;
    // A new month is drawn once its entries are read: focus the day then.
    const cell = grid.current?.querySelector<HTMLElement>(`[data-day="${focused}"]`);
    if (!cell) return;
    moved.current = false;
    cell.focus();
  });

  const monthTitle = capitalised(
    new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' }).format(first),
    language,
  );
  const dateName = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long' });
  const weekdayShort = new Intl.DateTimeFormat(language, { weekday: 'short' });
  const weekdayLong = new Intl.DateTimeFormat(language, { weekday: 'long' });
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(2024, 0, 1 + i)); // 1 Jan 2024: a Monday
  const today = localDayKey(now);

  const describe = (day: CalendarDay) => {
    const date = dateName.format(parseDayKey(day.day));
    if (day.n === 0) return t('timeline.calendar.dayEmpty', { date });
    const mood =
      day.meanValence === null
        ? t('timeline.calendar.noFeeling')
        : t(`reflection.calendar.mood.${bandOf(day.meanValence).mood}`);
    return t('timeline.calendar.day', { date, count: day.n, mood });
  };

  const go = (day: string) => {
    moved.current = true;
    setFocused(day);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setPicked(focused);
      return;
    }
    const next = dayOfMonthMove(focused, event.key);
    if (next === null) return;
    event.preventDefault();
    go(next);
  };

  const wrote = days?.filter((d) => d.n > 0).length ?? 0;
  const dayEntries = picked
    ? (entries ?? []).filter((e) => !e.damaged && localDayKey(new Date(e.createdAt)) === picked).reverse()
    : [];

  return (
    <section className="journal-calendar" aria-labelledby={headingId}>
      <h3 id={headingId} className="visually-hidden">
        {t('timeline.calendar.title')}
      </h3>
      <div className="calendar-nav">
        <button
          type="button"
          className="button ghost icon-only"
          aria-label={t('timeline.calendar.previous')}
          title={t('timeline.calendar.previous')}
          onClick={() => setFocused(localDayKey(new Date(first.getFullYear(), first.getMonth() - 1, 1)))}
        >
          <ChevronLeft size={16} aria-hidden />
        </button>
        <p className="calendar-month" aria-live="polite">
          {monthTitle}
        </p>
        <button
          type="button"
          className="button ghost icon-only"
          aria-label={t('timeline.calendar.next')}
          title={t('timeline.calendar.next')}
          onClick={() => setFocused(localDayKey(new Date(first.getFullYear(), first.getMonth() + 1, 1)))}
        >
          <ChevronRight size={16} aria-hidden />
        </button>
      </div>
      <p id={helpId} className="hint">
        {t('timeline.calendar.help')}
      </p>
      {days === null ? (
        <p className="hint">{t('timeline.calendar.loading')}</p>
      ) : (
        <>
          <table
            ref={grid}
            role="grid"
            className="month-grid"
            aria-label={monthTitle}
            aria-describedby={helpId}
            onKeyDown={onKeyDown}
          >
            <thead>
              <tr>
                {weekdays.map((d) => (
                  <th key={d.getDay()} scope="col" abbr={weekdayLong.format(d)}>
                    {weekdayShort.format(d)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {monthGrid(days, first).map((week) => (
                <tr key={week.find((d) => d !== null)!.day}>
                  {week.map((day, i) =>
                    day === null ? (
                      <td key={`pad-${i}`} role="gridcell" className="month-pad" />
                    ) : (
                      <td
                        key={day.day}
                        role="gridcell"
                        data-day={day.day}
                        tabIndex={day.day === focused ? 0 : -1}
                        aria-selected={day.day === picked}
                        aria-current={day.day === today ? 'date' : undefined}
                        className={day.n > 0 ? 'has-entries' : undefined}
                        onClick={() => {
                          setFocused(day.day);
                          setPicked(day.day);
                        }}
                      >
                        <span className="month-day" aria-hidden>
                          {parseDayKey(day.day).getDate()}
                        </span>
                        {day.n > 0 ? (
                          <span
                            className={`month-dot ${day.meanValence === null ? 'dot-plain' : `dot-${bandOf(day.meanValence).className}`}`}
                            aria-hidden
                          />
                        ) : null}
                        <span className="visually-hidden">{describe(day)}</span>
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          <p className="continuity">
            {wrote === 0 ? t('timeline.calendar.wroteNone') : t('timeline.calendar.wrote', { count: wrote })}
          </p>
          <details className="calendar-legend">
            <summary>{t('timeline.calendar.legend')}</summary>
            <ul>
              {BANDS.map((band) => (
                <li key={band.mood}>
                  <span className={`month-dot dot-${band.className}`} aria-hidden />
                  {t(`reflection.calendar.mood.${band.mood}`)}
                </li>
              ))}
              <li>
                <span className="month-dot dot-plain" aria-hidden />
                {t('timeline.calendar.noFeeling')}
              </li>
            </ul>
          </details>
        </>
      )}
      {picked ? (
        <section aria-labelledby={dayHeadingId} className="calendar-day">
          <h3 id={dayHeadingId}>
            {t('timeline.calendar.dayHeading', { date: dateName.format(parseDayKey(picked)) })}
          </h3>
          {dayEntries.length === 0 ? (
            <p className="empty">{t('timeline.calendar.dayNone')}</p>
          ) : (
            <ul className="entry-list">
              {dayEntries.map((entry) => (
                <li key={entry.id}>
                  <EntryCard entry={entry} selected={entry.id === selectedId} onSelect={onSelect} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </section>
  );
}

/** "mars 2026" → "Mars 2026". */
function capitalised(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}
