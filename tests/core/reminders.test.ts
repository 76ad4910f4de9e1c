import { afterEach, describe, expect, it } from 'vitest';
import type { AppPreferences } from '../../shared/domain/preferences';
import {
  DEFAULT_REMINDERS,
  REMINDER_MESSAGES,
  type ReminderMessage,
  type ReminderPrefs,
} from '../../shared/domain/reminders';
import { nextReminder } from '../../electron/core/reminders/nextReminder';
import {
  LATE_GRACE_MS,
  MAX_WAIT_MS,
  ReminderScheduler,
  type ReminderClock,
} from '../../electron/core/reminders/reminderScheduler';
import { startCore, type Harness } from './support/coreHarness';

const PARIS = 'Europe/Paris';
const NEW_YORK = 'America/New_York';
const EVERY_DAY = [0, 1, 2, 3, 4, 5, 6];
const MINUTE = 60_000;

const on = (patch: Partial<ReminderPrefs>): ReminderPrefs => ({
  ...DEFAULT_REMINDERS,
  enabled: true,
  ...patch,
});

/**
 * A clock whose time moves only when told. `advanceTo` is time passing with the computer awake
 * (each timer runs at its moment); `sleepUntil` is the computer asleep (nothing runs, and the
 * timers already due all run late, at once, on waking).
 */
class FakeClock implements ReminderClock {
  private timers = new Map<number, { at: number; callback: () => void }>();
  private lastId = 0;
  /** Every wait asked for, in ms. */
  readonly waits: number[] = [];

  constructor(public ms: number) {}

  now(): Date {
    return new Date(this.ms);
  }

  setTimer(callback: () => void, ms: number): number {
    this.lastId += 1;
    this.waits.push(ms);
    this.timers.set(this.lastId, { at: this.ms + ms, callback });
    return this.lastId;
  }

