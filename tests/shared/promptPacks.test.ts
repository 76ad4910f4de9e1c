import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROMPT_PACKS, promptById, promptPackById } from '../../shared/content/prompts';
import {
  MAX_PACK_FILE_BYTES,
  MIN_PROMPTS_PER_PACK,
  PromptPackSchema,
  type PromptPack,
} from '../../shared/content/prompts/schema';

// The prompt packs (CONTENT.md): every pack validates, ids are stable and unique, both languages are real
// translations, French follows French typography and avoids gender agreement, and no wording assumes a
// gender, an orientation, a relationship structure or a kind of sex.

/** One user-facing string pair, with where it comes from so a failure names the exact prompt. */
interface Wording {
  where: string;
  en: string;
  fr: string;
}

function wordingsOf(pack: PromptPack): Wording[] {
  return [
    { where: `${pack.id} name`, ...pack.name },
    { where: `${pack.id} description`, ...pack.description },
    ...pack.prompts.flatMap((p) => [
      { where: `${p.id} text`, ...p.text },
      ...(p.followUp ? [{ where: `${p.id} followUp`, ...p.followUp }] : []),
    ]),
  ];
}

const allWordings = PROMPT_PACKS.flatMap(wordingsOf);
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

/** Strings matching the pattern, with their location, so `toEqual([])` shows every offender at once. */
function offenders(lang: 'en' | 'fr', pattern: RegExp, wordings: Wording[] = allWordings): string[] {
  return wordings.filter((w) => pattern.test(w[lang])).map((w) => `${w.where}: ${w[lang]}`);
}

/**
 * Whole-word, case-insensitive match of any of the words. `\b` is ASCII-only in JavaScript, so it fails
 * next to "é" or "’": letters are checked with Unicode lookarounds instead.
 */
