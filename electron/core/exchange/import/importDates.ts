import type { LocalDateTime, ResolvedImportOptions } from './importLimits';

/** An instant, or why a date was left out. */
export type DateVerdict = { ok: true; iso: string } | { ok: false; reason: 'bad-date' | 'date-out-of-range' };

/** No journal entry predates 1900; a year like 0024 is a typo, not a memory. */
const EARLIEST = Date.UTC(1900, 0, 1);
/** Clocks and time zones differ by up to a day; later than that is not a real entry date. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isRealDateTime(p: LocalDateTime): boolean {
  return (
    p.month >= 1 &&
    p.month <= 12 &&
    p.day >= 1 &&
    p.day <= daysInMonth(p.year, p.month) &&
    p.hour <= 23 &&
    p.minute <= 59 &&
    p.second <= 59
  );
}

/** Checks an instant is a date at all, after 1900 and not in the future. */
export function checkInstant(date: Date, options: ResolvedImportOptions): DateVerdict {
  const time = date.getTime();
  if (Number.isNaN(time)) return { ok: false, reason: 'bad-date' };
  if (time < EARLIEST || time > options.now.getTime() + FUTURE_SLACK_MS)
    return { ok: false, reason: 'date-out-of-range' };
  return { ok: true, iso: date.toISOString() };
}

/** A wall-clock time (no zone) read in the writer's zone, if it is a real calendar date and time. */
export function localInstant(parts: LocalDateTime, options: ResolvedImportOptions): DateVerdict {
  if (!isRealDateTime(parts)) return { ok: false, reason: 'bad-date' };
  return checkInstant(options.localTime(parts), options);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?[ \t]*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * The dates people write in front matter and other apps write in exports:
 *   2024-03-05                  → noon that day, in the writer's zone (noon stays the same
 *                                 calendar day whatever zone later reads it back);
 *   2024-03-05 14:30[:00[.123]] → that wall-clock time in the writer's zone;
 *   2024-03-05T14:30:00Z, …+02:00 → that instant.
 */
export function parseDateText(text: string, options: ResolvedImportOptions): DateVerdict {
  const value = text.trim();
  const day = DAY.exec(value);
  if (day) {
    return localInstant(
      { year: +day[1]!, month: +day[2]!, day: +day[3]!, hour: 12, minute: 0, second: 0 },
      options,
    );
  }
  const m = DATE_TIME.exec(value);
  if (!m) return { ok: false, reason: 'bad-date' };
  const parts: LocalDateTime = {
    year: +m[1]!,
    month: +m[2]!,
    day: +m[3]!,
    hour: +m[4]!,
    minute: +m[5]!,
    second: m[6] === undefined ? 0 : +m[6],
  };
  const zone = m[8];
  if (zone === undefined) return localInstant(parts, options);
  if (!isRealDateTime(parts)) return { ok: false, reason: 'bad-date' };
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    const hours = Number(digits.slice(0, 2));
    const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0;
    if (hours > 14 || minutes > 59) return { ok: false, reason: 'bad-date' };
    offsetMinutes = (zone.startsWith('-') ? -1 : 1) * (hours * 60 + minutes);
  }
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(parts.year, parts.month - 1, parts.day);
  date.setUTCHours(parts.hour, parts.minute - offsetMinutes, parts.second, millis);
  return checkInstant(date, options);
}
