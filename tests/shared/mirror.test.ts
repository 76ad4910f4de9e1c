import { describe, expect, it } from 'vitest';
import { EMOTIONS, SPECIAL_LABELS, type ContentLang } from '../../shared/content/emotions';
import { MIRROR_LANGUAGES } from '../../shared/content/mirrorLexicon';
import {
  MAX_SUGGESTIONS,
  MIN_SCORE,
  detectLanguage,
  expandPattern,
  foldText,
  mirrorPhrases,
  suggestEmotions,
  type MirrorSuggestion,
} from '../../shared/insights/mirror';
import { normalizeForMatching } from '../../shared/insights/warningSigns';
import {
  MIRROR_LANGS,
  evaluateMirror,
  formatMirrorReport,
  parseMirrorSet,
  readMirrorSet,
  scoreMirrorCases,
  summariseMirror,
} from '../bench/mirrorEval';

/** What we honestly reach on the dev set (0.98–0.99), minus a small margin. */
const MIN_DEV_PRECISION = 0.95;
const MIN_DEV_RECALL = 0.95;

const CATALOGUE_IDS = new Set<string>([...EMOTIONS, ...SPECIAL_LABELS].map((l) => l.id));

function ids(text: string, lang?: ContentLang): string[] {
  return suggestEmotions(text, lang ? { lang } : {}).map((s) => s.id);
}

function suggestion(text: string, id: string, lang?: ContentLang): MirrorSuggestion | undefined {
  return suggestEmotions(text, lang ? { lang } : {}).find((s) => s.id === id);
}

function scoreOf(text: string, id: string, lang: ContentLang): number {
  return suggestEmotions(text, { lang, max: MAX_SUGGESTIONS }).find((s) => s.id === id)?.score ?? 0;
}

describe('the lexicon', () => {
  it('names only catalogue ids', () => {
    for (const lang of MIRROR_LANGS) {
      for (const id of Object.keys(MIRROR_LANGUAGES[lang].lexicon)) {
        expect(CATALOGUE_IDS.has(id), `${lang}: ${id}`).toBe(true);
      }
    }
  });

  it('covers every catalogue id, ambivalence and not-sure included, in both languages', () => {
    for (const lang of MIRROR_LANGS) {
      const covered = new Set<string | null>(mirrorPhrases(lang).map((p) => p.id));
      for (const id of CATALOGUE_IDS) expect(covered.has(id), `${lang}: ${id}`).toBe(true);
    }
  });

  it('has no duplicate phrase once expanded and folded, per language', () => {
    for (const lang of MIRROR_LANGS) {
      const seen = new Map<string, string>();
      const duplicates: string[] = [];
      for (const phrase of mirrorPhrases(lang)) {
        const key = phrase.keys.join(' ');
        const where = `${phrase.id ?? 'neutral'} "${phrase.pattern}"`;
        if (seen.has(key)) duplicates.push(`"${key}": ${seen.get(key)} and ${where}`);
        else seen.set(key, where);
      }
      expect(duplicates, lang).toEqual([]);
    }
  });

  it('is a few hundred patterns per language, with sane weights and no empty phrase', () => {
    for (const lang of MIRROR_LANGS) {
      const tiers = Object.values(MIRROR_LANGUAGES[lang].lexicon).flat();
      expect(tiers.flatMap((t) => t.p).length, lang).toBeGreaterThan(300);
      for (const tier of tiers) {
        expect(tier.w, tier.p.join(', ')).toBeGreaterThan(0);
        expect(tier.w, tier.p.join(', ')).toBeLessThanOrEqual(1);
      }
      for (const phrase of mirrorPhrases(lang)) expect(phrase.keys.length, phrase.pattern).toBeGreaterThan(0);
    }
  });

  it('keeps its stop words apart, so detection can count them', () => {
    const fr = new Set(MIRROR_LANGUAGES.fr.grammar.stopWords);
    expect(MIRROR_LANGUAGES.en.grammar.stopWords.filter((w) => fr.has(w))).toEqual([]);
  });

  it('expands alternatives and optional parts, and refuses malformed groups', () => {
    expect(expandPattern('fatigué(|e|s|es)')).toEqual(['fatigué', 'fatiguée', 'fatigués', 'fatiguées']);
    expect(expandPattern('(feel|felt) (|so )safe')).toEqual([
      'feel safe',
      'feel so safe',
      'felt safe',
      'felt so safe',
    ]);
    expect(() => expandPattern('a (b|(c)) d')).toThrow(/nested/);
    expect(() => expandPattern('a (b|c')).toThrow(/unbalanced/);
    expect(() => expandPattern('a b|c) d')).toThrow(/unopened/);
  });
});

