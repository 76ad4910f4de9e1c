import { emotionById, QUADRANTS, type Quadrant } from '../content/emotions';
import type { Checkin } from '../domain/checkin';

/**
 * Honest, descriptive statistics over check-ins: counts, means and ranges of what the user
 * recorded, always with n. No trend lines, no predictions, no thresholds, no labels about the
 * person. Day bucketing is the caller's (the renderer knows the local time zone).
 */

/** Where a check-in sits on the grid: its own point, else the intensity-weighted mean of its labels' defaults. */
export function pointOf(checkin: {
  valence: number | null;
  energy: number | null;
  labels: readonly { id: string; intensity: number }[];
}): { valence: number; energy: number } | null {
  if (checkin.valence !== null && checkin.energy !== null) {
    return { valence: checkin.valence, energy: checkin.energy };
  }
  let weight = 0;
  let valence = 0;
  let energy = 0;
  for (const label of checkin.labels) {
    const emotion = emotionById(label.id);
    if (!emotion) continue; // ambivalence, not sure: no coordinates
    const w = Math.max(1, label.intensity);
    weight += w;
    valence += emotion.valence * w;
    energy += emotion.energy * w;
  }
  return weight === 0 ? null : { valence: valence / weight, energy: energy / weight };
}

export function quadrantOfPoint(point: { valence: number; energy: number }): Quadrant | null {
  if (point.valence === 0 || point.energy === 0) return null;
  return `${point.valence > 0 ? 'pleasant' : 'unpleasant'}-${point.energy > 0 ? 'high' : 'low'}`;
}

export interface MoodBucket {
  /** The bucket's key as the caller made it (a day, a week, a month). */
  readonly key: string;
  /** Check-ins in the bucket, and how many of them could be placed on the grid. */
  readonly n: number;
  readonly placed: number;
  readonly valence: number | null;
  readonly energy: number | null;
  readonly valenceMin: number | null;
  readonly valenceMax: number | null;
}

/** Mean and range of valence and energy per bucket, in the order of `keys` (empty buckets kept, with n = 0). */
export function moodByBucket(
  checkins: readonly Checkin[],
  bucketOf: (iso: string) => string,
  keys: readonly string[],
): MoodBucket[] {
  const groups = new Map<string, Array<{ valence: number; energy: number } | null>>();
  for (const key of keys) groups.set(key, []);
  for (const checkin of checkins) groups.get(bucketOf(checkin.at))?.push(pointOf(checkin));
  return keys.map((key) => {
    const all = groups.get(key) ?? [];
    const points = all.filter((p): p is { valence: number; energy: number } => p !== null);
    if (points.length === 0) {
      return {
        key,
        n: all.length,
        placed: 0,
        valence: null,
        energy: null,
        valenceMin: null,
        valenceMax: null,
      };
    }
    const mean = (pick: (p: { valence: number; energy: number }) => number) =>
      round(points.reduce((sum, p) => sum + pick(p), 0) / points.length);
    const valences = points.map((p) => p.valence);
    return {
      key,
      n: all.length,
      placed: points.length,
      valence: mean((p) => p.valence),
      energy: mean((p) => p.energy),
      valenceMin: round(Math.min(...valences)),
      valenceMax: round(Math.max(...valences)),
    };
  });
}

export type QuadrantCounts = Record<Quadrant | 'unplaced', number>;

/** How many check-ins fell in each quadrant, per bucket. */
export function quadrantsByBucket(
  checkins: readonly Checkin[],
  bucketOf: (iso: string) => string,
  keys: readonly string[],
): Array<{ key: string; n: number; counts: QuadrantCounts }> {
  const empty = (): QuadrantCounts => ({
    'pleasant-high': 0,
    'pleasant-low': 0,
    'unpleasant-high': 0,
    'unpleasant-low': 0,
    unplaced: 0,
  });
  const groups = new Map(keys.map((key) => [key, empty()]));
  for (const checkin of checkins) {
    const counts = groups.get(bucketOf(checkin.at));
    if (!counts) continue;
    const point = pointOf(checkin);
    counts[(point && quadrantOfPoint(point)) ?? 'unplaced']++;
  }
  return keys.map((key) => {
    const counts = groups.get(key)!;
    return { key, n: QUADRANTS.reduce((sum, q) => sum + counts[q], counts.unplaced), counts };
  });
}

/** The labels named most often, with how often and their mean intensity; ties broken by id. */
export function topLabels(
  checkins: readonly Checkin[],
  limit: number,
): Array<{ id: string; count: number; meanIntensity: number }> {
  const tally = new Map<string, { count: number; intensity: number }>();
  for (const checkin of checkins) {
    for (const label of checkin.labels) {
      const t = tally.get(label.id) ?? { count: 0, intensity: 0 };
      t.count++;
      t.intensity += label.intensity;
      tally.set(label.id, t);
    }
  }
  return [...tally]
    .map(([id, t]) => ({ id, count: t.count, meanIntensity: round(t.intensity / t.count) }))
    .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
    .slice(0, limit);
}

/** For each context tag, the labels named with it most often (labels × context). */
export function labelsByContext(
  checkins: readonly Checkin[],
  perTag: number,
): Array<{ tag: string; n: number; labels: Array<{ id: string; count: number }> }> {
  const byTag = new Map<string, { n: number; labels: Map<string, number> }>();
  for (const checkin of checkins) {
    for (const tag of new Set(checkin.context)) {
      const entry = byTag.get(tag) ?? { n: 0, labels: new Map<string, number>() };
      entry.n++;
      for (const label of checkin.labels) entry.labels.set(label.id, (entry.labels.get(label.id) ?? 0) + 1);
      byTag.set(tag, entry);
    }
  }
  return [...byTag]
    .map(([tag, entry]) => ({
      tag,
      n: entry.n,
      labels: [...entry.labels]
        .map(([id, count]) => ({ id, count }))
        .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id))
        .slice(0, perTag),
    }))
    .sort((a, b) => b.n - a.n || a.tag.localeCompare(b.tag));
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The window and thresholds of the sustained-low-mood rule (CONTENT.md: "sustained low mood over 14 days"). */
export const LOW_MOOD_RULE = { days: 14, minDaysWithCheckins: 7, minShareLow: 0.7 } as const;

/**
 * A deterministic warning sign from check-ins, never a diagnosis: over the last 14 days, on at
 * least 7 days with check-ins, at least 70% of those days were, on average, unpleasant and low
 * in energy (mean pleasantness ≤ −1 and mean energy ≤ 0). Returns the counts the explanation
 * quotes, or null when the rule does not hold. Days are the caller's (local) buckets.
 */
export function sustainedLowMood(
  checkins: readonly Checkin[],
  bucketOf: (iso: string) => string,
  lastDays: readonly string[],
): { daysWithCheckins: number; lowDays: number } | null {
  const buckets = moodByBucket(checkins, bucketOf, lastDays).filter((b) => b.placed > 0);
  const low = buckets.filter((b) => b.valence! <= -1 && b.energy! <= 0).length;
  if (buckets.length < LOW_MOOD_RULE.minDaysWithCheckins) return null;
  if (low / buckets.length < LOW_MOOD_RULE.minShareLow) return null;
  return { daysWithCheckins: buckets.length, lowDays: low };
}
