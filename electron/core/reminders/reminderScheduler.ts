import type { AppPreferences } from '../../../shared/domain/preferences';
import { REMINDER_MESSAGES, reminderLanguage, type ReminderMessage } from '../../../shared/domain/reminders';
import { nextReminder, systemTimeZone } from './nextReminder';

/**
 * A reminder that comes more than this late (the computer was asleep or off at the time) is
 * dropped: a nudge to write at 20:00 means nothing at 23:40. A few minutes late is still welcome.
 */
export const LATE_GRACE_MS = 10 * 60_000;
/**
 * The timer never waits longer than this before looking at the wall clock again. Timers count
 * time the process was running, not time that passed (on Linux, not while suspended), and the
 * clock can be changed or the zone travelled: short waits keep the plan honest at no real cost.
 */
export const MAX_WAIT_MS = 5 * 60_000;
/** Bounds the walk over reminders missed while asleep (four a day for a long holiday). */
const MAX_MISSED_WALK = 4 * 7 * 8;

export interface ReminderClock {
  now(): Date;
  setTimer(callback: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

/** Real time; the timer does not keep the process alive on its own. */
export function systemReminderClock(now: () => Date = () => new Date()): ReminderClock {
  return {
    now,
    setTimer: (callback, ms) => setTimeout(callback, ms).unref(),
    clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
  };
}

export interface ReminderSchedulerOptions {
  readonly clock: ReminderClock;
  /** The stored app preferences, read afresh at each plan (they change through prefs:set). */
  readonly readPrefs: () => AppPreferences;
  /** Shows a notification. It only ever receives the fixed text of REMINDER_MESSAGES. */
  readonly notify: (message: ReminderMessage) => void;
  /** The system's locale, for a language never chosen in Alcove. */
  readonly systemLocale: () => string;
  /** The IANA zone times are read in; the system's, read at each plan, by default. */
  readonly timeZone?: () => string;
}

/**
 * Plans one timer for the next reminder and shows it when due. Re-plans after each reminder,
 * after a preferences change (`replan`) and after the computer wakes (`check`). At most one
 * notification per planned time, and none for a time long past: see LATE_GRACE_MS.
 */
export class ReminderScheduler {
  /** The instant of the next reminder, null when none is planned. */
  private planned: number | null = null;
  /** The planned instant last shown (or dropped): never planned again. */
  private lastHandled: number | null = null;
  private timer: unknown = null;
  private stopped = false;

  constructor(private readonly options: ReminderSchedulerOptions) {}

  /** When the next reminder is planned, for tests and the adapter's log. */
  get next(): Date | null {
    return this.planned === null ? null : new Date(this.planned);
  }

  start(): void {
    this.stopped = false;
    this.replan();
  }

  stop(): void {
    this.stopped = true;
    this.clearTimer();
    this.planned = null;
  }

  /** Plans again from the stored preferences (after they changed). Nothing is shown. */
  replan(): void {
    if (this.stopped) return;
    this.clearTimer();
    const now = this.options.clock.now().getTime();
    const from = Math.max(now, this.lastHandled ?? now);
    const prefs = this.readPrefs();
    this.planned = nextReminder(new Date(from), prefs.reminders, this.zone())?.getTime() ?? null;
    if (this.planned === null) return;
    const wait = Math.min(Math.max(this.planned - now, 0), MAX_WAIT_MS);
    this.timer = this.options.clock.setTimer(() => this.check(), wait);
  }

  /**
   * Looks at the wall clock: shows the reminder that is due (only the latest of those missed
   * while asleep, and only if it is less than LATE_GRACE_MS late), then plans the next one.
   * The timer calls it; the adapter also calls it when the computer wakes.
   */
  check(): void {
    if (this.stopped) return;
    const now = this.options.clock.now().getTime();
    if (this.planned !== null && now >= this.planned) {
      const prefs = this.readPrefs();
      const zone = this.zone();
      let due = this.planned;
      for (let walked = 0; walked < MAX_MISSED_WALK; walked += 1) {
        const after = nextReminder(new Date(due), prefs.reminders, zone)?.getTime();
        if (after === undefined || after > now) break;
        due = after;
      }
      this.lastHandled = due;
      if (now - due <= LATE_GRACE_MS && prefs.reminders?.enabled) {
        const language = reminderLanguage(prefs.language, this.options.systemLocale());
        try {
          this.options.notify(REMINDER_MESSAGES[language][prefs.reminders.wording]);
        } catch {
          // A notification the system refused is not a reason to stop planning the next one.
        }
      }
    }
    this.replan();
  }

  private readPrefs(): AppPreferences {
    try {
      return this.options.readPrefs();
    } catch {
      return {};
    }
  }

  private zone(): string {
    return this.options.timeZone?.() ?? systemTimeZone();
  }

  private clearTimer(): void {
    if (this.timer !== null) this.options.clock.clearTimer(this.timer);
    this.timer = null;
  }
}