describe('English negation cancels the feeling', () => {
  it.each([
    "I'm not angry, just surprised.",
    "I wasn't scared at all.",
    "I don't feel lonely anymore.",
    "I'm no longer afraid of the dark.",
    'Never jealous of her success.',
    "I didn't feel guilty about skipping the party.",
    'Hardly nervous before the talk this time.',
    'I did it without fear.',
    'Not stressed, just busy.',
    'i dont feel anxious today',
  ])('%s', (text) => {
    expect(ids(text, 'en')).toEqual([]);
  });
});

describe('French negation cancels the feeling', () => {
  it.each([
    'Je ne suis pas fâchée, juste surprise.',
    'J’suis pas fâchée.',
    'Je n’avais pas du tout peur.',
    'Je ne me sens plus seule.',
    'Je ne suis plus du tout en colère.',
    'Je ne suis jamais jalouse de sa réussite.',
    'Je n’ai peur de rien.',
    'Sans stress cette fois-ci.',
    'Je ne culpabilise pas d’avoir séché la soirée.',
    'Je culpabilise pas, pour une fois.',
    'Je ne suis guère inquiète.',
  ])('%s', (text) => {
    expect(ids(text, 'fr')).toEqual([]);
  });
});

describe('what looks like a negation but is not one', () => {
  it('"not only" and « pas seulement » keep the feeling', () => {
    expect(ids('Not only tired but angry.', 'en').sort()).toEqual(['anger', 'tiredness']);
    expect(ids('Pas seulement fatiguée, mais en colère.', 'fr').sort()).toEqual(['anger', 'tiredness']);
  });

  it('"but" and « mais » end a negation', () => {
    expect(ids("I'm not angry but I'm really sad.", 'en')).toEqual(['sadness']);
    expect(ids('Pas en colère, mais triste.', 'fr')).toEqual(['sadness']);
  });

  it('a negation of stopping, or a comparison with never, makes the feeling stronger', () => {
    expect(ids("I can't stop crying.", 'en')).toEqual(['sadness']);
    expect(ids("I've never been so happy.", 'en')).toEqual(['joy']);
    expect(ids('Je n’arrête pas de pleurer.', 'fr')).toEqual(['sadness']);
    expect(ids('Je n’ai jamais été aussi heureuse.', 'fr')).toEqual(['joy']);
  });

  it('phrases that hold a negator are feelings of their own', () => {
    expect(ids("Can't wait for the weekend!", 'en')).toEqual(['excitement']);
    expect(ids('Je n’ai pas le moral.', 'fr')).toEqual(['sadness']);
    expect(ids('Je n’en peux plus.', 'fr')).toEqual(['overwhelm']);
    expect(ids("I don't know what I feel.", 'en')).toEqual(['not-sure']);
  });
});

