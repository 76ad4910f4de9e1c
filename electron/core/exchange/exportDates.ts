import { AppError } from '../../../shared/errors';

/**
 * Date formatting for files that leave the vault, in one time zone (the selection's, else the
 * system's). Formatters are built once per export: Intl formatters are costly to create.
 */
export class ExportDates {
  readonly #full: Intl.DateTimeFormat;
  readonly #day: Intl.DateTimeFormat;
  readonly #calendarDay: Intl.DateTimeFormat;
  readonly #sheet: Intl.DateTimeFormat;

  constructor(locale: string, timeZone?: string) {
    const zone = timeZone === undefined ? {} : { timeZone };
    try {
      this.#full = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', ...zone });
      this.#day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...zone });
      // A bare calendar day (YYYY-MM-DD) names no instant: read and shown in UTC so it never shifts.
      this.#calendarDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
      this.#sheet = new Intl.DateTimeFormat('en-CA', {
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        ...zone,
      });
    } catch {
      throw new AppError('VALIDATION', 'unknown time zone for the export');
    }
  }

  /** "Tuesday 3 March 2026 at 14:05" / "mardi 3 mars 2026 à 14:05". */
  dateTime(iso: string): string {
    return this.#full.format(instant(iso));
  }

  /** "3 March 2026" for an instant, or for a calendar day written YYYY-MM-DD. */
  day(isoOrDay: string): string {
    if (/^\d{4}-\d{2}-\d{2}$/.test(isoOrDay))
      return this.#calendarDay.format(instant(`${isoOrDay}T00:00:00Z`));
    return this.#day.format(instant(isoOrDay));
  }

  /** "2026-03-03 14:05": what spreadsheet apps read as a date and time in every locale. */
  sheet(iso: string): string {
    const parts = Object.fromEntries(this.#sheet.formatToParts(instant(iso)).map((p) => [p.type, p.value]));
    return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
  }
}

function instant(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new AppError('VALIDATION', 'an exported date is not a date');
  return date;
}
