import { ChevronLeft, ChevronRight } from 'lucide-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { calendarDays, type CalendarDay } from '../../../../shared/insights/calendar';
import { localDayKey, startOfLocalMonth, type LabelledMoment } from '../../../../shared/insights/moments';

export interface CalendarHeatmapProps {
  /** The moments of the month shown (others are ignored); null while they load. */
  readonly moments: readonly LabelledMoment[] | null;
  /** Any instant of the month to show. */
  readonly monthStart: Date;
  readonly onMonthChange: (monthStart: Date) => void;
  /** Today, to mark it and not page into the future. */
  readonly now?: Date;
}

/** Five steps of a day's mean pleasantness (−3…3), each with a colour token and words. */
export const BANDS = [
  { mood: 'mostlyUnpleasant', className: 'heat-unpleasant-2', lean: 'unpleasant' },
  { mood: 'somewhatUnpleasant', className: 'heat-unpleasant-1', lean: 'unpleasant' },
  { mood: 'between', className: 'heat-neutral', lean: 'between' },
  { mood: 'somewhatPleasant', className: 'heat-pleasant-1', lean: 'pleasant' },
  { mood: 'mostlyPleasant', className: 'heat-pleasant-2', lean: 'pleasant' },
] as const;
type Band = (typeof BANDS)[number];

export function bandOf(meanValence: number): Band {
  if (meanValence <= -1.5) return BANDS[0];
  if (meanValence <= -0.5) return BANDS[1];
  if (meanValence < 0.5) return BANDS[2];
  if (meanValence < 1.5) return BANDS[3];
  return BANDS[4];
}

const parseDay = (key: string) => {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
};

/** The calendar's month title: "March 2026", « Mars 2026 ». */
function capitalised(text: string, language: string): string {
  return text.charAt(0).toLocaleUpperCase(language) + text.slice(1);
}

/**
 * A month of moments, one cell per day coloured by that day's mean pleasantness, as a real table
 * (weeks as rows, Monday first) whose cells each say in words what the colour shows.
 */
export function CalendarHeatmap({
  moments,
  monthStart,
  onMonthChange,
  now = new Date(),
}: CalendarHeatmapProps) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const headingId = useId();
  const legendId = useId();
  const first = startOfLocalMonth(monthStart);
  const isCurrent = first.getTime() >= startOfLocalMonth(now).getTime();
  const month = new Intl.DateTimeFormat(language, { month: 'long', year: 'numeric' }).format(first);
  const monthTitle = capitalised(month, language);
  const move = (months: number) => onMonthChange(new Date(first.getFullYear(), first.getMonth() + months, 1));

  return (
    <section className="calendar" aria-labelledby={headingId}>
      <div className="entry-head">
        <h3 id={headingId}>{t('reflection.calendar.title')}</h3>
        <div className="button-row tight-row">
          <button type="button" className="button" onClick={() => move(-1)}>
            <ChevronLeft size={16} aria-hidden /> {t('reflection.calendar.previous')}
          </button>
          <button
            type="button"
            className="button"
            aria-disabled={isCurrent || undefined}
            onClick={() => {
              if (!isCurrent) move(1);
            }}
          >
            {t('reflection.calendar.next')} <ChevronRight size={16} aria-hidden />
          </button>
        </div>
      </div>
      <p className="hint">{t('reflection.calendar.help')}</p>
      <p className="period-label" aria-live="polite">
        {monthTitle}
      </p>
      {moments === null ? (
        <p className="hint">{t('reflection.calendar.loading')}</p>
      ) : (
        <Month
          days={calendarDays(moments, first)}
          first={first}
          month={month}
          monthTitle={monthTitle}
          today={localDayKey(now)}
          legendId={legendId}
        />
      )}
    </section>
  );
}

