import { z } from 'zod';
import { RegionCodeSchema } from '../content/crisisResources';

/**
 * Appearance and where-am-I choices needed before unlock (the unlock screen is already in the
 * user's language, the help page already shows their region's lines). They say nothing about
 * what is written, so they live beside the vault in clear: nothing else may be added here.
 */
export const AppPreferencesSchema = z
  .object({
    language: z.enum(['en', 'fr']).optional(),
    theme: z.enum(['system', 'light', 'dark']).optional(),
    region: RegionCodeSchema.optional(),
  })
  .strict();
export type AppPreferences = z.infer<typeof AppPreferencesSchema>;
