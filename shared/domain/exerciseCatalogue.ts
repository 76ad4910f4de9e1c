/**
 * Guided exercises (CONTENT.md, "Exercise frameworks"): breathing and grounding, each with an
 * optional distress rating 0–10 before and after. The ratings describe how the person felt; they
 * are never turned into a verdict about the person or about the exercise.
 *
 * This module is the catalogue as plain data, without zod: the interface's strings (loaded before
 * the first screen) read the names from it. The session records' schemas are in exercise.ts.
 */
export const EXERCISE_KINDS = ['breathing-box', 'breathing-coherence', 'grounding-54321'] as const;
export type ExerciseKind = (typeof EXERCISE_KINDS)[number];

/** The frameworks the exercises come from; the interface names each one (CONTENT.md rule 7). */
export const EXERCISE_FRAMEWORKS = ['box-breathing', 'coherence-365', 'grounding-54321'] as const;
export type ExerciseFramework = (typeof EXERCISE_FRAMEWORKS)[number];

/** The phases a breathing pace is made of (the safety screen's pacer uses the same words). */
export const BREATHING_PHASES = ['in', 'holdIn', 'out', 'holdOut'] as const;
export type BreathingPhase = (typeof BREATHING_PHASES)[number];

/** One step of a breathing pace: a phase and how many whole seconds it lasts. */
export interface PaceStep {
  readonly phase: BreathingPhase;
  readonly seconds: number;
}

/** Box breathing: 4 seconds in, 4 holding, 4 out, 4 holding. */
export const BOX_PACE: readonly PaceStep[] = [
  { phase: 'in', seconds: 4 },
  { phase: 'holdIn', seconds: 4 },
  { phase: 'out', seconds: 4 },
  { phase: 'holdOut', seconds: 4 },
];

/** Cohérence cardiaque: six breaths a minute, 5 seconds in and 5 out, no hold. */
export const COHERENCE_PACE: readonly PaceStep[] = [
  { phase: 'in', seconds: 5 },
  { phase: 'out', seconds: 5 },
];

/** Grounding 5-4-3-2-1: one sense at a time, one fewer thing to notice at each step. */
export const GROUNDING_SENSES = [
  { sense: 'see', count: 5 },
  { sense: 'touch', count: 4 },
  { sense: 'hear', count: 3 },
  { sense: 'smell', count: 2 },
  { sense: 'taste', count: 1 },
] as const;
export type GroundingSense = (typeof GROUNDING_SENSES)[number]['sense'];

export interface ExerciseDefinition {
  readonly kind: ExerciseKind;
  readonly family: 'breathing' | 'grounding';
  readonly framework: ExerciseFramework;
  /** Breathing only: the pace the pacer follows. */
  readonly pace?: readonly PaceStep[];
  /**
   * How long it takes, in seconds. Breathing: the pacer stops by itself after this. Grounding:
   * a usual time only — the person goes at their own pace.
   */
  readonly durationSec: number;
  readonly ownPace: boolean;
}

/** The exercises as data, in the order they are offered. */
export const EXERCISES: { readonly [K in ExerciseKind]: ExerciseDefinition & { readonly kind: K } } = {
  'breathing-box': {
    kind: 'breathing-box',
    family: 'breathing',
    framework: 'box-breathing',
    pace: BOX_PACE,
    durationSec: 4 * 60, // 15 rounds of 16 seconds
    ownPace: false,
  },
  'breathing-coherence': {
    kind: 'breathing-coherence',
    family: 'breathing',
    framework: 'coherence-365',
    pace: COHERENCE_PACE,
    durationSec: 5 * 60, // "365": 3 times a day, 6 breaths a minute, 5 minutes
    ownPace: false,
  },
  'grounding-54321': {
    kind: 'grounding-54321',
    family: 'grounding',
    framework: 'grounding-54321',
    durationSec: 5 * 60,
    ownPace: true,
  },
};

/**
 * Each exercise's name, in both languages: one source for the screens (renderer strings) and the
 * files that leave the vault (exports), so an export says what the screen said.
 */
export const EXERCISE_NAMES: { readonly [L in 'en' | 'fr']: Readonly<Record<ExerciseKind, string>> } = {
  en: {
    'breathing-box': 'Box breathing',
    'breathing-coherence': 'Cardiac coherence',
    'grounding-54321': 'Grounding 5-4-3-2-1',
  },
  fr: {
    'breathing-box': 'Respiration carrée',
    'breathing-coherence': 'Cohérence cardiaque',
    'grounding-54321': 'Ancrage 5-4-3-2-1',
  },
};

/** The longest session kept: two hours (a pacer left running is still a bounded record). */
export const MAX_EXERCISE_SECONDS = 7200;
export const MAX_NOTICED_CHARS = 200;
