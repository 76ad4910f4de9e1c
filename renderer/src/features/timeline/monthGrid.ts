import type { CalendarDay } from '../../../../shared/insights/calendar';

/** 'YYYY-MM-DD' → that local day at midnight. */
export function parseDayKey(key: string): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

const pad = (n: number) => String(n).padStart(2, '0');
const keyOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** The month's days as weeks (rows, Monday first), null where a week runs into the month before or after. */
export function monthGrid(days: readonly CalendarDay[], first: Date): Array<Array<CalendarDay | null>> {
  const lead = (first.getDay() + 6) % 7;
  const cells: Array<CalendarDay | null> = [...Array<null>(lead).fill(null), ...days];
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
}

/**
 * Where a key moves the focus in a month grid (the grid pattern): a day left or right, a week up
 * or down (into the next month if need be), the start or end of the week with Home and End, a
 * month with Page Up and Page Down (the same date, or the month's last day if it has fewer).
 * Null for any other key.
 */
export function dayOfMonthMove(day: string, key: string): string | null {
  const date = parseDayKey(day);
  const y = date.getFullYear();
  const m = date.getMonth();
  const d = date.getDate();
  const weekday = (date.getDay() + 6) % 7;
  const inMonth = (year: number, month: number) => {
    const last = new Date(year, month + 1, 0).getDate();
    return keyOf(new Date(year, month, Math.min(d, last)));
  };
  switch (key) {
    case 'ArrowLeft':
      return keyOf(new Date(y, m, d - 1));
    case 'ArrowRight':
      return keyOf(new Date(y, m, d + 1));
    case 'ArrowUp':
      return keyOf(new Date(y, m, d - 7));
    case 'ArrowDown':
      return keyOf(new Date(y, m, d + 7));
    case 'Home':
      return keyOf(new Date(y, m, d - weekday));
    case 'End':
      return keyOf(new Date(y, m, d + 6 - weekday));
    case 'PageUp':
      return inMonth(y, m - 1);
    case 'PageDown':
      return inMonth(y, m + 1);
    default:
      return null;
  }
}
