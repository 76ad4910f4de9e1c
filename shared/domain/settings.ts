import { z } from 'zod';
import { IsoInstantSchema } from './entry';

/** Minutes of system inactivity before the journal locks itself; 0 turns the idle lock off. */
export const IDLE_LOCK_CHOICES = [0, 1, 5, 10, 15, 30, 60] as const;
export const DEFAULT_IDLE_LOCK_MINUTES = 10;

export const IdleLockMinutesSchema = z
  .number()
  .int()
  .refine((m) => (IDLE_LOCK_CHOICES as readonly number[]).includes(m), 'choose one of the offered durations');

/** What "For you today" can suggest: an exercise (by kind) or a prompt pack (by pack id). */
export const SUGGESTION_KINDS = ['exercise', 'prompt'] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/**
 * A suggestion the user starred or set aside. The id is a plain kebab-case string, not an enum of
 * today's exercises and packs: a vault written by a later version (with more of them) still opens,
 * and an id this version does not know is simply never suggested.
 */
export const SuggestionRefSchema = z.strictObject({
  kind: z.enum(SUGGESTION_KINDS),
  id: z
    .string()
    .max(80)
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'kebab-case id'),
});
export type SuggestionRef = z.infer<typeof SuggestionRefSchema>;

/** How long "Not now" hides a suggestion. */
export const SET_ASIDE_DAYS = 7;
export const MAX_FAVOURITES = 30;
export const MAX_SET_ASIDE = 60;

/** A suggestion hidden until `until` (an instant), or until the user brings it back (null). */
export const SetAsideSchema = SuggestionRefSchema.extend({ until: IsoInstantSchema.nullable() });
export type SetAside = z.infer<typeof SetAsideSchema>;

/** Personal settings, stored encrypted in the vault. */
export const SettingsSchema = z.object({
  idleLockMinutes: IdleLockMinutesSchema,
  /** Questionnaires (WHO-5, PHQ-9, GAD-7) are opt-in: off until the user turns them on. */
  selfChecksEnabled: z.boolean(),
  /**
   * The mirror (label suggestions while writing) runs on this computer only and is on by default,
   * with an explanation where it appears and a switch in the settings.
   */
  mirrorEnabled: z.boolean(),
  /** "For you today" on the journal's first screen: on by default, one switch turns it off. */
  forYouShown: z.boolean(),
  /** Folded to its heading (the user's last choice). */
  forYouCollapsed: z.boolean(),
  /** Starred suggestions, in the order they were starred. */
  forYouFavourites: z.array(SuggestionRefSchema).max(MAX_FAVOURITES),
  /** Suggestions the user said "not now" to (or "not again"). */
  forYouSetAside: z.array(SetAsideSchema).max(MAX_SET_ASIDE),
  /**
   * Sensitive prompt packs (sexuality) the user has chosen to open at least once: only those may
   * be suggested. Encrypted like the rest, since it says something about the person.
   */
  openedSensitivePacks: z.array(SuggestionRefSchema.shape.id).max(20),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
  selfChecksEnabled: false,
  mirrorEnabled: true,
  forYouShown: true,
  forYouCollapsed: false,
  forYouFavourites: [],
  forYouSetAside: [],
  openedSensitivePacks: [],
};

export const SettingsPatchSchema = SettingsSchema.partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
