import { emotionById } from '../content/emotions';
import { PROMPT_PACKS } from '../content/prompts';
import type { PromptPack } from '../content/prompts/schema';
import { localDayNumber, suggestPrompt } from '../content/prompts/suggest';
import { EXERCISE_KINDS, type ExerciseKind } from '../domain/exercise';
import type { SetAside, SuggestionRef } from '../domain/settings';
import { addLocalDays, type LabelledMoment } from './moments';

/**
 * "For you today": up to three suggestions, deterministic (the same history, time and settings
 * always give the same list) and explainable (each carries the reason the UI words as
 * "Suggested because…"). Rules run in a fixed priority; each offers at most one thing; a thing
 * already offered, set aside, or (a sensitive pack) never opened by the user is skipped.
 *
 * | # | reason                 | fires when                                                  | offers                                              |
 * |---|------------------------|-------------------------------------------------------------|-----------------------------------------------------|
 * | 1 | high-energy-unpleasant | ≥ 2 moments since yesterday 00:00 name an unpleasant,       | grounding 5-4-3-2-1, else box breathing, else       |
 * |   |                        | high-energy feeling (anxiety, anger…) or sit in that corner | cardiac coherence (starred first, not done today     |
 * |   |                        | of the grid                                                 | first)                                              |
 * | 2 | low-energy-unpleasant  | ≥ 2 such moments name sadness, tiredness…                   | a light self-compassion prompt                      |
 * | 3 | pleasant               | ≥ 2 such moments name joy, calm…                            | a light gratitude prompt (to savour it)             |
 * | 4 | favourite              | the user starred it (exercise: not already done today)      | the earliest starred                                |
 * | 5 | time-of-day            | morning (before 12:00) or evening (from 17:00)              | a prompt written for that time (starred packs first)|
 * | 6 | not-in-a-while         | an exercise done before, last time ≥ 7 local days ago       | the one done longest ago                            |
 * | 7 | today                  | always                                                      | a light prompt from the day's pack, then the day's  |
 *   |                        |                                                             | exercise (not one already done today)               |
 *
 * Words stay gentle: "it has been a while since…", never "you haven't…"; nothing is a diagnosis.
 * The day's rotation is seeded by the local day number, so it changes at midnight, not on reload.
 */

/** What the rules read. Moments and sessions may be the whole history; only what matters is used. */
export interface ForYouInput {
  /** Now, in local time (hour of day, calendar day). */
  readonly now: Date;
  /** Check-ins and entries with named feelings. */
  readonly moments: readonly LabelledMoment[];
  readonly sessions: readonly { readonly kind: string; readonly startedAt: string }[];
  readonly favourites: readonly SuggestionRef[];
  readonly setAside: readonly SetAside[];
  /** Sensitive packs the user opened at least once: the only sensitive packs ever suggested. */
  readonly openedSensitivePacks: readonly string[];
  /** Prompts already on the screen (the prompt card below): the next one of the pack is offered instead. */
  readonly shownElsewhere?: readonly string[];
}

export type ForYouReason =
  | { readonly code: 'high-energy-unpleasant'; readonly count: number; readonly feelings: readonly string[] }
  | { readonly code: 'low-energy-unpleasant'; readonly count: number; readonly feelings: readonly string[] }
  | { readonly code: 'pleasant'; readonly count: number; readonly feelings: readonly string[] }
  | { readonly code: 'favourite' }
  | { readonly code: 'time-of-day'; readonly time: 'morning' | 'evening' }
  | { readonly code: 'not-in-a-while'; readonly days: number }
  | { readonly code: 'today' };

export type ForYouSuggestion =
  | { readonly kind: 'exercise'; readonly id: ExerciseKind; readonly reason: ForYouReason }
  /** `id` is the pack (what is starred or set aside); `promptId` the day's prompt from it. */
  | {
      readonly kind: 'prompt';
      readonly id: string;
      readonly promptId: string;
      readonly reason: ForYouReason;
    };

export const MAX_SUGGESTIONS = 3;
/** "Repeated": this many moments since the start of yesterday. */
export const REPEATED_MOMENTS = 2;
/** An exercise last done this many local days ago (or more) has not been done "in a while". */
export const A_WHILE_DAYS = 7;
/** Feelings named in a reason: at most three, so the sentence stays short. */
const FEELINGS_NAMED = 3;

/** The exercises offered first after repeated high-energy unpleasant feelings, in this order. */
export const SETTLING_EXERCISES: readonly ExerciseKind[] = [
  'grounding-54321',
  'breathing-box',
  'breathing-coherence',
];

