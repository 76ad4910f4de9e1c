import { QUADRANTS, type Quadrant } from '../content/emotions';
import { quadrantOfPoint } from './checkinStats';
import {
  addLocalDays,
  localDayKey,
  momentsBetween,
  pointOfMoment,
  startOfLocalWeek,
  type LabelledMoment,
} from './moments';

/**
 * A week described in the user's own words: structured facts counted from what they recorded,
 * for the renderer to word (with plurals, in both languages). Descriptive only: counts, never a
 * prediction, a score or a verdict about the person.
 */

/** Under this many moments in the week, there is too little to describe. */
export const REFLECTION_MIN_MOMENTS = 3;
/** How many of the most-named words the reflection reports. */
export const REFLECTION_TOP_LABELS = 3;
/** A day is reported for its unpleasant moments only from this many on that day. */
export const REFLECTION_MIN_UNPLEASANT_ON_A_DAY = 2;

export interface NamedLabel {
  readonly id: string;
  /** Moments of the week that named it. */
  readonly count: number;
  /** The context tag it was named with most often this week, and how often; null when never with one. */
  readonly context: { readonly tag: string; readonly count: number } | null;
}

export interface QuadrantShare {
  /** The quarter(s) of the map with the most moments; more than one when tied, in QUADRANTS order. */
  readonly quadrants: readonly Quadrant[];
  /** Moments in each of those quarters. */
  readonly count: number;
  /** Moments that could be placed in a quarter at all (not on an axis, not words without a place). */
  readonly placed: number;
  /** count / placed, rounded to two decimals. */
  readonly share: number;
}

export interface UnpleasantDays {
  /** The local day(s) ('YYYY-MM-DD') with the most unpleasant moments, oldest first. */
  readonly days: readonly string[];
  /** Unpleasant moments on each of those days. */
  readonly count: number;
  /** Unpleasant moments in the whole week. */
  readonly total: number;
}

interface WeekCounts {
  /** Local Monday of the week, 'YYYY-MM-DD'. */
  readonly weekStart: string;
  /** Moments in the week, and in the week before. */
  readonly n: number;
  readonly previousN: number;
}

export type WeeklyReflection =
  | (WeekCounts & { readonly enough: false })
  | (WeekCounts & {
      readonly enough: true;
      /** The most-named words, most first; ties by id. */
      readonly topLabels: readonly NamedLabel[];
      /** Null when no moment could be placed in a quarter. */
      readonly quadrant: QuadrantShare | null;
      /** Null unless some day had at least REFLECTION_MIN_UNPLEASANT_ON_A_DAY unpleasant moments. */
      readonly unpleasantDays: UnpleasantDays | null;
      /** Words named this week and not the week before, most-named first; [] when the week before is empty. */
      readonly newLabels: readonly string[];
    });

/**
 * The facts of the local week (Monday 00:00 to the next Monday 00:00) that contains `weekStart`,
 * compared with the week before where a comparison says something.
 */
export function weeklyReflection(moments: readonly LabelledMoment[], weekStart: Date): WeeklyReflection {
  const start = startOfLocalWeek(weekStart);
  const week = momentsBetween(moments, start, addLocalDays(start, 7));
  const previous = momentsBetween(moments, addLocalDays(start, -7), start);
  const counts = { weekStart: localDayKey(start), n: week.length, previousN: previous.length };
  if (week.length < REFLECTION_MIN_MOMENTS) return { ...counts, enough: false };

  const ranked = rankLabels(week);
  const namedBefore = new Set(previous.flatMap((m) => m.labels.map((l) => l.id)));
  return {
    ...counts,
    enough: true,
    topLabels: ranked.slice(0, REFLECTION_TOP_LABELS).map(({ id, count }) => ({
      id,
      count,
      context: topContext(week, id),
    })),
    quadrant: quadrantShare(week),
    unpleasantDays: unpleasantDays(week),
    newLabels: previous.length === 0 ? [] : ranked.map((l) => l.id).filter((id) => !namedBefore.has(id)),
  };
}

/** Each word with the number of moments that named it, most first; ties by id. */
function rankLabels(moments: readonly LabelledMoment[]): Array<{ id: string; count: number }> {
  const tally = new Map<string, number>();
  for (const moment of moments) {
    for (const id of new Set(moment.labels.map((l) => l.id))) tally.set(id, (tally.get(id) ?? 0) + 1);
  }
  return [...tally]
    .map(([id, count]) => ({ id, count }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
}

function topContext(moments: readonly LabelledMoment[], labelId: string): NamedLabel['context'] {
  const tally = new Map<string, number>();
  for (const moment of moments) {
    if (!moment.labels.some((l) => l.id === labelId)) continue;
    for (const tag of new Set(moment.context)) tally.set(tag, (tally.get(tag) ?? 0) + 1);
  }
  const [top] = [...tally]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
  return top ?? null;
}

function quadrantShare(moments: readonly LabelledMoment[]): QuadrantShare | null {
  const counts = new Map<Quadrant, number>(QUADRANTS.map((q) => [q, 0]));
  let placed = 0;
  for (const moment of moments) {
    const point = pointOfMoment(moment);
    const quadrant = point && quadrantOfPoint(point);
    if (!quadrant) continue;
    counts.set(quadrant, counts.get(quadrant)! + 1);
    placed++;
  }
  if (placed === 0) return null;
  const count = Math.max(...counts.values());
  return {
    quadrants: QUADRANTS.filter((q) => counts.get(q) === count),
    count,
    placed,
    share: Math.round((count / placed) * 100) / 100,
  };
}

function unpleasantDays(moments: readonly LabelledMoment[]): UnpleasantDays | null {
  const byDay = new Map<string, number>();
  let total = 0;
  for (const moment of moments) {
    const point = pointOfMoment(moment);
    if (!point || point.valence >= 0) continue;
    const day = localDayKey(new Date(moment.at));
    byDay.set(day, (byDay.get(day) ?? 0) + 1);
    total++;
  }
  const count = Math.max(0, ...byDay.values());
  if (count < REFLECTION_MIN_UNPLEASANT_ON_A_DAY) return null;
  const days = [...byDay]
    .filter(([, n]) => n === count)
    .map(([day]) => day)
    .sort();
  return { days, count, total };
}
