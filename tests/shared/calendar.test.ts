import { afterAll, describe, expect, it } from 'vitest';
import { calendarDays } from '../../shared/insights/calendar';
import type { LabelledMoment } from '../../shared/insights/moments';

// Days are local: pin a zone with daylight saving (Paris: +1 h in winter, +2 h from 29 March 2026).
const savedTz = process.env.TZ;
process.env.TZ = 'Europe/Paris';
afterAll(() => {
  process.env.TZ = savedTz;
});

const local = (month: number, day: number, hour = 12, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).toISOString();

function moment(at: string, fields: Partial<LabelledMoment> = {}): LabelledMoment {
  return { at, source: 'checkin', valence: null, energy: null, labels: [], context: [], ...fields };
}

describe('the month calendar', () => {
  it('has one entry per local day of the month, empty days included', () => {
    const february = calendarDays([], new Date(2026, 1, 1));
    expect(february).toHaveLength(28);
    expect(february[0]).toEqual({ day: '2026-02-01', n: 0, meanValence: null, dominantQuadrant: null });
    expect(february.at(-1)!.day).toBe('2026-02-28');
    expect(calendarDays([], new Date(2028, 1, 10))).toHaveLength(29); // leap year, from any day of it
  });

  it('gives each day its number of moments, mean pleasantness and the quarter most moments fell in', () => {
    const data = [
      moment(local(3, 12, 8), { valence: 3, energy: -1 }),
      moment(local(3, 12, 13), { valence: 2, energy: -2 }),
      moment(local(3, 12, 20), { valence: -1, energy: 2 }),
      moment(local(3, 13), { labels: [{ id: 'not-sure', intensity: 3 }] }),
    ];
    const days = calendarDays(data, new Date(2026, 2, 1));
    expect(days[11]).toEqual({
      day: '2026-03-12',
      n: 3,
      meanValence: 1.33,
      dominantQuadrant: 'pleasant-low',
    });
    expect(days[12]).toEqual({ day: '2026-03-13', n: 1, meanValence: null, dominantQuadrant: null });
    expect(days.filter((d) => d.n > 0)).toHaveLength(2);
  });

  it('places words without a point by their usual place', () => {
    // anxiety sits at (−2, 2).
    const data = [moment(local(3, 5), { labels: [{ id: 'anxiety', intensity: 8 }] })];
    expect(calendarDays(data, new Date(2026, 2, 1))[4]).toEqual({
      day: '2026-03-05',
      n: 1,
      meanValence: -2,
      dominantQuadrant: 'unpleasant-high',
    });
  });

  it('names no quarter when two tie or when every point sits on an axis, and never gives −0', () => {
    const data = [
      moment(local(3, 7, 9), { valence: 2, energy: 2 }),
      moment(local(3, 7, 18), { valence: -2, energy: -2 }),
      moment(local(3, 8), { valence: 0, energy: 2 }),
    ];
    const days = calendarDays(data, new Date(2026, 2, 1));
    expect(days[6]).toEqual({ day: '2026-03-07', n: 2, meanValence: 0, dominantQuadrant: null });
    expect(Object.is(days[6]!.meanValence, 0)).toBe(true);
    expect(days[7]).toEqual({ day: '2026-03-08', n: 1, meanValence: 0, dominantQuadrant: null });
  });

  it('puts moments in their local day, and leaves out those of the months around', () => {
    const data = [
      moment(local(3, 1, 0, 0), { valence: 1, energy: 1 }), // 28 February 23:00 UTC
      moment(local(2, 28, 23, 59), { valence: 1, energy: 1 }),
      moment(local(3, 31, 23, 59), { valence: 1, energy: 1 }),
      moment(local(4, 1, 0, 0), { valence: 1, energy: 1 }),
    ];
    const days = calendarDays(data, new Date(2026, 2, 1));
    expect(days.map((d) => d.n).reduce((a, b) => a + b)).toBe(2);
    expect(days[0]!.n).toBe(1);
    expect(days[30]!.n).toBe(1);
  });

  it('keeps 31 days, each once, in a month with a daylight-saving change', () => {
    const march = calendarDays(
      [moment(local(3, 29, 3, 30), { valence: -1, energy: -1 })],
      new Date(2026, 2, 1),
    );
    expect(march.map((d) => d.day)).toEqual(
      Array.from({ length: 31 }, (_, i) => `2026-03-${String(i + 1).padStart(2, '0')}`),
    );
    expect(march[28]).toEqual({
      day: '2026-03-29',
      n: 1,
      meanValence: -1,
      dominantQuadrant: 'unpleasant-low',
    });
    const october = calendarDays([], new Date(2026, 9, 1));
    expect(new Set(october.map((d) => d.day)).size).toBe(31);
  });
});
