import { z } from 'zod';
import type { LocalizedText } from './crisisResources';
import { LocalizedTextSchema } from './crisisResourcesSchema';

// Self-check-in scales (CONTENT.md, "Self-check-in scales"): WHO-5, PHQ-9 and GAD-7, three
// questionnaires that are free to use. They are opt-in, framed as "to discuss with your therapist",
// and never a diagnosis. Item wording is the instruments' own, in English and in the published
// French translations: a validated scale stops being valid once its items are paraphrased, so these
// strings are copied, not written, and must not be "improved" (only apostrophes are typographic).
// French is the version for France (PHQ-9 and GAD-7 "French for France", Pfizer; WHO-5 from the
// Psychiatric Research Unit, Hillerød), gendered forms kept as published: « déprimé(e) ».
// Pure data and arithmetic: no Node, Electron or DOM.

/** The scales Alcove offers, in the order a picker shows them: well-being first, the weekly default. */
export const SCALE_IDS = ['who5', 'phq9', 'gad7'] as const;
/** Validates a scale id. */
export const ScaleIdSchema = z.enum(SCALE_IDS);
/** Identifier of a scale, as stored in a self-check-in. */
export type ScaleId = z.infer<typeof ScaleIdSchema>;

/** PHQ-9 item 9 (thoughts of death or self-harm), zero-based: any answer above 0 opens the safety screen. */
export const PHQ9_SAFETY_ITEM_INDEX = 8;

/** One question, in the instrument's own words. */
export const ScaleItemSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+-[0-9]+$/, 'scale id, a dash and the item number'),
  text: LocalizedTextSchema,
});
/** One question of a scale. */
export type ScaleItem = z.infer<typeof ScaleItemSchema>;

/** One answer the scale allows, with the points it scores. */
export const ScaleOptionSchema = z.object({
  value: z.number().int().min(0),
  label: LocalizedTextSchema,
});
/** One allowed answer. */
export type ScaleOption = z.infer<typeof ScaleOptionSchema>;

/**
 * A published score range (bounds included, on the final score: the percentage for WHO-5). Band ids
 * are neutral and stable, since they are stored; labels are shown next to the score, never as a finding.
 */
export const BandSchema = z
  .object({
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/, 'kebab-case English id'),
    min: z.number().int().min(0),
    max: z.number().int().min(0),
    label: LocalizedTextSchema,
  })
  .refine((b) => b.min <= b.max, { message: 'a band runs from min to max' });
/** A published score range. */
export type Band = z.infer<typeof BandSchema>;

/**
 * A whole instrument. `version` names the instrument and its reference, and is exported with every
 * answer set; `period` is the question stem; `multiplier` turns the raw sum into the reported score
 * (4 for WHO-5's percentage, 1 otherwise). Bands cover every possible score exactly once.
 */
export const ScaleSchema = z
  .object({
    id: ScaleIdSchema,
    version: z.string().min(1),
    name: LocalizedTextSchema,
    period: LocalizedTextSchema,
    items: z.array(ScaleItemSchema).min(1),
    options: z.array(ScaleOptionSchema).min(2),
    multiplier: z.number().int().min(1),
    bands: z.array(BandSchema).min(1),
    source: LocalizedTextSchema,
  })
  .refine((s) => new Set(s.items.map((i) => i.id)).size === s.items.length, {
    message: 'item ids are unique',
  })
  .refine((s) => new Set(s.options.map((o) => o.value)).size === s.options.length, {
    message: 'option values are unique',
  })
  .refine((s) => bandsCover(s.bands, maxScoreOf(s)), {
    message: 'bands run from 0 to the maximum score, in order, without gap or overlap',
  });
/** A self-check-in instrument. */
export type Scale = z.infer<typeof ScaleSchema>;

function maxScoreOf(scale: {
  items: readonly unknown[];
  options: readonly { value: number }[];
  multiplier: number;
}): number {
  return Math.max(...scale.options.map((o) => o.value)) * scale.items.length * scale.multiplier;
}

function bandsCover(bands: readonly Band[], maxScore: number): boolean {
  let next = 0;
  for (const band of bands) {
    if (band.min !== next) return false;
    next = band.max + 1;
  }
  return next === maxScore + 1;
}

/** Shorthand for a string in both languages, so the tables below read one line per item. */
function both(en: string, fr: string): LocalizedText {
  return { en, fr };
}

/** PHQ-9 and GAD-7 share their answers (official French for France). */
const FREQUENCY_OPTIONS: ScaleOption[] = [
  { value: 0, label: both('Not at all', 'Jamais') },
  { value: 1, label: both('Several days', 'Plusieurs jours') },
  { value: 2, label: both('More than half the days', 'Plus de la moitié du temps') },
  { value: 3, label: both('Nearly every day', 'Presque tous les jours') },
];

