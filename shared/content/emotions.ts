import { z } from 'zod';

// The emotion catalogue (CONTENT.md, "Emotion model"): a circumplex grid (valence × energy) plus named
// labels, each with default coordinates so charts work even when the user only picks a word.
// Pure data: no Node, Electron or DOM, so the core, the renderer and the tests all read the same list.

/** Lowest point of each grid axis (very unpleasant / very low energy). */
export const GRID_MIN = -3;
/** Highest point of each grid axis (very pleasant / very high energy). */
export const GRID_MAX = 3;
/** Intensity scale per label: 0–10, the distress scale therapists already use. */
export const INTENSITY_MIN = 0;
/** See INTENSITY_MIN. */
export const INTENSITY_MAX = 10;
/** A check-in names at most three feelings: enough for mixed states, few enough to stay precise. */
export const MAX_LABELS_PER_CHECKIN = 3;

/** The two languages every piece of content ships in; French and English are equal citizens. */
export type ContentLang = 'en' | 'fr';

/** The four quarters of the grid, which the picker uses to group labels. */
export const QUADRANTS = ['pleasant-high', 'pleasant-low', 'unpleasant-high', 'unpleasant-low'] as const;
/** Validates a quadrant name. */
export const QuadrantSchema = z.enum(QUADRANTS);
/** A quarter of the valence × energy grid. */
export type Quadrant = z.infer<typeof QuadrantSchema>;

const KEBAB_ID = /^[a-z]+(-[a-z]+)*$/;
/** Stable identifiers are stored in entries: kebab-case English that never changes once shipped. */
export const EmotionIdSchema = z.string().regex(KEBAB_ID, 'kebab-case English id');

const GridValueSchema = z.number().int().min(GRID_MIN).max(GRID_MAX);

/** Coordinates must fall in the label's quadrant: a label never sits on an axis. */
function fitsQuadrant(quadrant: Quadrant, valence: number, energy: number): boolean {
  const pleasant = quadrant.startsWith('pleasant');
  const high = quadrant.endsWith('high');
  return (pleasant ? valence >= 1 : valence <= -1) && (high ? energy >= 1 : energy <= -1);
}

/**
 * A named feeling with default grid coordinates. French names are bare nouns ("colère"), to be shown
 * as "de la colère": no gender agreement, and it reads the way clinicians speak.
 */
export const EmotionLabelSchema = z
  .object({
    id: EmotionIdSchema,
    en: z
      .string()
      .min(1)
      .regex(/^[a-z][a-z -]*$/, 'lowercase English word'),
    fr: z.string().min(1),
    quadrant: QuadrantSchema,
    valence: GridValueSchema,
    energy: GridValueSchema,
  })
  .refine((l) => fitsQuadrant(l.quadrant, l.valence, l.energy), {
    message: 'valence and energy must lie in the quadrant',
  });
/** A catalogue label with its default coordinates. */
export type EmotionLabel = z.infer<typeof EmotionLabelSchema>;

/** Answers that sit outside the grid on purpose, so they carry no coordinates. */
export const SpecialLabelSchema = z.object({
  id: EmotionIdSchema,
  en: z.string().min(1),
  fr: z.string().min(1),
});
/** An off-grid answer (mixed feelings, or not being able to name it). */
export type SpecialLabel = z.infer<typeof SpecialLabelSchema>;

// Short names keep one label per line, so the catalogue reads as a table.
const PH = 'pleasant-high';
const PL = 'pleasant-low';
const UH = 'unpleasant-high';
const UL = 'unpleasant-low';