  clearTimer(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  get pending(): number {
    return this.timers.size;
  }

  advanceTo(iso: string): void {
    const target = Date.parse(iso);
    for (;;) {
      const [id, timer] = this.earliest() ?? [];
      if (id === undefined || !timer || timer.at > target) break;
      this.ms = Math.max(this.ms, timer.at);
      this.timers.delete(id);
      timer.callback();
    }
    this.ms = target;
  }

  sleepUntil(iso: string): void {
    this.ms = Date.parse(iso);
    this.advanceTo(iso);
  }

  private earliest(): [number, { at: number; callback: () => void }] | undefined {
    return [...this.timers.entries()].sort((a, b) => a[1].at - b[1].at)[0];
  }
}

function schedule(start: string, prefs: AppPreferences, systemLocale = 'en-GB') {
  const clock = new FakeClock(Date.parse(start));
  const shown: Array<{ at: string; message: ReminderMessage }> = [];
  const stored = { prefs };
  const scheduler = new ReminderScheduler({
    clock,
    readPrefs: () => stored.prefs,
    notify: (message) => shown.push({ at: clock.now().toISOString(), message }),
    systemLocale: () => systemLocale,
    timeZone: () => PARIS,
  });
  scheduler.start();
  return { clock, shown, stored, scheduler, at: () => shown.map((s) => s.at) };
}

describe('nextReminder', () => {
  const cases: Array<{ name: string; now: string; prefs: ReminderPrefs; zone: string; next: string | null }> =
    [
      {
        name: 'later the same day',
        now: '2026-03-02T08:00:00Z', // Monday 09:00 in Paris
        prefs: on({ times: ['20:00'] }),
        zone: PARIS,
        next: '2026-03-02T19:00:00.000Z',
      },
      {
        name: 'the next day once today’s time has passed',
        now: '2026-03-02T20:00:00Z',
        prefs: on({ times: ['20:00'] }),
        zone: PARIS,
        next: '2026-03-03T19:00:00.000Z',
      },
      {
        name: 'strictly after now: a reminder due this instant is not next',
        now: '2026-03-02T19:00:00Z',
        prefs: on({ times: ['20:00'] }),
        zone: PARIS,
        next: '2026-03-03T19:00:00.000Z',
      },
      {
        name: 'only on the chosen weekdays (Wednesday)',
        now: '2026-03-02T08:00:00Z',
        prefs: on({ times: ['20:00'], days: [3] }),
        zone: PARIS,
        next: '2026-03-04T19:00:00.000Z',
      },
      {
        name: 'a week later when the only day is today and its time has passed',
        now: '2026-03-02T20:00:00Z',
        prefs: on({ times: ['20:00'], days: [1] }),
        zone: PARIS,
        next: '2026-03-09T19:00:00.000Z',
      },
      {
        name: 'the earliest of several times, whatever their order',
        now: '2026-03-02T11:30:00Z', // 12:30 in Paris
        prefs: on({ times: ['21:15', '07:30', '12:00'] }),
        zone: PARIS,
        next: '2026-03-02T20:15:00.000Z',
      },
      {
        name: 'Paris, clocks jump 02:00 → 03:00: 02:30 comes at 03:00',
        now: '2026-03-28T23:00:00Z', // Sunday 29 March, 00:00 CET
        prefs: on({ times: ['02:30'] }),
        zone: PARIS,
        next: '2026-03-29T01:00:00.000Z',
      },
      {
        name: 'Paris, the evening after the jump is on summer time',
        now: '2026-03-28T21:00:00Z',
        prefs: on({ times: ['20:00'] }),
        zone: PARIS,
        next: '2026-03-29T18:00:00.000Z',
      },
      {
        name: 'Paris, clocks go back 03:00 → 02:00: 02:30 comes at its first occurrence',
        now: '2026-10-24T22:00:00Z', // Sunday 25 October, 00:00 CEST
        prefs: on({ times: ['02:30'] }),
        zone: PARIS,
        next: '2026-10-25T00:30:00.000Z',
      },
      {
        name: 'Paris, …and not again at its second occurrence',
        now: '2026-10-25T00:30:00Z',
        prefs: on({ times: ['02:30'] }),
        zone: PARIS,
        next: '2026-10-26T01:30:00.000Z',
      },
      {
        name: 'New York, clocks jump 02:00 → 03:00: 02:30 comes at 03:00 EDT',
        now: '2026-03-08T05:00:00Z', // 00:00 EST
        prefs: on({ times: ['02:30'] }),
        zone: NEW_YORK,
        next: '2026-03-08T07:00:00.000Z',
      },
      {
        name: 'New York, clocks go back 02:00 → 01:00: 01:30 comes once, on daylight time',
        now: '2026-11-01T04:00:00Z', // 00:00 EDT
        prefs: on({ times: ['01:30'] }),
        zone: NEW_YORK,
        next: '2026-11-01T05:30:00.000Z',
      },
      {
        name: 'New York, …and the next one is the following night, on standard time',
        now: '2026-11-01T05:30:00Z',
        prefs: on({ times: ['01:30'] }),
        zone: NEW_YORK,
        next: '2026-11-02T06:30:00.000Z',
      },
      {
        name: 'none when reminders are off',
        now: '2026-03-02T08:00:00Z',
        prefs: { ...DEFAULT_REMINDERS, enabled: false },
        zone: PARIS,
        next: null,
      },
      {
        name: 'none when no day is chosen',
        now: '2026-03-02T08:00:00Z',
        prefs: on({ days: [] }),
        zone: PARIS,
        next: null,
      },
    ];
  it.each(cases)('$name', ({ now, prefs, zone, next }) => {
    expect(nextReminder(new Date(now), prefs, zone)?.toISOString() ?? null).toBe(next);
  });

  it('is none when reminders were never set', () => {
    expect(nextReminder(new Date('2026-03-02T08:00:00Z'), undefined, PARIS)).toBeNull();
  });
});

describe('the reminder scheduler', () => {
  it('shows each planned time once, at its time, day after day', () => {
    const s = schedule('2026-03-02T06:00:00Z', { reminders: on({ times: ['08:00', '12:00', '20:00'] }) });
    s.clock.advanceTo('2026-03-04T23:00:00Z');
    expect(s.at()).toEqual([
      '2026-03-02T07:00:00.000Z',
      '2026-03-02T11:00:00.000Z',
      '2026-03-02T19:00:00.000Z',
      '2026-03-03T07:00:00.000Z',
      '2026-03-03T11:00:00.000Z',
      '2026-03-03T19:00:00.000Z',
      '2026-03-04T07:00:00.000Z',
      '2026-03-04T11:00:00.000Z',
      '2026-03-04T19:00:00.000Z',
    ]);
    expect(s.shown[0]!.message).toEqual(REMINDER_MESSAGES.en.named);
    // Never one long wait: the wall clock is looked at again at least every few minutes.
    expect(Math.max(...s.clock.waits)).toBeLessThanOrEqual(MAX_WAIT_MS);
  });

  it('plans again when the preferences change, and stops planning when turned off', () => {
    const s = schedule('2026-03-02T08:00:00Z', { reminders: on({ times: ['20:00'] }) });
    s.clock.advanceTo('2026-03-02T09:00:00Z');
    s.stored.prefs = { language: 'fr', reminders: on({ times: ['11:00'], wording: 'neutral' }) };
    s.scheduler.replan();
    expect(s.scheduler.next?.toISOString()).toBe('2026-03-02T10:00:00.000Z');
    s.clock.advanceTo('2026-03-02T12:00:00Z');
    expect(s.shown).toEqual([{ at: '2026-03-02T10:00:00.000Z', message: { title: 'Rappel', body: '' } }]);

    s.stored.prefs = { reminders: on({ enabled: false, times: ['11:00'] }) };
    s.scheduler.replan();
    expect(s.scheduler.next).toBeNull();
    expect(s.clock.pending).toBe(0);
    s.clock.advanceTo('2026-03-09T12:00:00Z');
    expect(s.shown).toHaveLength(1);
  });

  it('drops a reminder the computer slept through by hours, and plans the next', () => {
    const s = schedule('2026-03-02T18:00:00Z', { reminders: on({ times: ['20:00'] }) });
    s.clock.sleepUntil('2026-03-02T22:40:00Z'); // 23:40 in Paris: the timer runs late, on waking
    s.scheduler.check(); // …and the wake-up event looks again
    expect(s.shown).toEqual([]);
    expect(s.scheduler.next?.toISOString()).toBe('2026-03-03T19:00:00.000Z');
    s.clock.advanceTo('2026-03-03T19:01:00Z');
    expect(s.at()).toEqual(['2026-03-03T19:00:00.000Z']);
  });

  it('still shows a reminder a few minutes late after waking, once', () => {
    const s = schedule('2026-03-02T18:00:00Z', { reminders: on({ times: ['20:00'] }) });
    s.clock.sleepUntil('2026-03-02T19:04:00Z');
    s.scheduler.check();
    s.scheduler.check();
    expect(s.at()).toEqual(['2026-03-02T19:04:00.000Z']);
    expect(s.scheduler.next?.toISOString()).toBe('2026-03-03T19:00:00.000Z');
  });

  it('shows at most one reminder after a long sleep, the latest, and only if it is recent', () => {
    const times = ['08:00', '12:00', '20:00'];
    const recent = schedule('2026-03-02T06:00:00Z', { reminders: on({ times }) });
    recent.clock.sleepUntil(new Date(Date.parse('2026-03-04T19:00:00Z') + LATE_GRACE_MS).toISOString());
    recent.scheduler.check();
    expect(recent.shown).toHaveLength(1);

    const stale = schedule('2026-03-02T06:00:00Z', { reminders: on({ times }) });
    stale.clock.sleepUntil(
      new Date(Date.parse('2026-03-04T19:00:00Z') + LATE_GRACE_MS + MINUTE).toISOString(),
    );
    stale.scheduler.check();
    expect(stale.shown).toEqual([]);
  });

  it('does not repeat a reminder when the clock is put back after it', () => {
    const s = schedule('2026-03-02T18:00:00Z', { reminders: on({ times: ['20:00'] }) });
    s.clock.advanceTo('2026-03-02T19:00:30Z');
    s.clock.ms = Date.parse('2026-03-02T18:55:00Z'); // the system clock corrected backwards
    s.scheduler.check();
    s.clock.advanceTo('2026-03-02T19:30:00Z');
    expect(s.shown).toHaveLength(1);
  });

  it('speaks the language chosen in Alcove, else the system’s, and says only the fixed text', () => {
    const system = schedule('2026-03-02T18:00:00Z', { reminders: on({ times: ['20:00'] }) }, 'fr-CA');
    const chosen = schedule(
      '2026-03-02T18:00:00Z',
      { language: 'en', reminders: on({ times: ['20:00'], wording: 'neutral' }) },
      'fr-FR',
    );
    system.clock.advanceTo('2026-03-02T19:00:00Z');
    chosen.clock.advanceTo('2026-03-02T19:00:00Z');
    expect(system.shown[0]!.message).toEqual({
      title: 'C’est l’heure d’Alcove',
      body: 'Quelques minutes pour écrire, si vous en avez envie.',
    });
    expect(chosen.shown[0]!.message).toEqual({ title: 'Reminder', body: '' });
  });

  it('plans nothing once stopped', () => {
    const s = schedule('2026-03-02T18:00:00Z', { reminders: on({ times: ['20:00'] }) });
    s.scheduler.stop();
    s.scheduler.replan();
    s.clock.advanceTo('2026-03-03T20:00:00Z');
    expect(s.shown).toEqual([]);
    expect(s.clock.pending).toBe(0);
  });
});

describe('reminder preferences through the core', () => {
  const harnesses: Harness[] = [];
  afterEach(async () => {
    for (const h of harnesses.splice(0)) await h.dispose();
  });

  it('fire with no vault at all, and follow each prefs:set', async () => {
    const clock = new FakeClock(Date.parse('2026-03-01T09:00:00Z')); // 10:00 in Paris
    const shown: ReminderMessage[] = [];
    const h = startCore(undefined, undefined, {
      reminders: {
        notify: (message) => shown.push(message),
        systemLocale: () => 'fr-FR',
        clock,
        timeZone: () => PARIS,
      },
    });
    harnesses.push(h);
    expect(await h.value('vault:status', undefined)).toMatchObject({ state: 'none' });

    const reminders = on({ times: ['10:30'] });
    expect(await h.value('prefs:set', { reminders })).toEqual({ reminders });
    clock.advanceTo('2026-03-01T09:45:00Z');
    expect(shown).toEqual([REMINDER_MESSAGES.fr.named]);

    await h.value('prefs:set', { language: 'en', reminders: { ...reminders, wording: 'neutral' } });
    clock.advanceTo('2026-03-02T09:45:00Z');
    expect(shown.at(-1)).toEqual({ title: 'Reminder', body: '' });

    await h.value('prefs:set', { reminders: { ...reminders, enabled: false } });
    clock.advanceTo('2026-03-05T09:45:00Z');
    expect(shown).toHaveLength(2);
  });

  it('refuse times, days and wordings that are not ones the settings offer', async () => {
    const h = startCore();
    harnesses.push(h);
    const bad: unknown[] = [
      { ...DEFAULT_REMINDERS, times: ['25:00'] },
      { ...DEFAULT_REMINDERS, times: ['8:00'] },
      { ...DEFAULT_REMINDERS, times: ['20:00 '] },
      { ...DEFAULT_REMINDERS, times: [] },
      { ...DEFAULT_REMINDERS, times: ['20:00', '20:00'] },
      { ...DEFAULT_REMINDERS, times: ['07:00', '08:00', '09:00', '10:00', '11:00'] },
      { ...DEFAULT_REMINDERS, days: [7] },
      { ...DEFAULT_REMINDERS, days: [1, 1] },
      { ...DEFAULT_REMINDERS, days: [1.5] },
      { ...DEFAULT_REMINDERS, wording: 'loud' },
      { ...DEFAULT_REMINDERS, text: 'what I wrote today' },
      { times: ['20:00'], days: EVERY_DAY, wording: 'named' },
    ];
    for (const reminders of bad) {
      expect(await h.call('prefs:set', { reminders } as never), JSON.stringify(reminders)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(await h.value('prefs:get', undefined)).toEqual({});
  });
});