/** The Pfizer-funded screeners' stem, as published in French for France. */
const FREQUENCY_STEM_FR =
  'Au cours des 2 dernières semaines, selon quelle fréquence avez-vous été gêné(e) par les problèmes suivants\u00a0?';

const WHO5: Scale = {
  id: 'who5',
  version: 'WHO-5 Well-Being Index (WHO, 1998 version)',
  name: both('WHO-5 (well-being)', 'WHO-5 (bien-être)'),
  period: both('Over the last two weeks…', 'Au cours des deux dernières semaines…'),
  items: [
    {
      id: 'who5-1',
      text: both('I have felt cheerful and in good spirits', 'Je me suis senti(e) bien et de bonne humeur'),
    },
    { id: 'who5-2', text: both('I have felt calm and relaxed', 'Je me suis senti(e) calme et tranquille') },
    {
      id: 'who5-3',
      text: both(
        'I have felt active and vigorous',
        'Je me suis senti(e) plein(e) d’énergie et vigoureux(se)',
      ),
    },
    {
      id: 'who5-4',
      text: both(
        'I woke up feeling fresh and rested',
        'Je me suis réveillé(e) en me sentant frais/fraîche et dispos(e)',
      ),
    },
    {
      id: 'who5-5',
      text: both(
        'My daily life has been filled with things that interest me',
        'Ma vie quotidienne a été remplie de choses intéressantes',
      ),
    },
  ],
  options: [
    { value: 5, label: both('All of the time', 'Tout le temps') },
    { value: 4, label: both('Most of the time', 'La plupart du temps') },
    { value: 3, label: both('More than half of the time', 'Plus de la moitié du temps') },
    { value: 2, label: both('Less than half of the time', 'Moins de la moitié du temps') },
    { value: 1, label: both('Some of the time', 'De temps en temps') },
    { value: 0, label: both('At no time', 'Jamais') },
  ],
  multiplier: 4,
  // The manual's rule is a raw score below 13, i.e. a percentage of 50 or less; 28 or less is the
  // cut-off for a low score used across the WHO-5 literature (Topp et al. 2015).
  bands: [
    {
      id: 'low',
      min: 0,
      max: 28,
      label: both(
        '28 or below, a low score that is worth discussing with a professional soon',
        '28 ou moins, un score bas dont il vaut la peine de parler bientôt avec votre thérapeute ou votre médecin',
      ),
    },
    {
      id: 'below-threshold',
      min: 29,
      max: 50,
      label: both(
        '50 or below, the threshold under which the WHO-5 manual suggests talking with a professional',
        '50 ou moins, le seuil sous lequel le manuel du WHO-5 suggère d’en parler avec votre thérapeute ou votre médecin',
      ),
    },
    {
      id: 'above-threshold',
      min: 51,
      max: 100,
      label: both(
        'above 50, the threshold the WHO-5 manual uses',
        'au-dessus de 50, le seuil retenu par le manuel du WHO-5',
      ),
    },
  ],
  source: both(
    'WHO-5 Well-Being Index, Psychiatric Research Unit, Mental Health Centre North Zealand (WHO Collaborating Centre): free to use.',
    'Indice de bien-être OMS (WHO-5), Psychiatric Research Unit, Mental Health Centre North Zealand (centre collaborateur de l’OMS)\u00a0: libre d’utilisation.',
  ),
};