const EMOTION_DATA = [
  // Pleasant, high energy.
  { id: 'joy', en: 'joy', fr: 'joie', quadrant: PH, valence: 3, energy: 2 },
  { id: 'enthusiasm', en: 'enthusiasm', fr: 'enthousiasme', quadrant: PH, valence: 2, energy: 3 },
  { id: 'pride', en: 'pride', fr: 'fierté', quadrant: PH, valence: 2, energy: 1 },
  { id: 'amusement', en: 'amusement', fr: 'amusement', quadrant: PH, valence: 2, energy: 2 },
  { id: 'hope', en: 'hope', fr: 'espoir', quadrant: PH, valence: 2, energy: 1 },
  { id: 'desire', en: 'desire', fr: 'désir', quadrant: PH, valence: 2, energy: 2 },
  { id: 'curiosity', en: 'curiosity', fr: 'curiosité', quadrant: PH, valence: 1, energy: 2 },
  { id: 'confidence', en: 'confidence', fr: 'confiance', quadrant: PH, valence: 2, energy: 1 },
  { id: 'excitement', en: 'excitement', fr: 'exaltation', quadrant: PH, valence: 2, energy: 3 },
  { id: 'playfulness', en: 'playfulness', fr: 'espièglerie', quadrant: PH, valence: 2, energy: 2 },
  { id: 'inspiration', en: 'inspiration', fr: 'inspiration', quadrant: PH, valence: 2, energy: 2 },
  { id: 'awe', en: 'awe', fr: 'émerveillement', quadrant: PH, valence: 2, energy: 2 },
  { id: 'love', en: 'love', fr: 'amour', quadrant: PH, valence: 3, energy: 1 },
  { id: 'determination', en: 'determination', fr: 'détermination', quadrant: PH, valence: 1, energy: 2 },
  { id: 'euphoria', en: 'euphoria', fr: 'euphorie', quadrant: PH, valence: 3, energy: 3 },
  { id: 'admiration', en: 'admiration', fr: 'admiration', quadrant: PH, valence: 2, energy: 1 },

  // Pleasant, low energy.
  { id: 'calm', en: 'calm', fr: 'calme', quadrant: PL, valence: 1, energy: -2 },
  { id: 'relief', en: 'relief', fr: 'soulagement', quadrant: PL, valence: 2, energy: -1 },
  { id: 'contentment', en: 'contentment', fr: 'contentement', quadrant: PL, valence: 2, energy: -1 },
  { id: 'gratitude', en: 'gratitude', fr: 'gratitude', quadrant: PL, valence: 2, energy: -1 },
  { id: 'tenderness', en: 'tenderness', fr: 'tendresse', quadrant: PL, valence: 2, energy: -1 },
  { id: 'closeness', en: 'closeness', fr: 'proximité', quadrant: PL, valence: 2, energy: -1 },
  { id: 'safety', en: 'safety', fr: 'sécurité', quadrant: PL, valence: 2, energy: -2 },
  { id: 'serenity', en: 'serenity', fr: 'sérénité', quadrant: PL, valence: 2, energy: -2 },
  { id: 'peace', en: 'peace', fr: 'paix', quadrant: PL, valence: 2, energy: -3 },
  { id: 'acceptance', en: 'acceptance', fr: 'acceptation', quadrant: PL, valence: 1, energy: -1 },
  { id: 'belonging', en: 'belonging', fr: 'appartenance', quadrant: PL, valence: 2, energy: -1 },
  { id: 'satisfaction', en: 'satisfaction', fr: 'satisfaction', quadrant: PL, valence: 2, energy: -1 },
  { id: 'nostalgia', en: 'nostalgia', fr: 'nostalgie', quadrant: PL, valence: 1, energy: -1 },
  { id: 'comfort', en: 'comfort', fr: 'réconfort', quadrant: PL, valence: 2, energy: -2 },
  { id: 'relaxation', en: 'relaxation', fr: 'détente', quadrant: PL, valence: 2, energy: -3 },
  { id: 'compassion', en: 'compassion', fr: 'compassion', quadrant: PL, valence: 1, energy: -1 },

  // Unpleasant, high energy.
  { id: 'anxiety', en: 'anxiety', fr: 'anxiété', quadrant: UH, valence: -2, energy: 2 },
  { id: 'fear', en: 'fear', fr: 'peur', quadrant: UH, valence: -3, energy: 2 },
  { id: 'anger', en: 'anger', fr: 'colère', quadrant: UH, valence: -2, energy: 3 },
  { id: 'frustration', en: 'frustration', fr: 'frustration', quadrant: UH, valence: -2, energy: 2 },
  { id: 'irritation', en: 'irritation', fr: 'agacement', quadrant: UH, valence: -1, energy: 1 },
  { id: 'jealousy', en: 'jealousy', fr: 'jalousie', quadrant: UH, valence: -2, energy: 2 },
  { id: 'stress', en: 'stress', fr: 'stress', quadrant: UH, valence: -2, energy: 2 },
  { id: 'overwhelm', en: 'overwhelm', fr: 'débordement', quadrant: UH, valence: -2, energy: 3 },
  { id: 'nervousness', en: 'nervousness', fr: 'nervosité', quadrant: UH, valence: -1, energy: 2 },
  { id: 'resentment', en: 'resentment', fr: 'ressentiment', quadrant: UH, valence: -2, energy: 1 },
  { id: 'disgust', en: 'disgust', fr: 'dégoût', quadrant: UH, valence: -2, energy: 1 },
  { id: 'embarrassment', en: 'embarrassment', fr: 'gêne', quadrant: UH, valence: -2, energy: 1 },
  { id: 'tension', en: 'tension', fr: 'tension', quadrant: UH, valence: -1, energy: 2 },
  { id: 'impatience', en: 'impatience', fr: 'impatience', quadrant: UH, valence: -1, energy: 2 },
  { id: 'panic', en: 'panic', fr: 'panique', quadrant: UH, valence: -3, energy: 3 },
  { id: 'indignation', en: 'indignation', fr: 'indignation', quadrant: UH, valence: -2, energy: 2 },

  // Unpleasant, low energy.
  { id: 'sadness', en: 'sadness', fr: 'tristesse', quadrant: UL, valence: -2, energy: -1 },
  { id: 'loneliness', en: 'loneliness', fr: 'solitude', quadrant: UL, valence: -2, energy: -1 },
  { id: 'disappointment', en: 'disappointment', fr: 'déception', quadrant: UL, valence: -2, energy: -1 },
  { id: 'hurt', en: 'hurt', fr: 'blessure', quadrant: UL, valence: -2, energy: -1 },
  { id: 'shame', en: 'shame', fr: 'honte', quadrant: UL, valence: -3, energy: -1 },
  { id: 'guilt', en: 'guilt', fr: 'culpabilité', quadrant: UL, valence: -2, energy: -1 },
  { id: 'discouragement', en: 'discouragement', fr: 'découragement', quadrant: UL, valence: -2, energy: -2 },
  { id: 'emptiness', en: 'emptiness', fr: 'vide', quadrant: UL, valence: -2, energy: -3 },
  { id: 'boredom', en: 'boredom', fr: 'ennui', quadrant: UL, valence: -1, energy: -2 },
  { id: 'tiredness', en: 'tiredness', fr: 'fatigue', quadrant: UL, valence: -1, energy: -3 },
  { id: 'numbness', en: 'numbness', fr: 'engourdissement', quadrant: UL, valence: -1, energy: -3 },
  { id: 'grief', en: 'grief', fr: 'chagrin', quadrant: UL, valence: -3, energy: -2 },
  { id: 'helplessness', en: 'helplessness', fr: 'impuissance', quadrant: UL, valence: -3, energy: -2 },
  { id: 'vulnerability', en: 'vulnerability', fr: 'vulnérabilité', quadrant: UL, valence: -1, energy: -1 },
  { id: 'despair', en: 'despair', fr: 'désespoir', quadrant: UL, valence: -3, energy: -2 },
  { id: 'longing', en: 'longing', fr: 'manque', quadrant: UL, valence: -1, energy: -1 },
] as const satisfies readonly EmotionLabel[];

