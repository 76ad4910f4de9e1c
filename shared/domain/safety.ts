import { z } from 'zod';

// A personal safety plan (CONTENT.md, "Crisis resources" and the PHQ-9 rule): the structure follows
// the Stanley–Brown safety planning intervention, from what the person notices first to what keeps
// them going. Wording is ours. The plan lives in the encrypted journal, so it is only readable while
// the journal is unlocked; the crisis lines themselves (shared/content/crisisResources.ts) are not.

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

/** One line of the plan, trimmed, never empty. */
export const SafetyPlanItemSchema = z.string().trim().min(1).max(MAX_SAFETY_PLAN_ITEM_CHARS);

const SafetyPlanItemsSchema = z.array(SafetyPlanItemSchema).max(MAX_SAFETY_PLAN_ITEMS);

/** The whole plan; `updatedAt` is set each time the user saves it. */
export const SafetyPlanSchema = z.object({
  warningSigns: SafetyPlanItemsSchema,
  copingOnMyOwn: SafetyPlanItemsSchema,
  distractions: SafetyPlanItemsSchema,
  peopleToAsk: SafetyPlanItemsSchema,
  professionals: SafetyPlanItemsSchema,
  saferEnvironment: SafetyPlanItemsSchema,
  reasonsToLive: SafetyPlanItemsSchema,
  updatedAt: z.iso.datetime({ offset: true }).optional(),
});
/** A personal safety plan. */
export type SafetyPlan = z.infer<typeof SafetyPlanSchema>;

/** A plan with nothing written yet. Treat it as read-only: copy it before changing a section. */
export const EMPTY_SAFETY_PLAN: SafetyPlan = {
  warningSigns: [],
  copingOnMyOwn: [],
  distractions: [],
  peopleToAsk: [],
  professionals: [],
  saferEnvironment: [],
  reasonsToLive: [],
};
