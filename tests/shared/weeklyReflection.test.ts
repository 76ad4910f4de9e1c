import { afterAll, describe, expect, it } from 'vitest';
import type { Checkin } from '../../shared/domain/checkin';
import { momentOfCheckin, type LabelledMoment } from '../../shared/insights/moments';
import { weeklyReflection, type WeeklyReflection } from '../../shared/insights/weeklyReflection';

// Weeks are local: pin a zone with daylight saving (Paris: +1 h in winter, +2 h from 29 March 2026).
const savedTz = process.env.TZ;
process.env.TZ = 'Europe/Paris';
afterAll(() => {
  process.env.TZ = savedTz;
});

/** An ISO instant for a local wall-clock time in Paris. */
const local = (month: number, day: number, hour = 12, minute = 0) =>
  new Date(2026, month - 1, day, hour, minute).toISOString();

function moment(at: string, fields: Partial<LabelledMoment> = {}): LabelledMoment {
  return { at, source: 'checkin', valence: null, energy: null, labels: [], context: [], ...fields };
}
const named = (id: string, intensity = 5) => ({ id, intensity });

/** Monday 2 March 2026, 00:00 in Paris. */
const WEEK = new Date(2026, 2, 2);

function described(reflection: WeeklyReflection) {
  if (!reflection.enough) throw new Error('expected enough data');
  return reflection;
}

