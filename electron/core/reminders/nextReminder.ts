import type { ReminderPrefs } from '../../../shared/domain/reminders';

/**
 * When the next reminder is due, computed in an explicit IANA time zone (the system's when none is
 * given) with Intl, so the result does not depend on the TZ the process happens to run in.
 *
 * Daylight-saving changes:
 * - a time that does not exist that day (02:30 when clocks jump from 02:00 to 03:00) fires at the
 *   first instant after the jump, which the clock shows as 03:00: the day's reminder is late by
 *   the gap, never silently lost;
 * - a time that happens twice (02:30 in Paris when clocks go back from 03:00 to 02:00) fires
 *   once, at its first occurrence.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let cached = formatters.get(timeZone);
  if (!cached) {
    cached = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, cached);
  }
  return cached;
}

function wallClock(ms: number, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** How far the zone's wall clock is ahead of UTC at `ms`, in ms (whole seconds). */
function offsetAt(ms: number, timeZone: string): number {
  const w = wallClock(ms, timeZone);
  const seconds = Math.floor(ms / 1000) * 1000;
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - seconds;
}

/**
 * The instant the zone's clocks show `hour:minute` on that date: the first of two when the time
 * happens twice, the end of the gap when it does not happen at all (see the file's comment).
 */
export function wallTimeToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  timeZone: string,
): number {
  const naive = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets in force a day either side cover any change near this time (they are rare: twice a year).
  const offsets = [...new Set([offsetAt(naive - DAY_MS, timeZone), offsetAt(naive + DAY_MS, timeZone)])];
  const matches = offsets
    .map((offset) => naive - offset)
    .filter((instant) => offsetAt(instant, timeZone) === naive - instant);
  if (matches.length > 0) return Math.min(...matches);
  // In a gap: find the change between the two readings, to the second.
  const candidates = offsets.map((offset) => naive - offset);
  let before = Math.min(...candidates);
  let after = Math.max(...candidates);
  const offsetBefore = offsetAt(before, timeZone);
  while (after - before > 1000) {
    const middle = before + Math.floor((after - before) / 2000) * 1000;
    if (offsetAt(middle, timeZone) === offsetBefore) before = middle;
    else after = middle;
  }
  return after;
}

/** The zone reminders follow when none is given: the system's, read each time (people travel). */
export function systemTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/**
 * The first reminder strictly after `now`, or null when reminders are off or no day is chosen.
 * Times and days are the local wall clock of `timeZone`.
 */
export function nextReminder(
  now: Date,
  prefs: ReminderPrefs | undefined,
  timeZone: string = systemTimeZone(),
): Date | null {
  if (!prefs?.enabled || prefs.days.length === 0 || prefs.times.length === 0) return null;
  const today = wallClock(now.getTime(), timeZone);
  // Eight days: today's times may all be past and the only chosen day may be today's weekday.
  for (let ahead = 0; ahead <= 7; ahead += 1) {
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day + ahead));
    if (!prefs.days.includes(date.getUTCDay())) continue;
    let best: number | null = null;
    for (const time of prefs.times) {
      const [hour, minute] = time.split(':').map(Number) as [number, number];
      const at = wallTimeToInstant(
        date.getUTCFullYear(),
        date.getUTCMonth() + 1,
        date.getUTCDate(),
        hour,
        minute,
        timeZone,
      );
      if (at > now.getTime() && (best === null || at < best)) best = at;
    }
    if (best !== null) return new Date(best);
  }
  return null;
}