describe('intensity', () => {
  it('an intensifier raises the score and a diminisher lowers it, in both languages', () => {
    const plain = scoreOf('I feel lonely.', 'loneliness', 'en');
    expect(scoreOf('I feel really lonely.', 'loneliness', 'en')).toBeGreaterThan(plain);
    expect(scoreOf('I feel a bit lonely.', 'loneliness', 'en')).toBeLessThan(plain);
    expect(scoreOf('I feel a bit lonely.', 'loneliness', 'en')).toBeGreaterThanOrEqual(MIN_SCORE);

    const simple = scoreOf('Je suis inquiète.', 'anxiety', 'fr');
    expect(scoreOf('Je suis très inquiète.', 'anxiety', 'fr')).toBeGreaterThan(simple);
    expect(scoreOf('Je suis un peu inquiète.', 'anxiety', 'fr')).toBeLessThan(simple);
  });

  it('an intensifier inside a phrase still lets it match ("felt so small", « me sens tellement seule »)', () => {
    expect(ids('I felt so small when she laughed.', 'en')).toEqual(['shame']);
    expect(ids('Je me sens tellement seule.', 'fr')).toEqual(['loneliness']);
  });

  it('more evidence gives a higher score, capped at 1', () => {
    const once = scoreOf('I was anxious.', 'anxiety', 'en');
    const twice = scoreOf('I was anxious. Still anxious tonight, and worried sick.', 'anxiety', 'en');
    expect(twice).toBeGreaterThan(once);
    expect(twice).toBeLessThanOrEqual(1);
  });
});

describe('whose feeling it is', () => {
  it('ignores someone else’s feelings in English', () => {
    for (const text of [
      'She was furious with me.',
      'My mum is anxious about the surgery.',
      'He seemed really sad at dinner.',
      'Tom looked exhausted when he got home.',
      'Everyone was nervous before the exam.',
      'My friend was heartbroken after the breakup.',
    ]) {
      expect(ids(text, 'en'), text).toEqual([]);
    }
  });

  it('ignores someone else’s feelings in French', () => {
    for (const text of [
      'Elle était furieuse contre moi.',
      'Ma mère est inquiète pour l’opération.',
      'Il avait l’air très triste au dîner.',
      'Paul avait l’air épuisé en rentrant.',
      'Ma sœur se sent seule dans sa nouvelle école.',
      'Julien m’a dit qu’il était très angoissé au travail.',
    ]) {
      expect(ids(text, 'fr'), text).toEqual([]);
    }
  });

  it('counts the writer as object ("he made me angry", « il m’énerve ») and what a thing does to them', () => {
    expect(ids('He made me so angry.', 'en')).toEqual(['anger']);
    expect(ids('It scared me when the dog lunged.', 'en')).toEqual(['fear']);
    expect(ids('My boss is exhausting.', 'en')).toEqual(['tiredness']);
    expect(ids('Il m’énerve avec ses remarques.', 'fr')).toEqual(['irritation']);
    expect(ids('Les enfants sont épuisants cette semaine.', 'fr')).toEqual(['tiredness']);
  });

  it('counts a fragment without a subject', () => {
    expect(ids('So tired.', 'en')).toEqual(['tiredness']);
    expect(ids('Crevée.', 'fr')).toEqual(['tiredness']);
    expect(ids('Stressed. Again.', 'en')).toEqual(['stress']);
  });

  it('needs "I" for ordinary words and in questions', () => {
    expect(ids('Alone at last, the house is quiet.', 'en')).toEqual([]);
    expect(ids('Is it normal for toddlers to be scared of the bath?', 'en')).toEqual([]);
    expect(ids('Why am I so anxious all the time?', 'en')).toEqual(['anxiety']);
  });

  it('does not read wishes, advice or topics as feelings', () => {
    expect(ids('I want to feel calm before the exam.', 'en')).toEqual([]);
    expect(ids("Don't worry, be happy, as the song goes.", 'en')).toEqual([]);
    expect(ids('I read an article about grief.', 'en')).toEqual([]);
    expect(ids('J’aimerais être plus calme.', 'fr')).toEqual([]);
    expect(ids('Il faut rester calme.', 'fr')).toEqual([]);
  });

  it('keeps ordinary uses quiet', () => {
    for (const text of [
      'We watched a horror film.',
      'Happy birthday, Sam!',
      'I hurt my back lifting boxes.',
    ]) {
      expect(ids(text, 'en'), text).toEqual([]);
    }
    for (const text of ['On a regardé un film d’horreur.', 'Le frigo est vide.', 'Je manque de sommeil.']) {
      expect(ids(text, 'fr'), text).toEqual([]);
    }
  });
});