type Mood = 'high-energy-unpleasant' | 'low-energy-unpleasant' | 'pleasant';

/** The pack each mood rule writes from. */
const MOOD_PACKS: Readonly<Record<Exclude<Mood, 'high-energy-unpleasant'>, string>> = {
  'low-energy-unpleasant': 'self-compassion',
  pleasant: 'gratitude',
};

const refKey = (kind: 'exercise' | 'prompt', id: string) => `${kind}:${id}`;
const isExerciseKind = (id: string): id is ExerciseKind => (EXERCISE_KINDS as readonly string[]).includes(id);

/** The suggestions for now, best first: at most three, each thing once. */
export function forYouToday(input: ForYouInput): ForYouSuggestion[] {
  const now = input.now;
  const nowMs = now.getTime();
  const local = { hour: now.getHours(), dayNumber: localDayNumber(now) };

  const hidden = new Set(
    input.setAside
      .filter((s) => s.until === null || Date.parse(s.until) > nowMs)
      .map((s) => refKey(s.kind, s.id)),
  );
  const starred = input.favourites.map((f) => refKey(f.kind, f.id));
  const isStarred = (kind: 'exercise' | 'prompt', id: string) => starred.includes(refKey(kind, id));

  const lastDay = lastSessionDays(input.sessions, now);
  const doneToday = (kind: ExerciseKind) => lastDay.get(kind) === local.dayNumber;

  const packs = PROMPT_PACKS.filter((p) => !p.sensitive || input.openedSensitivePacks.includes(p.id)).filter(
    (p) => !hidden.has(refKey('prompt', p.id)),
  );
  const exercises = EXERCISE_KINDS.filter((k) => !hidden.has(refKey('exercise', k)));

  const out: ForYouSuggestion[] = [];
  const taken = new Set<string>();
  const full = () => out.length >= MAX_SUGGESTIONS;
  const offerExercise = (id: ExerciseKind, reason: ForYouReason): boolean => {
    if (full() || taken.has(refKey('exercise', id)) || !exercises.includes(id)) return false;
    taken.add(refKey('exercise', id));
    out.push({ kind: 'exercise', id, reason });
    return true;
  };
  const offerPrompt = (pack: PromptPack, promptId: string, reason: ForYouReason): boolean => {
    if (full() || taken.has(refKey('prompt', pack.id)) || !packs.includes(pack)) return false;
    taken.add(refKey('prompt', pack.id));
    out.push({ kind: 'prompt', id: pack.id, promptId, reason });
    return true;
  };
  const elsewhere = input.shownElsewhere ?? [];
  /** The pack's prompt for now (suggest.ts), or the next one if that is already on the screen. */
  const packPrompt = (pack: PromptPack) => {
    const first = suggestPrompt(pack, local);
    return elsewhere.includes(first.prompt.id) ? suggestPrompt(pack, local, 1) : first;
  };
  const dayPrompt = (pack: PromptPack) => packPrompt(pack).prompt.id;
  /** On the first screen, unasked, a light prompt of the day (the pack's own order otherwise). */
  const gentlePrompt = (pack: PromptPack) => {
    const light = pack.prompts.filter((p) => p.intensity === 'light');
    const pool = rotate(light.length > 0 ? light : pack.prompts, local.dayNumber);
    return (pool.find((p) => !elsewhere.includes(p.id)) ?? pool[0]!).id;
  };

  // 1–3: what the user named since yesterday.
  const since = addLocalDays(now, -1).getTime();
  const recent = input.moments.filter((m) => {
    const t = Date.parse(m.at);
    return t >= since && t <= nowMs;
  });
  for (const mood of ['high-energy-unpleasant', 'low-energy-unpleasant', 'pleasant'] as const) {
    const tally = moodTally(recent, mood);
    if (tally.count < REPEATED_MOMENTS) continue;
    const reason: ForYouReason = { code: mood, count: tally.count, feelings: tally.feelings };
    if (mood === 'high-energy-unpleasant') {
      const order = [...SETTLING_EXERCISES].sort(
        (a, b) =>
          Number(doneToday(a)) - Number(doneToday(b)) ||
          Number(isStarred('exercise', b)) - Number(isStarred('exercise', a)) ||
          SETTLING_EXERCISES.indexOf(a) - SETTLING_EXERCISES.indexOf(b),
      );
      order.some((kind) => offerExercise(kind, reason));
    } else {
      const pack = packs.find((p) => p.id === MOOD_PACKS[mood]);
      if (pack) offerPrompt(pack, gentlePrompt(pack), reason);
    }
  }

  // 4: the earliest starred thing still on offer.
  input.favourites.some((f) => {
    if (f.kind === 'exercise')
      return isExerciseKind(f.id) && !doneToday(f.id) && offerExercise(f.id, { code: 'favourite' });
    const pack = packs.find((p) => p.id === f.id);
    return pack !== undefined && offerPrompt(pack, dayPrompt(pack), { code: 'favourite' });
  });

  // 5: a prompt written for the morning or the evening, from a starred pack first.
  const byStar = [...packs].sort(
    (a, b) => Number(isStarred('prompt', b.id)) - Number(isStarred('prompt', a.id)),
  );
  byStar.some((pack) => {
    const { prompt, reason } = packPrompt(pack);
    return reason !== 'today' && offerPrompt(pack, prompt.id, { code: 'time-of-day', time: reason });
  });

  // 6: the exercise done longest ago, if that is a while.
  [...lastDay.entries()]
    .filter(([, day]) => local.dayNumber - day >= A_WHILE_DAYS)
    .sort(([ka, a], [kb, b]) => a - b || EXERCISE_KINDS.indexOf(ka) - EXERCISE_KINDS.indexOf(kb))
    .some(([kind, day]) => offerExercise(kind, { code: 'not-in-a-while', days: local.dayNumber - day }));

  // 7: the day's pack, then the day's exercise (each rotates with the day; taken ones are skipped).
  rotate(packs, local.dayNumber).some((pack) => offerPrompt(pack, gentlePrompt(pack), { code: 'today' }));
  rotate(
    exercises.filter((k) => !doneToday(k)),
    local.dayNumber,
  ).some((kind) => offerExercise(kind, { code: 'today' }));

  return out;
}

