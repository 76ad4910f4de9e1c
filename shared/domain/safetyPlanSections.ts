// The safety plan's sections and limits as plain data (the plan's schema is in safety.ts). The
// safety screen is part of the unlock screen's code, which loads no schema library.

/** The plan's sections, in the order the plan is read and written. */
export const SAFETY_PLAN_SECTIONS = [
  /** Thoughts, feelings, situations that come before a hard moment. */
  'warningSigns',
  /** What I can do on my own to feel a little better. */
  'copingOnMyOwn',
  /** People and places that take my mind off things. */
  'distractions',
  /** People I can ask for help. */
  'peopleToAsk',
  /** Therapist, doctor, services. */
  'professionals',
  /** Making my surroundings safer. */
  'saferEnvironment',
  /** What matters to me. */
  'reasonsToLive',
] as const;
/** One section of the plan. */
export type SafetyPlanSection = (typeof SAFETY_PLAN_SECTIONS)[number];

/** Most items one section holds: a plan is read in a hard moment, so it stays short. */
export const MAX_SAFETY_PLAN_ITEMS = 20;
/** Longest item, in characters (after trimming). */
export const MAX_SAFETY_PLAN_ITEM_CHARS = 500;
