import { QUADRANTS, type Quadrant } from '../content/emotions';
import { quadrantOfPoint } from './checkinStats';
import { addLocalDays, localDayKey, momentsBetween, pointOfMoment, type LabelledMoment } from './moments';

/** One local day of a month calendar: how many moments, and where they sat on average. */
export interface CalendarDay {
  /** Local day, 'YYYY-MM-DD'. */
  readonly day: string;
  /** Moments recorded that day, placed on the map or not. */
  readonly n: number;
  /** Mean pleasantness (−3…3, two decimals) of the moments that could be placed; null when none could. */
  readonly meanValence: number | null;
  /** The quarter of the map most of the day's placed moments fell in; null when none, or when tied. */
  readonly dominantQuadrant: Quadrant | null;
}

/**
 * Every local day of the month that contains `monthStart`, first to last, empty days included
 * (n = 0). Descriptive only: counts and a mean, as recorded.
 */
export function calendarDays(moments: readonly LabelledMoment[], monthStart: Date): CalendarDay[] {
  const first = new Date(monthStart.getFullYear(), monthStart.getMonth(), 1);
  const next = new Date(first.getFullYear(), first.getMonth() + 1, 1);
  const byDay = new Map<string, LabelledMoment[]>();
  for (let d = first; d < next; d = addLocalDays(d, 1)) byDay.set(localDayKey(d), []);
  for (const moment of momentsBetween(moments, first, next)) {
    byDay.get(localDayKey(new Date(moment.at)))?.push(moment);
  }
  return [...byDay].map(([day, dayMoments]) => describeDay(day, dayMoments));
}

function describeDay(day: string, moments: readonly LabelledMoment[]): CalendarDay {
  const points = moments
    .map(pointOfMoment)
    .filter((p): p is { valence: number; energy: number } => p !== null);
  if (points.length === 0) return { day, n: moments.length, meanValence: null, dominantQuadrant: null };
  const mean = points.reduce((sum, p) => sum + p.valence, 0) / points.length;
  const counts = new Map<Quadrant, number>();
  for (const point of points) {
    const quadrant = quadrantOfPoint(point);
    if (quadrant) counts.set(quadrant, (counts.get(quadrant) ?? 0) + 1);
  }
  const top = Math.max(0, ...counts.values());
  const leaders = QUADRANTS.filter((q) => top > 0 && counts.get(q) === top);
  return {
    day,
    n: moments.length,
    meanValence: Math.round(mean * 100) / 100 + 0, // + 0 turns −0 into 0
    dominantQuadrant: leaders.length === 1 ? leaders[0]! : null,
  };
}
