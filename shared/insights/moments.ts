import type { Checkin } from '../domain/checkin';
import type { EntryFeelings } from '../domain/entry';
import { pointOf } from './checkinStats';

/**
 * A "labelled moment": anything the user placed or named a feeling for. Check-ins are moments
 * and journal entries with named feelings are both moments, so the weekly reflection and the
 * calendar read this shape and never a Checkin directly.
 */
export interface LabelledMoment {
  /** ISO instant. */
  at: string;
  source: 'checkin' | 'entry';
  /** Grid point, −3…3; null when only words were picked. */
  valence: number | null;
  energy: number | null;
  labels: readonly { id: string; intensity: number }[];
  /** The user's context tags (work, sleep, partner…); [] for entries. */
  context: readonly string[];
}

export function momentOfCheckin(c: Checkin): LabelledMoment {
  return {
    at: c.at,
    source: 'checkin',
    valence: c.valence,
    energy: c.energy,
    labels: c.labels,
    context: c.context,
  };
}

/** The feelings named on an entry, as a moment (no grid point: the words' coordinates serve). */
export function momentOfEntry(e: EntryFeelings): LabelledMoment {
  return { at: e.at, source: 'entry', valence: null, energy: null, labels: e.emotions, context: [] };
}

/**
 * Where a moment sits on the grid: its own point, else its labels' default coordinates (one
 * rule for the whole app: checkinStats' pointOf).
 */
export function pointOfMoment(moment: LabelledMoment): { valence: number; energy: number } | null {
  return pointOf(moment);
}

// Local-time calendar arithmetic. Days are built from year, month and date fields, never by adding
// 24 h, so a week or a month that crosses a daylight-saving change keeps its true local bounds.

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar day of an instant, as 'YYYY-MM-DD'. */
export function localDayKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Local midnight `days` days after the local day of `date` (negative goes back). */
export function addLocalDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** Local Monday 00:00 of the week that contains `date` (weeks run Monday to Sunday). */
export function startOfLocalWeek(date: Date): Date {
  return addLocalDays(date, -((date.getDay() + 6) % 7));
}

/** Local midnight on the first day of the month that contains `date`. */
export function startOfLocalMonth(date: Date): Date {
  return new Date(date.getFullYear(), date.getMonth(), 1);
}

/** The moments at or after `start` and before `end`, by instant. */
export function momentsBetween(moments: readonly LabelledMoment[], start: Date, end: Date): LabelledMoment[] {
  const from = start.getTime();
  const to = end.getTime();
  return moments.filter((m) => {
    const t = Date.parse(m.at);
    return t >= from && t < to;
  });
}