function Month({
  days,
  first,
  month,
  monthTitle,
  today,
  legendId,
}: {
  days: readonly CalendarDay[];
  first: Date;
  month: string;
  monthTitle: string;
  today: string;
  legendId: string;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const dateName = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long' });
  const weekdayShort = new Intl.DateTimeFormat(language, { weekday: 'short' });
  const weekdayLong = new Intl.DateTimeFormat(language, { weekday: 'long' });
  // 1 January 2024 was a Monday.
  const weekdays = Array.from({ length: 7 }, (_, i) => new Date(2024, 0, 1 + i));

  const cellName = (day: CalendarDay) => {
    const date = dateName.format(parseDay(day.day));
    if (day.n === 0) return t('reflection.calendar.dayEmpty', { date });
    const mood =
      day.meanValence === null
        ? t('reflection.calendar.mood.unplaced')
        : t(`reflection.calendar.mood.${bandOf(day.meanValence).mood}`);
    return t('reflection.calendar.day', { date, count: day.n, mood });
  };
  const cellClass = (day: CalendarDay) =>
    day.n === 0
      ? 'heat-empty'
      : day.meanValence === null
        ? 'heat-unplaced'
        : bandOf(day.meanValence).className;

  // Weeks as rows, Monday first: blank cells before the 1st and after the last day.
  const lead = (first.getDay() + 6) % 7;
  const cells: Array<CalendarDay | null> = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));

  return (
    <>
      <table className="heat-grid">
        <caption className="visually-hidden">{monthTitle}</caption>
        <thead>
          <tr>
            {weekdays.map((d) => (
              <th key={d.getDay()} scope="col">
                <span aria-hidden>{weekdayShort.format(d)}</span>
                <span className="visually-hidden">{weekdayLong.format(d)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week.find((d) => d !== null)!.day}>
              {week.map((day, i) =>
                day === null ? (
                  <td key={`pad-${i}`} className="heat-pad" />
                ) : (
                  <td
                    key={day.day}
                    className={cellClass(day)}
                    aria-current={day.day === today ? 'date' : undefined}
                  >
                    <span className="heat-day" aria-hidden>
                      {parseDay(day.day).getDate()}
                    </span>
                    <span className="visually-hidden">{cellName(day)}</span>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="hint heat-legend-title" id={legendId}>
        {t('reflection.calendar.legend')}
      </p>
      <ul className="heat-legend" aria-labelledby={legendId}>
        {BANDS.map((band) => (
          <li key={band.mood}>
            <span className={`heat-swatch ${band.className}`} aria-hidden />
            {t(`reflection.calendar.mood.${band.mood}`)}
          </li>
        ))}
        <li>
          <span className="heat-swatch heat-unplaced" aria-hidden />
          {t('reflection.calendar.mood.unplaced')}
        </li>
        <li>
          <span className="heat-swatch heat-empty" aria-hidden />
          {t('reflection.calendar.legendEmpty')}
        </li>
      </ul>
      <p className="heat-summary">{summary(t, days, month, monthTitle)}</p>
    </>
  );
}

/** One line that says what the grid shows: moments, days, and how the days leaned. */
function summary(
  t: ReturnType<typeof useTranslation>['t'],
  days: readonly CalendarDay[],
  month: string,
  monthTitle: string,
): string {
  const total = days.reduce((sum, d) => sum + d.n, 0);
  if (total === 0) return t('reflection.calendar.summaryEmpty', { month });
  const withData = days.filter((d) => d.n > 0);
  const lean = { pleasant: 0, between: 0, unpleasant: 0 };
  for (const day of withData) if (day.meanValence !== null) lean[bandOf(day.meanValence).lean]++;
  const unplaced = withData.filter((d) => d.meanValence === null).length;
  return [
    t('reflection.calendar.summary', {
      month: monthTitle,
      count: total,
      days: t('reflection.calendar.days', { count: withData.length }),
    }),
    t('reflection.calendar.lean', lean),
    unplaced > 0 ? t('reflection.calendar.unplacedDays', { count: unplaced }) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
