import { z } from 'zod';
import { RegionCodeSchema } from '../content/crisisResources';
import { ReminderPrefsSchema } from './reminders';

/**
 * Choices needed before unlock, kept beside the vault in clear: appearance and region (the unlock
 * screen is already in the user's language, the help page already shows their region's lines),
 * and reminders, which must fire while the vault is locked. Reminder times do say something —
 * when someone likes to write — but nothing about what they write; the settings tell the user
 * they are stored unencrypted. Nothing that touches the content of the journal may be added here.
 */
export const AppPreferencesSchema = z
  .object({
    language: z.enum(['en', 'fr']).optional(),
    theme: z.enum(['system', 'light', 'dark']).optional(),
    region: RegionCodeSchema.optional(),
    reminders: ReminderPrefsSchema.optional(),
  })
  .strict();
export type AppPreferences = z.infer<typeof AppPreferencesSchema>;
