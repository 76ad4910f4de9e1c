import { z } from 'zod';
import { MAX_SAFETY_PLAN_ITEM_CHARS, MAX_SAFETY_PLAN_ITEMS } from './safetyPlanSections';

// A personal safety plan (CONTENT.md, "Crisis resources" and the PHQ-9 rule): the structure follows
// the Stanley–Brown safety planning intervention, from what the person notices first to what keeps
// them going. Wording is ours. The plan lives in the encrypted journal, so it is only readable while
// the journal is unlocked; the crisis lines themselves (shared/content/crisisResources.ts) are not.

export * from './safetyPlanSections';

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