describe('idioms', () => {
  it.each([
    ['en', "I've been worried sick all day.", 'anxiety'],
    ['en', "I'm on edge.", 'tension'],
    ['en', "I'm fed up with this printer.", 'frustration'],
    ['en', 'Over the moon about the news.', 'joy'],
    ['en', "I'm heartbroken.", 'sadness'],
    ['en', 'Butterflies in my stomach before the date.', 'nervousness'],
    ['en', 'I have mixed feelings about moving.', 'ambivalence'],
    ['en', "I don't know what I feel right now.", 'not-sure'],
    ['fr', 'J’ai le cafard ce soir.', 'sadness'],
    ['fr', 'Ras le bol de cette imprimante.', 'frustration'],
    ['fr', 'Je suis aux anges.', 'joy'],
    ['fr', 'J’ai la boule au ventre.', 'anxiety'],
    ['fr', 'Franchement, ça me saoule.', 'irritation'],
    ['fr', 'Je suis crevé·e.', 'tiredness'],
    ['fr', 'J’ai les boules.', 'frustration'],
    ['fr', 'Je suis partagée.', 'ambivalence'],
    ['fr', 'Je ne sais pas ce que je ressens.', 'not-sure'],
  ] as const)('%s: %s', (lang, text, id) => {
    expect(ids(text, lang)).toContain(id);
  });
});

describe('mixed feelings', () => {
  it('gives two or three labels, strongest first', () => {
    const en = suggestEmotions('Happy but nervous about the wedding, and a little sad to leave home.', {
      lang: 'en',
    });
    expect(en.map((s) => s.id).sort()).toEqual(['joy', 'nervousness', 'sadness']);
    expect(en[0]!.score).toBeGreaterThanOrEqual(en[en.length - 1]!.score);

    const fr = ids('Soulagée que ce soit fini, mais triste aussi.', 'fr');
    expect(fr.sort()).toEqual(['relief', 'sadness']);
  });
});

