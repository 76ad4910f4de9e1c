import { DAILY_REFLECTION_PACK } from './dailyReflection';
import { EMOTIONS_AND_BODY_PACK } from './emotionsAndBody';
import { GRATITUDE_PACK } from './gratitude';
import { RELATIONSHIPS_PACK } from './relationships';
import { type Prompt, type PromptPack } from './schema';
import { SELF_COMPASSION_PACK } from './selfCompassion';
import { SEXUALITY_SELF_EXPLORATION_PACK } from './sexualitySelfExploration';
import { THERAPY_SESSIONS_PACK } from './therapySessions';
import { VALUES_AND_DIRECTION_PACK } from './valuesAndDirection';

// The prompt packs Alcove ships, in the order the pack picker lists them. Pure data: the tests parse every
// pack with PromptPackSchema, so nothing is validated at start-up.

/** Every shipped pack; the sensitive one (sexuality) is listed but only shown after the user agrees. */
export const PROMPT_PACKS: readonly PromptPack[] = [
  DAILY_REFLECTION_PACK,
  EMOTIONS_AND_BODY_PACK,
  SELF_COMPASSION_PACK,
  GRATITUDE_PACK,
  VALUES_AND_DIRECTION_PACK,
  RELATIONSHIPS_PACK,
  THERAPY_SESSIONS_PACK,
  SEXUALITY_SELF_EXPLORATION_PACK,
];

const PACKS_BY_ID: ReadonlyMap<string, PromptPack> = new Map(PROMPT_PACKS.map((p) => [p.id, p]));

const PROMPTS_BY_ID: ReadonlyMap<string, { pack: PromptPack; prompt: Prompt }> = new Map(
  PROMPT_PACKS.flatMap((pack) => pack.prompts.map((prompt) => [prompt.id, { pack, prompt }] as const)),
);

/** Looks up a shipped pack by its stable id; undefined for an unknown id. */
export function promptPackById(id: string): PromptPack | undefined {
  return PACKS_BY_ID.get(id);
}

/** Looks up a prompt (and the pack it belongs to) from the id stored with an entry; undefined if unknown. */
export function promptById(id: string): { pack: PromptPack; prompt: Prompt } | undefined {
  return PROMPTS_BY_ID.get(id);
}