const PHQ9: Scale = {
  id: 'phq9',
  version: 'PHQ-9 (Kroenke, Spitzer & Williams 2001)',
  name: both('PHQ-9 (mood)', 'PHQ-9 (humeur)'),
  period: both(
    'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    FREQUENCY_STEM_FR,
  ),
  items: [
    {
      id: 'phq9-1',
      text: both(
        'Little interest or pleasure in doing things',
        'Peu d’intérêt ou de plaisir à faire les choses',
      ),
    },
    {
      id: 'phq9-2',
      text: both('Feeling down, depressed, or hopeless', 'Être triste, déprimé(e) ou désespéré(e)'),
    },
    {
      id: 'phq9-3',
      text: both(
        'Trouble falling or staying asleep, or sleeping too much',
        'Difficultés à s’endormir ou à rester endormi(e), ou dormir trop',
      ),
    },
    {
      id: 'phq9-4',
      text: both('Feeling tired or having little energy', 'Se sentir fatigué(e) ou manquer d’énergie'),
    },
    { id: 'phq9-5', text: both('Poor appetite or overeating', 'Avoir peu d’appétit ou manger trop') },
    {
      id: 'phq9-6',
      text: both(
        'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
        'Avoir une mauvaise opinion de soi-même, ou avoir le sentiment d’être nul(le), ou d’avoir déçu sa famille ou s’être déçu(e) soi-même',
      ),
    },
    {
      id: 'phq9-7',
      text: both(
        'Trouble concentrating on things, such as reading the newspaper or watching television',
        'Avoir du mal à se concentrer, par exemple, pour lire le journal ou regarder la télévision',
      ),
    },
    {
      id: 'phq9-8',
      text: both(
        'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
        'Bouger ou parler si lentement que les autres auraient pu le remarquer. Ou au contraire, être si agité(e) que vous avez eu du mal à tenir en place par rapport à d’habitude',
      ),
    },
    {
      id: 'phq9-9',
      text: both(
        'Thoughts that you would be better off dead or of hurting yourself in some way',
        'Penser qu’il vaudrait mieux mourir ou envisager de vous faire du mal d’une manière ou d’une autre',
      ),
    },
  ],
  options: FREQUENCY_OPTIONS,
  multiplier: 1,
  bands: [
    { id: 'minimal', min: 0, max: 4, label: both('minimal', 'minimal') },
    { id: 'mild', min: 5, max: 9, label: both('mild', 'léger') },
    { id: 'moderate', min: 10, max: 14, label: both('moderate', 'modéré') },
    { id: 'moderately-severe', min: 15, max: 19, label: both('moderately severe', 'modérément sévère') },
    { id: 'severe', min: 20, max: 27, label: both('severe', 'sévère') },
  ],
  source: both(
    'Patient Health Questionnaire (PHQ-9), developed by Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues with an educational grant from Pfizer Inc.: free to use, no permission required.',
    'Questionnaire sur la santé du patient (PHQ-9), développé par les Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke et leurs collègues grâce à une allocation d’études de Pfizer Inc.\u00a0: libre d’utilisation, sans autorisation requise.',
  ),
};

const GAD7: Scale = {
  id: 'gad7',
  version: 'GAD-7 (Spitzer, Kroenke, Williams & Löwe 2006)',
  name: both('GAD-7 (anxiety)', 'GAD-7 (anxiété)'),
  period: both(
    'Over the last 2 weeks, how often have you been bothered by the following problems?',
    FREQUENCY_STEM_FR,
  ),
  items: [
    {
      id: 'gad7-1',
      text: both(
        'Feeling nervous, anxious, or on edge',
        'Un sentiment de nervosité, d’anxiété ou de tension',
      ),
    },
    {
      id: 'gad7-2',
      text: both(
        'Not being able to stop or control worrying',
        'Une incapacité à arrêter de s’inquiéter ou à contrôler ses inquiétudes',
      ),
    },
    {
      id: 'gad7-3',
      text: both(
        'Worrying too much about different things',
        'Une inquiétude excessive à propos de différentes choses',
      ),
    },
    { id: 'gad7-4', text: both('Trouble relaxing', 'Des difficultés à se détendre') },
    {
      id: 'gad7-5',
      text: both(
        'Being so restless that it is hard to sit still',
        'Une agitation telle qu’il est difficile à tenir en place',
      ),
    },
    {
      id: 'gad7-6',
      text: both(
        'Becoming easily annoyed or irritable',
        'Une tendance à être facilement contrarié(e) ou irritable',
      ),
    },
    {
      id: 'gad7-7',
      text: both(
        'Feeling afraid, as if something awful might happen',
        'Un sentiment de peur comme si quelque chose de terrible risquait de se produire',
      ),
    },
  ],
  options: FREQUENCY_OPTIONS,
  multiplier: 1,
  bands: [
    { id: 'minimal', min: 0, max: 4, label: both('minimal', 'minimal') },
    { id: 'mild', min: 5, max: 9, label: both('mild', 'léger') },
    { id: 'moderate', min: 10, max: 14, label: both('moderate', 'modéré') },
    { id: 'severe', min: 15, max: 21, label: both('severe', 'sévère') },
  ],
  source: both(
    'Generalized Anxiety Disorder scale (GAD-7), developed by Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues with an educational grant from Pfizer Inc.: free to use, no permission required.',
    'Échelle d’anxiété généralisée (GAD-7), développée par les Drs Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke et leurs collègues grâce à une allocation d’études de Pfizer Inc.\u00a0: libre d’utilisation, sans autorisation requise.',
  ),
};