describe('options', () => {
  const text = 'Exhausted, anxious and angry, and a bit sad too.';

  it('returns at most three, or max if lower', () => {
    expect(suggestEmotions(text, { lang: 'en' })).toHaveLength(MAX_SUGGESTIONS);
    expect(suggestEmotions(text, { lang: 'en', max: 10 })).toHaveLength(MAX_SUGGESTIONS);
    expect(suggestEmotions(text, { lang: 'en', max: 1 })).toHaveLength(1);
    expect(suggestEmotions(text, { lang: 'en', max: 0 })).toEqual([]);
  });

  it('never suggests an excluded id, and lets the next one in', () => {
    const all = ids(text, 'en');
    const without = suggestEmotions(text, { lang: 'en', exclude: [all[0]!] }).map((s) => s.id);
    expect(without).not.toContain(all[0]);
    expect(without).toEqual(expect.arrayContaining(all.slice(1)));
    expect(without).toHaveLength(MAX_SUGGESTIONS);
  });

  it('detects the language when none is given', () => {
    expect(ids('Je suis tellement fatiguée ce soir.')).toEqual(['tiredness']);
    expect(ids('I am so tired tonight.')).toEqual(['tiredness']);
  });

  it('scores within 0..1, sorted, one suggestion per id', () => {
    const result = suggestEmotions(text, { lang: 'en' });
    const scores = result.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(new Set(result.map((s) => s.id)).size).toBe(result.length);
    for (const s of result) {
      expect(s.score).toBeGreaterThanOrEqual(MIN_SCORE);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('finds nothing in an empty or blank entry', () => {
    expect(suggestEmotions('')).toEqual([]);
    expect(suggestEmotions(' \r\n\t ')).toEqual([]);
  });
});

describe('triggers point into the original text', () => {
  function expectTrigger(text: string, id: string, lang: ContentLang, excerpt: string): void {
    const found = suggestion(text, id, lang);
    expect(found, `${id} in ${JSON.stringify(text)}`).toBeDefined();
    const trigger = found!.triggers.find((t) => t.text === excerpt);
    expect(trigger, `${excerpt} among ${JSON.stringify(found!.triggers)}`).toBeDefined();
    expect(text.slice(trigger!.start, trigger!.end)).toBe(excerpt);
  }

  it('with accents, emoji and typographic apostrophes before the match', () => {
    expectTrigger('Après la fête 🎉🎉, j’étais ÉPUISÉE et j’avais le cafard.', 'tiredness', 'fr', 'ÉPUISÉE');
    expectTrigger(
      'Après la fête 🎉🎉, j’étais ÉPUISÉE et j’avais le cafard.',
      'sadness',
      'fr',
      'avais le cafard',
    );
    expectTrigger(
      '😭😭 long day… I’m so over‑whelmed, honestly overwhelmed',
      'overwhelm',
      'en',
      'overwhelmed',
    );
  });

  it('with accents typed as combining marks and line breaks inside a phrase', () => {
    expectTrigger('Je suis e\u0301puise\u0301e.', 'tiredness', 'fr', 'e\u0301puise\u0301e');
    expectTrigger('Honestly?\r\nWorried\r\nsick.', 'anxiety', 'en', 'Worried');
    expectTrigger('I was worried   sick about it.', 'anxiety', 'en', 'worried   sick');
  });

  it('for every suggestion on the dev set', () => {
    for (const lang of MIRROR_LANGS) {
      for (const c of readMirrorSet(lang, 'dev')) {
        for (const s of suggestEmotions(c.text, { lang })) {
          for (const t of s.triggers) expect(c.text.slice(t.start, t.end), c.text).toBe(t.text);
        }
      }
    }
  });

  it('folds text exactly like the warning-sign engine', () => {
    for (const text of ['J’AI  Été\r\nLÀ ʼ‘ Œufs', 'e\u0301te\u0301 😭 fin', 'Ça‐va‑bien\u00a0?']) {
      const folded = foldText(text);
      const reference = normalizeForMatching(text);
      expect(folded.text).toBe(reference.text);
      expect([...folded.starts]).toEqual(reference.starts);
      expect([...folded.ends]).toEqual(reference.ends);
    }
  });
});

describe('detectLanguage', () => {
  it.each([
    ['Je suis fatiguée.', 'fr'],
    ['J’ai le cafard.', 'fr'],
    ['Pas le moral aujourd’hui.', 'fr'],
    ['I am tired.', 'en'],
    ['So tired of this.', 'en'],
    ['What a day.', 'en'],
    ['', 'en'],
    ['OK.', 'en'],
  ] as const)('%s → %s', (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });
});

describe('hostile and huge input', () => {
  const SIZE = 300_000;
  const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length));

  it.each([
    ['repeated negators', `${fill('not ')}happy`],
    ['repeated French negators', `${fill("ne n'pas ")}triste`],
    ['repeated intensifiers', `${fill('very ')}sad`],
    ['one very long word', fill('a')],
    ['elisions', fill("j'")],
    ['middle dots', fill('·e')],
    ['emoji', fill('😭')],
    ['feelings everywhere', fill('sad anxious ')],
    ['questions', fill('am I sad? ')],
    ['modifier soup', fill("I'm not not so very a bit kind of really sad but ")],
  ])('%s: returns without throwing', (_name, text) => {
    const started = performance.now();
    const result = suggestEmotions(text);
    expect(Array.isArray(result)).toBe(true);
    expect(result.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
    for (const s of result) expect(s.triggers.length).toBeLessThanOrEqual(5);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('quality on the dev set', () => {
  it('reads well-formed files of at least 120 sentences per language', () => {
    for (const lang of MIRROR_LANGS) expect(readMirrorSet(lang, 'dev').length).toBeGreaterThanOrEqual(120);
  });

  for (const lang of MIRROR_LANGS) {
    it(`${lang}: precision ≥ ${MIN_DEV_PRECISION} and recall ≥ ${MIN_DEV_RECALL}`, () => {
      const outcomes = scoreMirrorCases(readMirrorSet(lang, 'dev'), lang);
      const scores = summariseMirror(outcomes);
      const report = outcomes
        .filter((o) => o.wrong.length > 0 || o.missed.length > 0)
        .map(
          (o) =>
            `line ${o.case.line}: wrong [${o.wrong.join(', ')}] missed [${o.missed.map((m) => m.join('|')).join(', ')}]  ${o.case.text}`,
        )
        .join('\n');
      expect(scores.precision, report).toBeGreaterThanOrEqual(MIN_DEV_PRECISION);
      expect(scores.recall, report).toBeGreaterThanOrEqual(MIN_DEV_RECALL);
    });
  }

  it('reports the same figures through the bench evaluation', () => {
    const result = evaluateMirror('dev');
    for (const lang of MIRROR_LANGS) {
      const expected = summariseMirror(scoreMirrorCases(readMirrorSet(lang, 'dev'), lang));
      expect(result[lang]).toEqual(expected);
    }
  });

  it('refuses a malformed line or an unknown id, naming the file and line', () => {
    expect(() => parseMirrorSet('# ok\nanxiety\tfine\nno tab here\n', 'x.txt')).toThrow('x.txt line 3');
    expect(() => parseMirrorSet('anxiety|worry\tI worry.', 'y.txt')).toThrow(
      'y.txt line 1: unknown id "worry"',
    );
    expect(() => parseMirrorSet('\tNo labels.', 'z.txt')).toThrow('z.txt line 1');
    expect(parseMirrorSet('-\tCooked pasta.\njoy,relief|calm\tPhew, happy.', 'ok.txt')).toEqual([
      { line: 1, text: 'Cooked pasta.', slots: [] },
      { line: 2, text: 'Phew, happy.', slots: [['joy'], ['relief', 'calm']] },
    ]);
  });
});

/**
 * A regression guard on the held-out set, which was written blind and is never tuned on: the
 * thresholds sit under what it measured when first run (EN 0.94 / 0.94, FR 0.90 / 0.90), so a
 * change that makes the mirror worse on sentences it never saw fails here. A failure here is a
 * reason to improve the lexicon on NEW dev sentences, not to read the held-out lines.
 */
describe('quality on the held-out set', () => {
  const floor = { en: { precision: 0.88, recall: 0.88 }, fr: { precision: 0.85, recall: 0.85 } } as const;
  const result = evaluateMirror('eval');
  for (const lang of MIRROR_LANGS) {
    it(`${lang}: precision ≥ ${floor[lang].precision} and recall ≥ ${floor[lang].recall}, sentences never seen`, () => {
      const scores = result[lang];
      expect(scores?.sentences).toBeGreaterThanOrEqual(150);
      expect(scores?.precision).toBeGreaterThanOrEqual(floor[lang].precision);
      expect(scores?.recall).toBeGreaterThanOrEqual(floor[lang].recall);
    });
  }
});

describe('the bench table', () => {
  it('lists held-out and dev figures per language, and says when a held-out file is missing', () => {
    const scores = { precision: 0.9, recall: 0.75, sentences: 150, suggested: 120, gold: 140 };
    const table = formatMirrorReport({ en: scores, fr: null }, { en: scores, fr: scores });
    expect(table).toContain('held-out set written blind; dev set used for tuning');
    expect(table).toMatch(/en\s+eval\s+90\.0%\s+75\.0%\s+150\s+120\s+140/);
    expect(table).toMatch(/fr\s+eval\s+\(no file yet\)/);
  });
});