describe('the weekly reflection', () => {
  it('reads wall-clock times in Paris (the zone these tests rely on)', () => {
    expect(local(3, 2, 0)).toBe('2026-03-01T23:00:00.000Z');
    expect(local(3, 30, 0)).toBe('2026-03-29T22:00:00.000Z');
  });

  it('says there is too little to describe under three moments, with both weeks’ counts', () => {
    const data = [
      moment(local(2, 24), { valence: 1, energy: 1 }),
      moment(local(2, 25), { valence: 1, energy: 1 }),
      moment(local(2, 26), { valence: 1, energy: 1 }),
      moment(local(3, 3), { valence: -1, energy: -1 }),
      moment(local(3, 4), { labels: [named('calm')] }),
    ];
    expect(weeklyReflection(data, WEEK)).toEqual({
      weekStart: '2026-03-02',
      n: 2,
      previousN: 3,
      enough: false,
    });
  });

  it('describes an empty week as too little, without failing', () => {
    expect(weeklyReflection([], WEEK)).toEqual({
      weekStart: '2026-03-02',
      n: 0,
      previousN: 0,
      enough: false,
    });
  });

  it('counts the words named this week, and the context each was named with most', () => {
    const data = [
      ...[3, 3, 4, 5].map((d) => moment(local(3, d), { labels: [named('anxiety')], context: ['work'] })),
      moment(local(3, 6), { labels: [named('anxiety'), named('tiredness')], context: ['sleep', 'sleep'] }),
      moment(local(3, 7), { labels: [named('joy')] }),
      moment(local(3, 8), { labels: [named('joy'), named('tiredness')], context: ['friends'] }),
    ];
    expect(described(weeklyReflection(data, WEEK)).topLabels).toEqual([
      { id: 'anxiety', count: 5, context: { tag: 'work', count: 4 } },
      { id: 'joy', count: 2, context: { tag: 'friends', count: 1 } },
      { id: 'tiredness', count: 2, context: { tag: 'friends', count: 1 } },
    ]);
  });

  it('says a word was never named with a context when it was not', () => {
    const data = [1, 2, 3].map(() => moment(local(3, 4), { labels: [named('calm')] }));
    expect(described(weeklyReflection(data, WEEK)).topLabels).toEqual([
      { id: 'calm', count: 3, context: null },
    ]);
  });

  it('breaks ties between words and between contexts by name, whatever order they came in', () => {
    const data = [
      moment(local(3, 2), { labels: [named('sadness')], context: ['work'] }),
      moment(local(3, 3), { labels: [named('calm')], context: ['partner'] }),
      moment(local(3, 4), { labels: [named('anger')], context: ['body'] }),
      moment(local(3, 5), { labels: [named('sadness'), named('calm'), named('anger')], context: ['family'] }),
    ];
    const forward = described(weeklyReflection(data, WEEK));
    const backward = described(weeklyReflection([...data].reverse(), WEEK));
    expect(forward.topLabels.map((l) => l.id)).toEqual(['anger', 'calm', 'sadness']);
    expect(forward.topLabels[0]!.context).toEqual({ tag: 'body', count: 1 });
    expect(backward).toEqual(forward);
  });

  it('tells the quarter of the map the week sat in most often, with its share of the placed moments', () => {
    const data = [
      moment(local(3, 2), { valence: 2, energy: -1 }),
      moment(local(3, 3), { valence: 1, energy: -2 }),
      moment(local(3, 4), { valence: -2, energy: 2 }),
      moment(local(3, 5), { valence: 0, energy: 2 }), // on an axis: no quarter
      moment(local(3, 6), { labels: [named('not-sure')] }), // no place at all
    ];
    expect(described(weeklyReflection(data, WEEK)).quadrant).toEqual({
      quadrants: ['pleasant-low'],
      count: 2,
      placed: 3,
      share: 0.67,
    });
  });

  it('names every quarter that tied for most, in the map’s order', () => {
    const data = [
      moment(local(3, 2), { valence: -2, energy: -2 }),
      moment(local(3, 3), { valence: 2, energy: 2 }),
      moment(local(3, 4), { valence: -1, energy: -1 }),
      moment(local(3, 5), { valence: 1, energy: 3 }),
    ];
    expect(described(weeklyReflection(data, WEEK)).quadrant).toEqual({
      quadrants: ['pleasant-high', 'unpleasant-low'],
      count: 2,
      placed: 4,
      share: 0.5,
    });
  });

  it('places moments with only words by their words’ usual place', () => {
    // sadness sits at (−2, −1): unpleasant and low, on Tuesday twice and Thursday once.
    const data = [
      moment(local(3, 3, 9), { labels: [named('sadness', 7)] }),
      moment(local(3, 3, 21), { labels: [named('sadness', 4)] }),
      moment(local(3, 5), { labels: [named('sadness', 2)] }),
    ];
    const reflection = described(weeklyReflection(data, WEEK));
    expect(reflection.quadrant).toEqual({ quadrants: ['unpleasant-low'], count: 3, placed: 3, share: 1 });
    expect(reflection.unpleasantDays).toEqual({ days: ['2026-03-03'], count: 2, total: 3 });
  });

  it('says nothing about quarters or days when no moment could be placed', () => {
    const data = [1, 2, 3].map((d) =>
      moment(local(3, d + 1), { labels: [named('not-sure'), named('ambivalence')] }),
    );
    const reflection = described(weeklyReflection(data, WEEK));
    expect(reflection.quadrant).toBeNull();
    expect(reflection.unpleasantDays).toBeNull();
    expect(reflection.topLabels.map((l) => l.id)).toEqual(['ambivalence', 'not-sure']);
  });

  it('names the days with the most unpleasant moments, only from two on one day', () => {
    const low = { valence: -2, energy: -1 };
    const tied = [
      moment(local(3, 2, 8), low),
      moment(local(3, 2, 20), low),
      moment(local(3, 4, 8), { valence: -1, energy: 2 }),
      moment(local(3, 4, 9), low),
      moment(local(3, 6), low),
      moment(local(3, 7), { valence: 3, energy: 1 }),
    ];
    expect(described(weeklyReflection(tied, WEEK)).unpleasantDays).toEqual({
      days: ['2026-03-02', '2026-03-04'],
      count: 2,
      total: 5,
    });
    const spread = [2, 3, 4, 5].map((d) => moment(local(3, d), low));
    expect(described(weeklyReflection(spread, WEEK)).unpleasantDays).toBeNull();
  });

  it('buckets unpleasant moments by local day, not by UTC day', () => {
    // 00:30 on Tuesday in Paris is still Monday in UTC.
    const data = [
      moment(local(3, 3, 0, 30), { valence: -2, energy: 1 }),
      moment(local(3, 3, 23, 30), { valence: -2, energy: 1 }),
      moment(local(3, 4), { valence: 2, energy: 1 }),
    ];
    expect(described(weeklyReflection(data, WEEK)).unpleasantDays).toEqual({
      days: ['2026-03-03'],
      count: 2,
      total: 2,
    });
  });

  it('lists the words named this week and not the week before, most-named first', () => {
    const data = [
      moment(local(2, 24), { labels: [named('calm'), named('joy')] }),
      moment(local(3, 2), { labels: [named('calm'), named('stress')] }),
      moment(local(3, 3), { labels: [named('stress'), named('hope')] }),
      moment(local(3, 4), { labels: [named('anger')] }),
    ];
    const reflection = described(weeklyReflection(data, WEEK));
    expect(reflection.n).toBe(3);
    expect(reflection.previousN).toBe(1);
    expect(reflection.newLabels).toEqual(['stress', 'anger', 'hope']);
  });

  it('lists no new words when nothing was recorded the week before', () => {
    const data = [2, 3, 4].map((d) => moment(local(3, d), { labels: [named('calm')] }));
    expect(described(weeklyReflection(data, WEEK)).newLabels).toEqual([]);
  });

  it('counts a moment at Monday 00:00 in the week it opens, and one a minute earlier in the week before', () => {
    const data = [
      moment(local(3, 1, 23, 59), { valence: 1, energy: 1 }),
      moment(local(3, 2, 0, 0), { valence: 1, energy: 1 }),
      moment(local(3, 8, 23, 59), { valence: 1, energy: 1 }),
      moment(local(3, 9, 0, 0), { valence: 1, energy: 1 }),
      moment(local(2, 23, 0, 0), { valence: 1, energy: 1 }),
      moment(local(2, 22, 23, 59), { valence: 1, energy: 1 }),
    ];
    const reflection = weeklyReflection(data, WEEK);
    expect([reflection.n, reflection.previousN]).toEqual([2, 2]);
  });

  it('accepts any instant of the week and describes the whole local week around it', () => {
    const data = [2, 4, 8].map((d) => moment(local(3, d), { valence: 1, energy: 1 }));
    const fromWednesday = weeklyReflection(data, new Date(2026, 2, 4, 15, 30));
    expect(fromWednesday).toEqual(weeklyReflection(data, WEEK));
    expect(fromWednesday.weekStart).toBe('2026-03-02');
  });

  it('keeps the local bounds of a week that springs forward (167 hours long)', () => {
    // Clocks go from 02:00 to 03:00 on Sunday 29 March 2026 in Paris.
    const data = [
      moment(local(3, 23, 0, 0), { valence: 1, energy: 1 }),
      moment(local(3, 29, 3, 30), { valence: 1, energy: 1 }),
      moment(local(3, 29, 23, 30), { valence: 1, energy: 1 }),
      moment(local(3, 30, 0, 30), { valence: 1, energy: 1 }), // next week: 168 h would wrongly take it
    ];
    const reflection = weeklyReflection(data, new Date(2026, 2, 23));
    expect([reflection.weekStart, reflection.n]).toEqual(['2026-03-23', 3]);
    expect(weeklyReflection(data, new Date(2026, 2, 30)).previousN).toBe(3);
  });

  it('keeps the local bounds of a week that falls back (169 hours long)', () => {
    // Clocks go from 03:00 back to 02:00 on Sunday 25 October 2026 in Paris.
    const data = [
      moment(new Date(2026, 9, 19, 0, 0).toISOString(), { valence: -1, energy: -1 }),
      moment(new Date(2026, 9, 25, 23, 30).toISOString(), { valence: -1, energy: -1 }),
      moment(new Date(2026, 9, 25, 2, 30).toISOString(), { valence: -1, energy: -1 }),
      moment(new Date(2026, 9, 26, 0, 0).toISOString(), { valence: -1, energy: -1 }),
    ];
    const reflection = described(weeklyReflection(data, new Date(2026, 9, 19)));
    expect(reflection.n).toBe(3);
    expect(reflection.unpleasantDays).toEqual({ days: ['2026-10-25'], count: 2, total: 3 });
  });
});

describe('labelled moments', () => {
  it('turn a check-in into a moment with its point, words and context, and nothing else', () => {
    const checkin: Checkin = {
      id: 'a'.repeat(32),
      at: '2026-03-02T08:00:00.000Z',
      valence: null,
      energy: null,
      labels: [{ id: 'anxiety', intensity: 6 }],
      note: 'private words',
      context: ['work'],
    };
    expect(momentOfCheckin(checkin)).toEqual({
      at: '2026-03-02T08:00:00.000Z',
      source: 'checkin',
      valence: null,
      energy: null,
      labels: [{ id: 'anxiety', intensity: 6 }],
      context: ['work'],
    });
  });
});
