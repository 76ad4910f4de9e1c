import { describe, expect, it } from 'vitest';
import type { Checkin } from '../../shared/domain/checkin';
import {
  labelsByContext,
  moodByBucket,
  pointOf,
  quadrantsByBucket,
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
