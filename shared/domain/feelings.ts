import { z } from 'zod';
import {
  EMOTIONS,
  INTENSITY_MAX,
  INTENSITY_MIN,
  MAX_LABELS_PER_CHECKIN,
  SPECIAL_LABELS,
} from '../content/emotions';

/** Every label a check-in or an entry may carry: the catalogue's, plus "ambivalence" and "not sure". */
const LABEL_IDS = new Set<string>([...EMOTIONS.map((e) => e.id), ...SPECIAL_LABELS.map((e) => e.id)]);

/** A named feeling with its intensity 0–10, as check-ins and entries store it. */
export const FeelingSchema = z.object({
  id: z.string().refine((id) => LABEL_IDS.has(id), 'not a label of the catalogue'),
  intensity: z.number().int().min(INTENSITY_MIN).max(INTENSITY_MAX),
});
export type Feeling = z.infer<typeof FeelingSchema>;

/** Up to three named feelings, each once: enough for mixed states, few enough to stay precise. */
export const FeelingListSchema = z
  .array(FeelingSchema)
  .max(MAX_LABELS_PER_CHECKIN)
  .refine((labels) => new Set(labels.map((l) => l.id)).size === labels.length, 'each label once');
