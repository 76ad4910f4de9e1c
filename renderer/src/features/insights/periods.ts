import { localDayKey, startOfLocalWeek } from '../../../../shared/insights/moments';

/** The periods insights are shown over, each cut into buckets in the user's local time. */
export type Period = 'days' | 'weeks' | 'months';

export interface Buckets {
  /** The earliest instant included (ISO, UTC). */
  readonly since: string;
  /** Bucket keys, oldest first. */
  readonly keys: readonly string[];
  readonly bucketOf: (iso: string) => string;
  readonly labelOf: (key: string) => string;
}

const dayKey = localDayKey;
const weekStart = startOfLocalWeek;
/** 'YYYY-MM' of the local month: the day key without its day. */
const monthKey = (d: Date) => localDayKey(d).slice(0, 7);
function parseDay(key: string): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d ?? 1);
}

/** The last `n` local days up to today, oldest first, and the bucket function that matches them. */
export function lastLocalDays(
  n: number,
  now: Date,
): { since: string; keys: string[]; bucketOf: (iso: string) => string } {
  const first = new Date(now.getFullYear(), now.getMonth(), now.getDate() - (n - 1));
  const keys = Array.from({ length: n }, (_, i) =>
    dayKey(new Date(first.getFullYear(), first.getMonth(), first.getDate() + i)),
  );
  return { since: first.toISOString(), keys, bucketOf: (iso) => dayKey(new Date(iso)) };
}

/** The last 30 days, 12 weeks or 12 months up to `now`, in local time. */
export function buckets(period: Period, now: Date, language: string): Buckets {
  const short = new Intl.DateTimeFormat(language, { day: 'numeric', month: 'short' });
  const month = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric' });
  if (period === 'months') {
    const first = new Date(now.getFullYear(), now.getMonth() - 11, 1);
    const keys = Array.from({ length: 12 }, (_, i) =>
      monthKey(new Date(first.getFullYear(), first.getMonth() + i, 1)),
    );
    return {
      since: first.toISOString(),
      keys,
      bucketOf: (iso) => monthKey(new Date(iso)),
      labelOf: (key) => month.format(parseDay(key)),
    };
  }
  if (period === 'weeks') {
    const first = weekStart(now);
    first.setDate(first.getDate() - 7 * 11);
    const keys = Array.from({ length: 12 }, (_, i) => {
      const d = new Date(first);
      d.setDate(first.getDate() + 7 * i);
      return dayKey(d);
    });
    return {
      since: first.toISOString(),
      keys,
      bucketOf: (iso) => dayKey(weekStart(new Date(iso))),
      labelOf: (key) => short.format(parseDay(key)),
    };
  }
  return { ...lastLocalDays(30, now), labelOf: (key) => short.format(parseDay(key)) };
}
