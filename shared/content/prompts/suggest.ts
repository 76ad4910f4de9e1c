import type { TimeOfDay } from './schema';

/** Why a prompt is offered: shown to the user ("suggested because…"). */
export type PromptReason = 'morning' | 'evening' | 'today';

/**
 * The prompt offered from a pack (shipped, or one of the user's own): deterministic and explainable. In the morning (before noon)
 * or the evening (from 17:00) a prompt written for that time comes first; otherwise the pack's
 * prompts rotate one per day. `offset` is how many times the user asked for another one.
 */
export function suggestPrompt<P extends { timeOfDay?: TimeOfDay | undefined }>(
  pack: { readonly prompts: readonly P[] },
  local: { hour: number; dayNumber: number },
  offset = 0,
): { prompt: P; reason: PromptReason } {
  const time = local.hour < 12 ? 'morning' : local.hour >= 17 ? 'evening' : null;
  const timed = time ? pack.prompts.filter((p) => p.timeOfDay === time) : [];
  if (time && timed.length > 0 && offset < timed.length) {
    return { prompt: timed[(local.dayNumber + offset) % timed.length]!, reason: time };
  }
  const rest = pack.prompts.filter((p) => !timed.includes(p));
  const pool = rest.length > 0 ? rest : pack.prompts;
  const start = local.dayNumber % pool.length;
  return { prompt: pool[(start + offset - timed.length + pool.length * 8) % pool.length]!, reason: 'today' };
}

/** Days since 1970-01-01 in local time: the same prompt all day, a new one tomorrow. */
export function localDayNumber(date: Date): number {
  return Math.floor((date.getTime() - date.getTimezoneOffset() * 60_000) / 86_400_000);
}