/** The three instruments by id. Treat as read-only: item wording must never change. */
export const SCALES: Readonly<Record<ScaleId, Scale>> = { who5: WHO5, phq9: PHQ9, gad7: GAD7 };

/** Highest score a scale can give: 100 for WHO-5, 27 for PHQ-9, 21 for GAD-7. */
export function maxScore(id: ScaleId): number {
  return maxScoreOf(scaleOf(id));
}

/** The scale with this id; only own keys, so "toString" and the like are unknown scales too. */
function findScale(id: unknown): Scale | undefined {
  return typeof id === 'string' && Object.hasOwn(SCALES, id) ? SCALES[id as ScaleId] : undefined;
}

function scaleOf(id: ScaleId): Scale {
  const scale = findScale(id);
  if (!scale) throw new RangeError(`Unknown self-check-in scale "${String(id)}".`);
  return scale;
}

/** Why these answers do not fit the scale, or null when they do. */
function answersProblem(scale: Scale, answers: readonly unknown[]): string | null {
  const name = scale.version.split(' ')[0];
  if (answers.length !== scale.items.length)
    return `${name} needs exactly ${scale.items.length} answers, got ${answers.length}.`;
  const allowed = scale.options.map((o) => o.value);
  for (const [index, answer] of answers.entries()) {
    if (typeof answer !== 'number' || !Number.isInteger(answer) || !allowed.includes(answer))
      return `${name} item ${index + 1}: ${String(answer)} is not an allowed answer (allowed: ${[...allowed].sort((a, b) => a - b).join(', ')}).`;
  }
  return null;
}

/** A scored answer set: the raw sum, the reported score (WHO-5: raw × 4), its band and the maximum. */
export interface ScaleResult {
  raw: number;
  score: number;
  band: Band;
  maxScore: number;
}

/**
 * Scores one answer set, one answer per item in item order. Throws a RangeError, naming the item,
 * when the count is wrong or an answer is not one of the scale's values (non-integers included).
 */
export function scoreScale(id: ScaleId, answers: readonly number[]): ScaleResult {
  const scale = scaleOf(id);
  if (!Array.isArray(answers)) throw new RangeError('Answers must be a list of numbers.');
  const problem = answersProblem(scale, answers);
  if (problem) throw new RangeError(problem);
  const raw = answers.reduce((sum, answer) => sum + answer, 0);
  const score = raw * scale.multiplier;
  const band = scale.bands.find((b) => score >= b.min && score <= b.max);
  // Unreachable: ScaleSchema (checked by the tests) makes the bands cover every score.
  if (!band) throw new RangeError(`${scale.version}: no band for score ${score}.`);
  return { raw, score, band, maxScore: maxScoreOf(scale) };
}

/**
 * True exactly when the answers are a PHQ-9's with item 9 (thoughts of death or self-harm) above 0:
 * the crisis screen and the safety plan must open (CONTENT.md), whatever the total.
 */
export function needsSafetyScreen(id: ScaleId, answers: readonly number[]): boolean {
  const answer = answers[PHQ9_SAFETY_ITEM_INDEX];
  return id === 'phq9' && typeof answer === 'number' && answer > 0;
}

/** What the form sends: which scale, and one answer per item. */
export const SelfCheckDraftSchema = z
  .object({
    scale: ScaleIdSchema,
    answers: z.array(z.number().int()),
  })
  .superRefine((draft, ctx) => {
    const scale = findScale(draft.scale);
    const problem = scale ? answersProblem(scale, draft.answers) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['answers'], message: problem });
  });
/** A self-check-in before it is saved. */
export type SelfCheckDraft = z.infer<typeof SelfCheckDraftSchema>;

/** A saved self-check-in's id: 32 lowercase hex characters, like every other id in the journal. */
export const SelfCheckIdSchema = z
  .string()
  .regex(/^[0-9a-f]{32}$/, 'a self-check-in id is 32 lowercase hex characters');

/**
 * A saved self-check-in, as stored and exported: the item answers, the score and band at the time,
 * the date and the instrument version (CONTENT.md: "export item answers, score, date and version").
 */
export const SelfCheckSchema = z
  .object({
    id: SelfCheckIdSchema,
    at: z.iso.datetime(),
    scale: ScaleIdSchema,
    answers: z.array(z.number().int()),
    score: z.number().int().min(0),
    band: z.string().min(1),
    version: z.string().min(1),
  })
  .superRefine((check, ctx) => {
    const scale = findScale(check.scale);
    const problem = scale ? answersProblem(scale, check.answers) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['answers'], message: problem });
  });
/** A saved self-check-in. */
export type SelfCheck = z.infer<typeof SelfCheckSchema>;
