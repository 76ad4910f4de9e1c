/**
 * Synthetic journals for the benchmark: seeded, so every system gets the same data. Bodies are
 * log-normal around 1,250 characters (100–10,000), ~60 % French, dates over ten years, 0–4 tags
 * and 0–3 emotions with intensity — the shape PERFORMANCE.md measured.
 */
export interface SyntheticEntry {
  title: string;
  body: string;
  createdAt: string;
  tags: string[];
  emotions: Array<{ name: string; intensity: number }>;
}

/** mulberry32: small, fast, good enough for test data (not for anything secret). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FRENCH = `je tu il elle nous vous ils elles suis était avais aujourd’hui hier demain matin soir nuit
journée semaine travail maison famille mère père sœur frère ami amie amour couple partenaire enfant
colère peur tristesse joie honte culpabilité fierté tendresse soulagement anxiété inquiétude fatigue
énergie calme sérénité dispute réunion rendez-vous thérapeute séance exercice respiration marche
jardin café thé pluie soleil mer montagne ville train voiture lettre message téléphone silence
pensé ressenti compris remarqué décidé essayé réussi échoué pleuré ri dormi rêvé écrit lu parlé
écouté attendu oublié pardonné accepté refusé besoin envie désir corps cœur tête ventre épaules
souffle sommeil rêve souvenir enfance école projet argent avenir passé présent moment instant
toujours jamais souvent parfois encore déjà vraiment peut-être beaucoup peu trop assez très
doucement lentement enfin pourtant cependant parce que quand comme avec sans pour contre chez
vers depuis pendant après avant entre malgré grâce le la les un une des du de et ou mais donc`.split(/\s+/);

const ENGLISH = `i you he she we they was were had today yesterday tomorrow morning evening night day
week work home family mother father sister brother friend love couple partner child anger fear
sadness joy shame guilt pride tenderness relief anxiety worry tiredness energy calm serenity
argument meeting appointment therapist session exercise breathing walk garden coffee tea rain
sun sea mountain city train car letter message phone silence thought felt understood noticed
decided tried managed failed cried laughed slept dreamed wrote read talked listened waited
forgot forgave accepted refused need want desire body heart head stomach shoulders breath sleep
dream memory childhood school project money future past present moment always never often
sometimes still already really maybe much little too enough very gently slowly finally though
however because when like with without for against toward since during after before between
despite the a an of and or but so`.split(/\s+/);

const TAGS = [
  'therapy',
  'couple',
  'work',
  'family',
  'sleep',
  'gratitude',
  'body',
  'values',
  'dreams',
  'health',
];
const EMOTIONS = [
  'joy',
  'sadness',
  'anger',
  'fear',
  'shame',
  'tenderness',
  'relief',
  'anxiety',
  'pride',
  'guilt',
];
const TEN_YEARS_MS = 10 * 365.25 * 24 * 3600 * 1000;
const END = Date.parse('2026-11-01T00:00:00.000Z');

function logNormalLength(random: () => number): number {
  // Box–Muller; median ~1,000, mean ~1,250 characters.
  const z = Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  return Math.min(10_000, Math.max(100, Math.round(Math.exp(Math.log(1000) + 0.65 * z))));
}

function sentence(random: () => number, words: string[]): string {
  const length = 6 + Math.floor(random() * 14);
  const picked = Array.from({ length }, () => words[Math.floor(random() * words.length)]!);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function* journal(count: number, seed = 20261122): Generator<SyntheticEntry> {
  const random = prng(seed);
  for (let i = 0; i < count; i++) {
    const words = random() < 0.6 ? FRENCH : ENGLISH;
    const target = logNormalLength(random);
    let body = '';
    while (body.length < target) body += (body ? ' ' : '') + sentence(random, words);
    const title = random() < 0.7 ? sentence(random, words).slice(0, 60) : '';
    const tags = TAGS.filter(() => random() < 0.15).slice(0, 4);
    const emotions = EMOTIONS.filter(() => random() < 0.1)
      .slice(0, 3)
      .map((name) => ({ name, intensity: 1 + Math.floor(random() * 10) }));
    yield { title, body, createdAt: new Date(END - random() * TEN_YEARS_MS).toISOString(), tags, emotions };
  }
}

/** An entry of about 2 KB for the save measurements. */
export function saveEntry(random: () => number): SyntheticEntry {
  const words = random() < 0.6 ? FRENCH : ENGLISH;
  let body = '';
  while (body.length < 2000) body += (body ? ' ' : '') + sentence(random, words);
  return {
    title: sentence(random, words).slice(0, 50),
    body,
    createdAt: new Date().toISOString(),
    tags: [],
    emotions: [],
  };
}

/** Queries drawn from words that occur: 50 one-word, 50 two-word. */
export function queries(random: () => number): string[] {
  const pool = [...FRENCH, ...ENGLISH].filter((w) => w.length >= 4);
  const pick = () => pool[Math.floor(random() * pool.length)]!;
  return [...Array.from({ length: 50 }, pick), ...Array.from({ length: 50 }, () => `${pick()} ${pick()}`)];
}

/** Alcove has no tag or emotion fields yet: they ride in the text, so they are encrypted and indexed too. */
export function withMetadataInText(entry: SyntheticEntry): { title: string; body: string } {
  const meta = [
    entry.tags.map((t) => `#${t}`).join(' '),
    entry.emotions.map((e) => `${e.name}:${e.intensity}`).join(' '),
  ]
    .filter(Boolean)
    .join(' ');
  return { title: entry.title, body: meta ? `${entry.body}\n\n${meta}` : entry.body };
}
