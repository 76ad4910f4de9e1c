import type { ContentLang } from './emotions';

// Word lists the worksheets offer (shared/domain/worksheet.ts): thinking traps for the thought record
// and life areas for behavioural activation and the values check. Our own wording in both languages,
// based on public descriptions of the frameworks. Ids are stored in entries: never change one once shipped.

/** Thinking traps (CBT "cognitive distortions"), named plainly: habits of thought, never a verdict. */
export const THINKING_TRAPS = [
  { id: 'all-or-nothing', en: 'all-or-nothing', fr: 'tout ou rien' },
  { id: 'catastrophising', en: 'catastrophising', fr: 'catastrophisme' },
  { id: 'mind-reading', en: 'mind reading', fr: 'lecture de pensée' },
  { id: 'fortune-telling', en: 'fortune telling', fr: 'prédiction de l’avenir' },
  { id: 'should-statements', en: 'should statements', fr: '«\u00a0il faut\u00a0», «\u00a0je dois\u00a0»' },
  { id: 'labelling', en: 'labelling', fr: 'étiquetage' },
  { id: 'personalising', en: 'personalising', fr: 'personnalisation' },
  { id: 'emotional-reasoning', en: 'emotional reasoning', fr: 'raisonnement émotionnel' },
  { id: 'overgeneralising', en: 'overgeneralising', fr: 'généralisation' },
  { id: 'mental-filter', en: 'mental filter', fr: 'filtre mental' },
  { id: 'discounting-the-positive', en: 'discounting the positive', fr: 'disqualification du positif' },
] as const;
export type ThinkingTrapId = (typeof THINKING_TRAPS)[number]['id'];
export const THINKING_TRAP_IDS = THINKING_TRAPS.map((t) => t.id) as [ThinkingTrapId, ...ThinkingTrapId[]];

/** Life areas (ACT values work and behavioural activation), with "other" for what fits nowhere. */
export const LIFE_AREAS = [
  { id: 'relationships', en: 'close relationships', fr: 'relations proches' },
  { id: 'family', en: 'family', fr: 'famille' },
  { id: 'friendship', en: 'friendship', fr: 'amitié' },
  { id: 'work', en: 'work', fr: 'travail' },
  { id: 'learning', en: 'learning and growth', fr: 'apprentissage' },
  { id: 'leisure', en: 'leisure and play', fr: 'loisirs' },
  { id: 'health', en: 'health and body', fr: 'santé et corps' },
  { id: 'community', en: 'community', fr: 'vie collective' },
  { id: 'meaning', en: 'meaning and spirituality', fr: 'sens et spiritualité' },
  { id: 'creativity', en: 'creativity', fr: 'créativité' },
  { id: 'daily-life', en: 'daily life and home', fr: 'quotidien et foyer' },
  { id: 'other', en: 'another area', fr: 'autre domaine' },
] as const;
export type LifeAreaId = (typeof LIFE_AREAS)[number]['id'];
export const LIFE_AREA_IDS = LIFE_AREAS.map((a) => a.id) as [LifeAreaId, ...LifeAreaId[]];

const TRAP_NAMES: ReadonlyMap<string, { en: string; fr: string }> = new Map(
  THINKING_TRAPS.map((t) => [t.id, t]),
);
const AREA_NAMES: ReadonlyMap<string, { en: string; fr: string }> = new Map(LIFE_AREAS.map((a) => [a.id, a]));

export function thinkingTrapName(id: ThinkingTrapId, lang: ContentLang): string {
  return TRAP_NAMES.get(id)?.[lang] ?? id;
}

export function lifeAreaName(id: LifeAreaId, lang: ContentLang): string {
  return AREA_NAMES.get(id)?.[lang] ?? id;
}
