import { z } from 'zod';
import { RegionCodeSchema } from '../content/crisisResources';

/**
 * Choices needed before unlock: appearance and where-am-I (the unlock screen is already in the
 * user's language, the help page already shows their region's lines) and discreet mode (the
 * window must already wear its neutral title and hide from screen capture while locked). They
 * say nothing about what is written, so they live beside the vault in clear. Discreet mode
 * does reveal that someone wanted discretion, to whoever reads this file: that is the price of
 * applying it before unlock, and the settings say so. Nothing that needs the vault's secrecy
 * may be added here: a new field must be as harmless to read as these.
 */
export const AppPreferencesSchema = z
  .object({
    language: z.enum(['en', 'fr']).optional(),
    theme: z.enum(['system', 'light', 'dark']).optional(),
    region: RegionCodeSchema.optional(),
    /** Neutral window title and name, no window content in capture or previews, no branding when locked. */
    discreet: z.boolean().optional(),
  })
  .strict();
export type AppPreferences = z.infer<typeof AppPreferencesSchema>;
