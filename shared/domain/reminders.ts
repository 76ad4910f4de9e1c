import { z } from 'zod';

/**
 * Opt-in reminders: local OS notifications at the times a person chose. They must fire while the
 * vault is locked, so these choices live with the app preferences, in clear beside the vault.
 * They say when someone likes to write, never what they write; a notification never carries
 * journal content, whatever the wording chosen.
 */

export const MAX_REMINDER_TIMES = 4;
/** 'HH:MM' on a 24-hour clock, local wall time (as an `<input type="time">` gives it). */
export const ReminderTimeSchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM');
/** 0 is Sunday, as Date.getDay() counts. */
export const WeekdaySchema = z.number().int().min(0).max(6);

const distinct = (values: readonly unknown[]) => new Set(values).size === values.length;

export const ReminderPrefsSchema = z
  .object({
    enabled: z.boolean(),
    times: z.array(ReminderTimeSchema).min(1).max(MAX_REMINDER_TIMES).refine(distinct, 'each time once'),
    /** Empty is allowed and means no reminder comes (the settings say so). */
    days: z.array(WeekdaySchema).max(7).refine(distinct, 'each day once'),
    /** 'named' says it is Alcove; 'neutral' says only "Reminder", for discreet use. */
    wording: z.enum(['named', 'neutral']),
  })
  .strict();
export type ReminderPrefs = z.infer<typeof ReminderPrefsSchema>;
export type ReminderWording = ReminderPrefs['wording'];

/** Off until someone turns them on; every day at 20:00 once they do. */
export const DEFAULT_REMINDERS: ReminderPrefs = {
  enabled: false,
  times: ['20:00'],
  days: [0, 1, 2, 3, 4, 5, 6],
  wording: 'named',
};

export interface ReminderMessage {
  readonly title: string;
  /** Empty for the neutral wording: nothing but the title is shown. */
  readonly body: string;
}

/**
 * Exactly what a notification says: the core shows it and the settings preview it from this one
 * table. Fixed text only; nothing from the journal can ever reach it.
 */
export const REMINDER_MESSAGES: Readonly<
  Record<'en' | 'fr', Readonly<Record<ReminderWording, ReminderMessage>>>
> = {
  en: {
    named: { title: 'Time for Alcove', body: 'A few minutes to write, if you like.' },
    neutral: { title: 'Reminder', body: '' },
  },
  fr: {
    named: { title: 'C’est l’heure d’Alcove', body: 'Quelques minutes pour écrire, si vous en avez envie.' },
    neutral: { title: 'Rappel', body: '' },
  },
};

/**
 * The language of a notification: the one chosen in Alcove, else the system's (as the renderer
 * picks its first language), else English.
 */
export function reminderLanguage(chosen: 'en' | 'fr' | undefined, systemLocale: string): 'en' | 'fr' {
  return chosen ?? (systemLocale.toLowerCase().startsWith('fr') ? 'fr' : 'en');
}
