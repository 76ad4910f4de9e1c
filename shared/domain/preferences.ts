import { z } from 'zod';
import { RegionCodeSchema } from '../content/crisisResourcesSchema';
import { FONT_SIZES } from './fontSizes';
import { ReminderPrefsSchema } from './reminders';

/** The text sizes offered (fontSizes.ts). */
export const FontSizeSchema = z.enum(FONT_SIZES);

/**
 * Choices needed before unlock, kept beside the vault in clear: appearance and where-am-I (the
 * unlock screen is already in the user's language, the help page already shows their region's
 * lines); discreet mode (the window must already wear its neutral title and hide from screen
 * capture while locked); reminders, which must fire while the vault is locked; and the text size
 * (the unlock screen must already be readable). None says
 * anything about what is written. Two say something about the person, to whoever reads this
 * file, and the settings say so: discreet mode reveals that someone wanted discretion, reminder
 * times when someone likes to write. Nothing that touches the content of the journal may be
 * added here: a new field must be as harmless to read as these.
 */
export const AppPreferencesSchema = z
  .object({
    language: z.enum(['en', 'fr']).optional(),
    theme: z.enum(['system', 'light', 'dark']).optional(),
    region: RegionCodeSchema.optional(),
    reminders: ReminderPrefsSchema.optional(),
    /** Neutral window title and name, no window content in capture or previews, no branding when locked. */
    discreet: z.boolean().optional(),
    fontSize: FontSizeSchema.optional(),
  })
  .strict();
export type AppPreferences = z.infer<typeof AppPreferencesSchema>;
