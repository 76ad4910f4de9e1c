import { z } from 'zod';

/** Minutes of system inactivity before the journal locks itself; 0 turns the idle lock off. */
export const IDLE_LOCK_CHOICES = [0, 1, 5, 10, 15, 30, 60] as const;
export const DEFAULT_IDLE_LOCK_MINUTES = 10;

export const IdleLockMinutesSchema = z
  .number()
  .int()
  .refine((m) => (IDLE_LOCK_CHOICES as readonly number[]).includes(m), 'choose one of the offered durations');

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
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  idleLockMinutes: DEFAULT_IDLE_LOCK_MINUTES,
  selfChecksEnabled: false,
  mirrorEnabled: true,
};

export const SettingsPatchSchema = SettingsSchema.partial();
export type SettingsPatch = z.infer<typeof SettingsPatchSchema>;