/** How many recent moments carry a feeling of this kind, and the feelings named most. */
function moodTally(moments: readonly LabelledMoment[], mood: Mood): { count: number; feelings: string[] } {
  const named = new Map<string, number>();
  const counted: string[][] = [];
  let count = 0;
  for (const moment of moments) {
    const matching = moment.labels.filter((l) => {
      const emotion = emotionById(l.id);
      return l.intensity > 0 && emotion !== undefined && inMood(emotion.valence, emotion.energy, mood);
    });
    // A moment with no catalogue word counts by its own place on the grid.
    const byPoint =
      matching.length === 0 &&
      !moment.labels.some((l) => emotionById(l.id)) &&
      moment.valence !== null &&
      moment.energy !== null &&
      inMood(moment.valence, moment.energy, mood);
    if (matching.length === 0 && !byPoint) continue;
    count++;
    counted.push(matching.map((l) => l.id));
    for (const l of matching) named.set(l.id, (named.get(l.id) ?? 0) + 1);
  }
  // The words go into "you named X or Y n times", so they must cover every counted moment: the
  // shortest run of most-named words (at most three) that does, else none.
  const ranked = [...named.entries()]
    .sort(([a, na], [b, nb]) => nb - na || a.localeCompare(b))
    .map(([id]) => id);
  let feelings: string[] = [];
  for (let n = 1; n <= Math.min(FEELINGS_NAMED, ranked.length); n++) {
    const listed = ranked.slice(0, n);
    if (counted.every((labels) => labels.some((id) => listed.includes(id)))) {
      feelings = listed;
      break;
    }
  }
  return { count, feelings };
}

function inMood(valence: number, energy: number, mood: Mood): boolean {
  if (mood === 'pleasant') return valence > 0;
  if (valence >= 0) return false;
  return mood === 'high-energy-unpleasant' ? energy > 0 : energy < 0;
}

/** The local day number of each exercise's most recent session (future ones ignored). */
function lastSessionDays(sessions: ForYouInput['sessions'], now: Date): Map<ExerciseKind, number> {
  const last = new Map<ExerciseKind, number>();
  const nowMs = now.getTime();
  for (const s of sessions) {
    const at = Date.parse(s.startedAt);
    if (!isExerciseKind(s.kind) || Number.isNaN(at) || at > nowMs) continue;
    const day = localDayNumber(new Date(at));
    if (day > (last.get(s.kind) ?? -Infinity)) last.set(s.kind, day);
  }
  return last;
}

/** The list started at the day's position, wrapping round: a different first item each day. */
function rotate<T>(items: readonly T[], dayNumber: number): T[] {
  if (items.length === 0) return [];
  const start = ((dayNumber % items.length) + items.length) % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}