/** Identifier of a catalogue label, as stored in check-ins. */
export type EmotionId = (typeof EMOTION_DATA)[number]['id'];

/** The catalogue, grouped by quadrant; order is the order the picker shows. */
export const EMOTIONS: readonly EmotionLabel[] = EMOTION_DATA;

/** Off-grid answers; "not sure" matters for people who struggle to name what they feel. */
export const SPECIAL_LABELS = [
  { id: 'ambivalence', en: 'ambivalence', fr: 'ambivalence' },
  { id: 'not-sure', en: 'not sure', fr: 'je ne sais pas' },
] as const satisfies readonly SpecialLabel[];

/** Identifier of an off-grid answer. */
export type SpecialLabelId = (typeof SPECIAL_LABELS)[number]['id'];

const BY_ID: ReadonlyMap<string, EmotionLabel> = new Map(EMOTIONS.map((l) => [l.id, l]));
const NAMES_BY_ID: ReadonlyMap<string, SpecialLabel> = new Map(
  [...EMOTIONS, ...SPECIAL_LABELS].map((l) => [l.id, l]),
);

/** Looks up a grid label (with coordinates) from a stored id; undefined for special or unknown ids. */
export function emotionById(id: string): EmotionLabel | undefined {
  return BY_ID.get(id);
}

/** Display name of any label, grid or special, in the given language; undefined for an unknown id. */
export function emotionName(id: string, lang: ContentLang): string | undefined {
  return NAMES_BY_ID.get(id)?.[lang];
}