function words(...list: string[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

describe('prompt packs: schema', () => {
  it.each(PROMPT_PACKS.map((p) => [p.id, p] as const))('%s parses with PromptPackSchema', (_id, pack) => {
    const result = PromptPackSchema.safeParse(pack);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(PROMPT_PACKS.map((p) => [p.id, p] as const))(
    `%s has at least ${MIN_PROMPTS_PER_PACK} prompts`,
    (_id, pack) => {
      expect(pack.prompts.length).toBeGreaterThanOrEqual(MIN_PROMPTS_PER_PACK);
    },
  );

  it('pack ids are unique', () => {
    expect(duplicates(PROMPT_PACKS.map((p) => p.id))).toEqual([]);
  });

  it('prompt ids are unique across all packs', () => {
    expect(duplicates(PROMPT_PACKS.flatMap((p) => p.prompts.map((q) => q.id)))).toEqual([]);
  });

  it('each pack, serialised, fits well under the pack file limit', () => {
    for (const pack of PROMPT_PACKS) {
      expect(new TextEncoder().encode(JSON.stringify(pack)).byteLength).toBeLessThan(MAX_PACK_FILE_BYTES);
    }
  });

  it('every pack offers light prompts, so the UI can start gently', () => {
    for (const pack of PROMPT_PACKS) {
      expect(pack.prompts.filter((p) => p.intensity === 'light').length, pack.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('the schema rejects a malformed pack', () => {
    const [first] = PROMPT_PACKS;
    if (!first) throw new Error('no packs');
    const [prompt] = first.prompts;
    if (!prompt) throw new Error('no prompts');
    const bad = (change: Record<string, unknown>) =>
      PromptPackSchema.safeParse({ ...first, ...change }).success;
    expect(bad({ schemaVersion: 2 })).toBe(false);
    expect(bad({ version: 0 })).toBe(false);
    expect(bad({ id: 'Not Kebab' })).toBe(false);
    expect(bad({ framework: 'astrology' })).toBe(false);
    expect(bad({ prompts: first.prompts.slice(0, MIN_PROMPTS_PER_PACK - 1) })).toBe(false);
    expect(bad({ prompts: [...first.prompts.slice(1), prompt, prompt] })).toBe(false);
    expect(
      bad({ prompts: [{ ...prompt, text: { en: 'Too short', fr: prompt.text.fr } }, ...first.prompts] }),
    ).toBe(false);
    expect(bad({ prompts: [{ ...prompt, intensity: 'extreme' }, ...first.prompts.slice(1)] })).toBe(false);
    expect(bad({ extra: true })).toBe(false);
  });
});

describe('prompt packs: lookups', () => {
  it('promptPackById finds every shipped pack and nothing else', () => {
    for (const pack of PROMPT_PACKS) expect(promptPackById(pack.id)).toBe(pack);
    expect(promptPackById('no-such-pack')).toBeUndefined();
  });

  it('promptById finds every prompt with its pack', () => {
    for (const pack of PROMPT_PACKS) {
      for (const prompt of pack.prompts) expect(promptById(prompt.id)).toEqual({ pack, prompt });
    }
    expect(promptById('no-such-prompt')).toBeUndefined();
  });
});

describe('prompt packs: both languages', () => {
  it('every text and follow-up has English and French', () => {
    const missing = allWordings.filter((w) => w.en.trim() === '' || w.fr.trim() === '');
    expect(missing.map((w) => w.where)).toEqual([]);
  });

  it('French is never a copy of English', () => {
    const copies = allWordings.filter((w) => w.fr.trim().toLowerCase() === w.en.trim().toLowerCase());
    expect(copies.map((w) => w.where)).toEqual([]);
  });
});

describe('prompt packs: French typography', () => {
  it('a no-break space before ; : ! ? and never another space', () => {
    expect(offenders('fr', /(?<!\u00a0)[;:!?]/)).toEqual([]);
    // `\s` includes U+00A0, so this also catches doubled no-break spaces.
    expect(offenders('fr', /\s\u00a0/)).toEqual([]);
  });

  it('no-break spaces only where French typography puts them', () => {
    expect(offenders('fr', /(?<!«)\u00a0(?![;:!?»%])/)).toEqual([]);
    expect(offenders('fr', /\u202f/)).toEqual([]);
  });

  it('typographic apostrophe only', () => {
    expect(offenders('fr', /'/)).toEqual([]);
  });

  it('« » with no-break spaces inside, never double quotes', () => {
    expect(offenders('fr', /["“”„‟]/)).toEqual([]);
    expect(offenders('fr', /«(?!\u00a0)/)).toEqual([]);
    expect(offenders('fr', /(?<!\u00a0)»/)).toEqual([]);
    const unbalanced = allWordings.filter((w) => w.fr.split('«').length !== w.fr.split('»').length);
    expect(unbalanced.map((w) => w.where)).toEqual([]);
  });

  it('an ellipsis character rather than three dots', () => {
    expect(offenders('fr', /\.\.\./)).toEqual([]);
  });

  it('the sources write the no-break space as an escape, so it stays visible in review', () => {
    const dir = new URL('../../shared/content/prompts/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(PROMPT_PACKS.length);
    const literal = files.filter((f) => /[\u00a0\u202f]/.test(readFileSync(new URL(f, dir), 'utf8')));
    expect(literal).toEqual([]);
  });
});

describe('prompt packs: English typography', () => {
  it('no space before punctuation, no no-break spaces, no straight apostrophes', () => {
    expect(offenders('en', /\s[;:!?]/)).toEqual([]);
    expect(offenders('en', /[\u00a0\u202f]/)).toEqual([]);
    expect(offenders('en', /'/)).toEqual([]);
    expect(offenders('en', /\.\.\./)).toEqual([]);
  });
});

describe('prompt packs: inclusive wording', () => {
  it('no English word assumes a gender or a relationship structure', () => {
    const gendered = words(
      'boyfriends?',
      'girlfriends?',
      'husbands?',
      'wife',
      'wives',
      'spouses?',
      'fianc[ée]e?s?',
      'm[ae]n',
      'wom[ae]n',
      'ladies',
      'gentlemen',
      'guys',
      'he or she',
      'she or he',
      'his or her',
      'her or his',
      'him or her',
      'her or him',
      'opposite sex',
      'both sexes',
    );
    expect(offenders('en', gendered)).toEqual([]);
  });

  it('no French word assumes a gender or a relationship structure', () => {
    const gendered = words(
      'maris?',
      'époux',
      'épouses?',
      'copains?',
      'copines?',
      'petite?s? amie?s?',
      'conjointe?s?',
      'fiancée?s?',
      'hommes?',
      'femmes?',
      'il ou elle',
      'elle ou il',
      'sexe opposé',
      'deux sexes',
    );
    expect(offenders('fr', gendered)).toEqual([]);
  });

  it('French avoids agreement rather than marking it (no point médian, no (e))', () => {
    expect(offenders('fr', /[·•]|\(e\)|\(s\)|\.e\b/iu)).toEqual([]);
  });

  it('French never describes the reader with a gender-marked adjective or participle (tripwire)', () => {
    // "vous êtes / vous sentez / vous rend / êtes-vous …" followed (after optional adverbs) by a word whose
    // form depends on the reader's gender. A heuristic with a word list: it catches the usual slips.
    const readerState =
      /(?<![\p{L}])(?:vous\s+(?:ne\s+|n’)?(?:êtes|étiez|serez|seriez|sentez|sentiez|sentir|sentirez|trouvez|trouviez|rend|rendre|rendait|rendrait)|(?:êtes|étiez|serez|seriez|sentez|sentiez|trouvez)-vous)\s+(?:(?:pas|plus|jamais|très|si|assez|moins|vraiment|suffisamment|trop|toujours|souvent|parfois|encore|déjà)\s+)*([\p{L}’-]+)/giu;
    const marked = new Set(
      [
        'seul',
        'fier',
        'prêt',
        'heureux',
        'content',
        'fatigué',
        'tendu',
        'inquiet',
        'inquiète',
        'sûr',
        'compris',
        'écouté',
        'jugé',
        'soutenu',
        'aimé',
        'perdu',
        'épuisé',
        'reconnaissant',
        'allé',
        'senti',
        'blessé',
        'gêné',
        'déçu',
        'anxieux',
        'nerveux',
        'ému',
        'serein',
        'détendu',
        'apaisé',
        'soulagé',
        'honteux',
        'respecté',
        'accepté',
        'entouré',
        'isolé',
        'motivé',
        'frustré',
        'énervé',
        'attiré',
        'excité',
        'désiré',
        'satisfait',
        'épanoui',
        'bienveillant',
      ].flatMap((w) => {
        const fem = w.endsWith('eux')
          ? `${w.slice(0, -1)}se`
          : w.endsWith('er')
            ? `${w.slice(0, -2)}ère`
            : `${w}e`;
        return [w, `${w}s`, fem, `${fem}s`];
      }),
    );
    const slips = allWordings.flatMap((w) =>
      [...w.fr.matchAll(readerState)]
        .filter((m) => {
          const word = (m[1] ?? '').toLowerCase();
          return marked.has(word) || /(?:ée|ées|euse|euses)$/.test(word);
        })
        .map((m) => `${w.where}: …${m[0]}…`),
    );
    expect(slips).toEqual([]);
  });
});

describe('prompt packs: the sexuality pack', () => {
  const pack = promptPackById('sexuality-self-exploration');
  if (!pack) throw new Error('sexuality pack missing');
  const wordings = wordingsOf(pack);

  it('is marked sensitive, and only it is', () => {
    expect(pack.sensitive).toBe(true);
    expect(PROMPT_PACKS.filter((p) => p.sensitive).map((p) => p.id)).toEqual([pack.id]);
  });

  it('says it is optional and opens with a light prompt', () => {
    expect(pack.description.en).toMatch(/optional/i);
    expect(pack.description.fr).toMatch(/facultati/i);
    expect(pack.prompts[0]?.intensity).toBe('light');
  });

  it('assumes neither penetration nor a heterosexual script', () => {
    const en = words(
      'intercourse',
      'penetrat\\p{L}*',
      'foreplay',
      'virgin\\p{L}*',
      'real sex',
      'going all the way',
      'consummat\\p{L}*',
    );
    const fr = words(
      'pénétr\\p{L}*',
      'préliminaires?',
      'rapports?\\s+sexuels?',
      'acte\\s+sexuel',
      'virgin\\p{L}*',
      'vrai\\s+rapport',
      'consomm\\p{L}*',
    );
    expect(offenders('en', en, wordings)).toEqual([]);
    expect(offenders('fr', fr, wordings)).toEqual([]);
  });

  it('never assumes the reader has a partner', () => {
    expect(offenders('en', words('your partners?', 'your lovers?', 'your sex life'), wordings)).toEqual([]);
    expect(
      offenders('fr', words('votre partenaire', 'vos partenaires', 'votre vie sexuelle'), wordings),
    ).toEqual([]);
  });

  it('includes readers with little or no sexual or romantic attraction', () => {
    const tags = pack.prompts.flatMap((p) => p.tags ?? []);
    expect(tags).toEqual(expect.arrayContaining(['asexual', 'aromantic']));
  });
});

describe('prompt packs: closing note', () => {
  it('prints the prompt count per pack', () => {
    const lines = PROMPT_PACKS.map((p) => `  ${p.id}: ${p.prompts.length}`);
    const total = PROMPT_PACKS.reduce((n, p) => n + p.prompts.length, 0);
    console.log(`Prompt packs (${PROMPT_PACKS.length}, ${total} prompts):\n${lines.join('\n')}`);
    expect(total).toBeGreaterThanOrEqual(PROMPT_PACKS.length * MIN_PROMPTS_PER_PACK);
  });
});
