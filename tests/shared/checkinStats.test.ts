import { describe, expect, it } from 'vitest';
import type { Checkin } from '../../shared/domain/checkin';
import {
  labelsByContext,
  moodByBucket,
  pointOf,
  quadrantsByBucket,
  sustainedLowMood,
  topLabels,
} from '../../shared/insights/checkinStats';

let counter = 0;
function checkin(at: string, fields: Partial<Checkin>): Checkin {
  counter++;
  return {
    id: counter.toString(16).padStart(32, '0'),
    at,
    valence: null,
    energy: null,
    labels: [],
    note: '',
    context: [],
    ...fields,
  };
}
const day = (iso: string) => iso.slice(0, 10);

describe('check-in statistics', () => {
  it('place a check-in by its own point, else by its labels’ default coordinates weighted by intensity', () => {
    expect(pointOf(checkin('2026-01-01T10:00:00.000Z', { valence: -2, energy: 3 }))).toEqual({
      valence: -2,
      energy: 3,
    });
    // anxiety (-2, 2) at 9 and calm (2, -2) at 1: mostly anxiety.
    const mixed = pointOf(
      checkin('2026-01-01T10:00:00.000Z', {
        labels: [
          { id: 'anxiety', intensity: 9 },
          { id: 'calm', intensity: 1 },
        ],
      }),
    )!;
    expect(mixed.valence).toBeLessThan(0);
    expect(mixed.energy).toBeGreaterThan(0);
    expect(
      pointOf(checkin('2026-01-01T10:00:00.000Z', { labels: [{ id: 'not-sure', intensity: 4 }] })),
    ).toBeNull();
  });

  it('give each day its mean, range and n, keeping empty days', () => {
    const data = [
      checkin('2026-01-01T08:00:00.000Z', { valence: -3, energy: 1 }),
      checkin('2026-01-01T20:00:00.000Z', { valence: 1, energy: -1 }),
      checkin('2026-01-03T20:00:00.000Z', { labels: [{ id: 'not-sure', intensity: 2 }] }),
    ];
    const buckets = moodByBucket(data, day, ['2026-01-01', '2026-01-02', '2026-01-03']);
    expect(buckets).toEqual([
      { key: '2026-01-01', n: 2, placed: 2, valence: -1, energy: 0, valenceMin: -3, valenceMax: 1 },
      { key: '2026-01-02', n: 0, placed: 0, valence: null, energy: null, valenceMin: null, valenceMax: null },
      { key: '2026-01-03', n: 1, placed: 0, valence: null, energy: null, valenceMin: null, valenceMax: null },
    ]);
  });

  it('count quadrants per bucket; points on an axis and unnamed feelings count as unplaced', () => {
    const data = [
      checkin('2026-01-05T08:00:00.000Z', { valence: 2, energy: 2 }),
      checkin('2026-01-05T09:00:00.000Z', { valence: -1, energy: -2 }),
      checkin('2026-01-05T10:00:00.000Z', { valence: 0, energy: 2 }),
      checkin('2026-01-06T10:00:00.000Z', { labels: [{ id: 'sadness', intensity: 6 }] }),
    ];
    expect(quadrantsByBucket(data, () => 'week', ['week'])).toEqual([
      {
        key: 'week',
        n: 4,
        counts: {
          'pleasant-high': 1,
          'pleasant-low': 0,
          'unpleasant-high': 0,
          'unpleasant-low': 2,
          unplaced: 1,
        },
      },
    ]);
  });

  it('rank labels by how often they were named, with their mean intensity, and by context', () => {
    const data = [
      checkin('2026-01-01T08:00:00.000Z', { labels: [{ id: 'anxiety', intensity: 6 }], context: ['work'] }),
      checkin('2026-01-02T08:00:00.000Z', {
        labels: [
          { id: 'anxiety', intensity: 8 },
          { id: 'tiredness', intensity: 3 },
        ],
        context: ['work', 'sleep', 'work'],
      }),
      checkin('2026-01-03T08:00:00.000Z', { labels: [{ id: 'joy', intensity: 7 }], context: ['friends'] }),
    ];
    expect(topLabels(data, 2)).toEqual([
      { id: 'anxiety', count: 2, meanIntensity: 7 },
      { id: 'joy', count: 1, meanIntensity: 7 },
    ]);
    expect(labelsByContext(data, 1)).toEqual([
      { tag: 'work', n: 2, labels: [{ id: 'anxiety', count: 2 }] },
      { tag: 'friends', n: 1, labels: [{ id: 'joy', count: 1 }] },
      { tag: 'sleep', n: 1, labels: [{ id: 'anxiety', count: 1 }] },
    ]);
  });
});

describe('the sustained-low-mood rule', () => {
  const days = Array.from({ length: 14 }, (_, i) => `2026-02-${String(i + 1).padStart(2, '0')}`);
  const on = (d: string, valence: number, energy: number) =>
    checkin(`${d}T12:00:00.000Z`, { valence, energy });

  it('holds when most of at least 7 days with check-ins were unpleasant and low', () => {
    const data = [...days.slice(0, 8).map((d) => on(d, -2, -1)), on(days[9]!, 2, 1), on(days[10]!, -1, 0)];
    expect(sustainedLowMood(data, day, days)).toEqual({ daysWithCheckins: 10, lowDays: 9 });
  });

  it('does not hold with too few days, or too few low ones, or low but agitated days', () => {
    expect(
      sustainedLowMood(
        days.slice(0, 6).map((d) => on(d, -3, -3)),
        day,
        days,
      ),
    ).toBeNull();
    const mixed = [
      ...days.slice(0, 6).map((d) => on(d, -2, -2)),
      ...days.slice(6, 10).map((d) => on(d, 1, 1)),
    ];
    expect(sustainedLowMood(mixed, day, days)).toBeNull(); // 6 of 10
    expect(
      sustainedLowMood(
        days.map((d) => on(d, -2, 2)),
        day,
        days,
      ),
    ).toBeNull(); // anxious, not low
  });

  it('counts a day by its mean, and words alone by their usual place', () => {
    const data = days
      .slice(0, 8)
      .flatMap((d) => [
        checkin(`${d}T08:00:00.000Z`, { labels: [{ id: 'sadness', intensity: 7 }] }),
        on(d, 1, -1),
      ]);
    // sadness sits at (-2,-2): the day's mean pleasantness is above -1 → not low.
    expect(sustainedLowMood(data, day, days)).toBeNull();
  });
});
