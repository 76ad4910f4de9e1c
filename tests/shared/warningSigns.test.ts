import { describe, expect, it } from 'vitest';
import {
  WARNING_CATEGORIES,
  WARNING_RULES,
  WarningMatchSchema,
  WarningRuleSchema,
  findWarningSigns,
  normalizeForMatching,
  type WarningCategory,
} from '../../shared/insights/warningSigns';
import {
  EVAL_LANGS,
  evaluateWarningSigns,
  flaggedOrdinaryLines,
  missedRiskLines,
  readOrdinaryLines,
  readRiskLines,
} from '../bench/warningSignsEval';

/** Highest share of ordinary entries allowed to match anything, per language. */
const MAX_FALSE_POSITIVE_RATE = 0.02;

function categories(text: string): WarningCategory[] {
  return findWarningSigns(text).map((m) => m.category);
}

describe('the rules', () => {
  it('are well-formed data with unique, language-prefixed ids', () => {
    const ids = new Set<string>();
    for (const rule of WARNING_RULES) {
      expect(() => WarningRuleSchema.parse(rule), rule.id).not.toThrow();
      expect(rule.id.startsWith(`${rule.lang}-`), rule.id).toBe(true);
      expect(ids.has(rule.id), `duplicate id ${rule.id}`).toBe(false);
      ids.add(rule.id);
    }
  });

  it('cover every category in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const category of WARNING_CATEGORIES) {
        expect(
          WARNING_RULES.some((r) => r.lang === lang && r.category === category),
          `${lang} ${category}`,
        ).toBe(true);
      }
    }
  });

  it('stay linear: no quantified group is quantified again, no open-ended {n,}', () => {
    for (const rule of WARNING_RULES) {
      for (const rx of [rule.pattern, rule.unless]) {
        if (!rx) continue;
        expect(rx.source, rule.id).not.toMatch(/\)[+*]|\)\{\d+,\}|\{\d+,\}/);
        expect(rx.flags, rule.id).not.toMatch(/[gy]/); // stateful flags would leak lastIndex
      }
    }
  });
});

describe('recall on the labelled risk lines', () => {
  for (const lang of EVAL_LANGS) {
    it(`notices every ${lang} risk line in its own category`, () => {
      expect(readRiskLines(lang).length).toBeGreaterThan(50);
      const missed = missedRiskLines(lang);
      expect(missed, `missed:\n${missed.map((l) => `${l.category}\t${l.text}`).join('\n')}`).toEqual([]);
    });
  }
});

describe('false positives on ordinary entries', () => {
  for (const lang of EVAL_LANGS) {
    it(`flags at most ${MAX_FALSE_POSITIVE_RATE * 100}% of ordinary ${lang} lines`, () => {
      const total = readOrdinaryLines(lang).length;
      expect(total).toBeGreaterThan(100);
      const flagged = flaggedOrdinaryLines(lang);
      const report = flagged.map((f) => `${f.text}  ←  ${f.matched.join('; ')}`).join('\n');
      expect(flagged.length / total, `flagged ${flagged.length}/${total}:\n${report}`).toBeLessThanOrEqual(
        MAX_FALSE_POSITIVE_RATE,
      );
    });
  }

  it('reports the same figures through the bench evaluation', () => {
    const result = evaluateWarningSigns();
    for (const lang of EVAL_LANGS) {
      expect(result[lang].recall).toBe(1);
      expect(result[lang].false_positive_rate).toBeLessThanOrEqual(MAX_FALSE_POSITIVE_RATE);
      expect(result[lang].risk).toBe(readRiskLines(lang).length);
      expect(result[lang].ordinary).toBe(readOrdinaryLines(lang).length);
    }
  });
});

describe('offsets point into the original text', () => {
  function expectExcerpt(text: string, category: WarningCategory, excerpt: string): void {
    const match = findWarningSigns(text).find((m) => m.category === category);
    expect(match, `${category} in ${JSON.stringify(text)}`).toBeDefined();
    expect(match!.excerpt).toBe(text.slice(match!.start, match!.end));
    expect(match!.excerpt).toBe(excerpt);
    expect(WarningMatchSchema.safeParse(match).success).toBe(true);
  }

  it('with accents and typographic apostrophes', () => {
    expectExcerpt(
      'Hier, après la fête, j’ai VRAIMENT envie de mourir.',
      'suicidal-ideation',
      'envie de mourir',
    );
    expectExcerpt('Ma sœur est passée. Il m’a frappée hier soir.', 'partner-violence', 'Il m’a frappée');
  });

  it('with accents typed as combining marks', () => {
    const text = 'Le the\u0301 e\u0301tait froid. Je me suis scarifie\u0301e encore.';
    expectExcerpt(text, 'self-harm', 'scarifie\u0301e');
  });

  it('with emoji (surrogate pairs) before the match', () => {
    const text = '😭😭 🫠 long day… 💔 I want to die';
    expectExcerpt(text, 'suicidal-ideation', 'want to die');
    expect(findWarningSigns(text)[0]!.start).toBe(text.indexOf('want'));
  });

  it('with CRLF line breaks and runs of spaces, inside and before the match', () => {
    const text = 'Morning.\r\n\r\nWork was   fine.\r\nBut I can’t\r\ngo on like this.';
    expectExcerpt(text, 'suicidal-ideation', 'can’t\r\ngo on');
    expectExcerpt('Note\r\n\r\nJe ne veux\r\nplus  vivre.', 'suicidal-ideation', 'veux\r\nplus  vivre');
  });

  it('returns at most one match per category, the first, in text order', () => {
    const text = 'He hit me. I want to die. He hit me again. I cut myself on purpose.';
    const matches = findWarningSigns(text);
    expect(matches.map((m) => m.category)).toEqual(['partner-violence', 'suicidal-ideation', 'self-harm']);
    expect(matches[0]!.start).toBe(0);
  });

  it('finds nothing in an empty or blank entry', () => {
    expect(findWarningSigns('')).toEqual([]);
    expect(findWarningSigns(' \r\n\t ')).toEqual([]);
  });

  it('normalises a copy: lowercase, no accents, straight apostrophes, one space per run', () => {
    const n = normalizeForMatching('J’AI  Été\r\nLÀ ʼ‘ Œufs');
    expect(n.text).toBe("j'ai ete la '' oeufs");
    expect(n.starts.length).toBe(n.text.length);
    expect(n.ends.length).toBe(n.text.length);
  });
});

describe('negation, both ways', () => {
  it('English: not wanting to die is not a sign; not wanting to live is', () => {
    expect(categories("I don't want to die without having seen Japan.")).toEqual([]);
    expect(categories('I really do not want to die.')).toEqual([]);
    expect(categories('I want to die.')).toEqual(['suicidal-ideation']);
    expect(categories("I don't want to live anymore.")).toEqual(['suicidal-ideation']);
    expect(categories('I want to live abroad for a year.')).toEqual([]);
    expect(categories("I'm not suicidal, just very tired.")).toEqual([]);
  });

  it('French: « pas envie de mourir » is not a sign; « plus envie de vivre » is', () => {
    expect(categories('Je n’ai pas envie de mourir sans avoir vu le Japon.')).toEqual([]);
    expect(categories('Je ne veux pas mourir dans un accident.')).toEqual([]);
    expect(categories('Je veux pas mourir.')).toEqual([]);
    expect(categories('J’ai envie de mourir.')).toEqual(['suicidal-ideation']);
    expect(categories('Je ne veux plus vivre.')).toEqual(['suicidal-ideation']);
    expect(categories('Je n’en peux plus de vivre.')).toEqual(['suicidal-ideation']);
    expect(categories('Je ne veux plus vivre en ville.')).toEqual([]);
    expect(categories('Je ne suis pas suicidaire, juste épuisée.')).toEqual([]);
  });

  it('a negation or accident elsewhere in the sentence does not cancel a real match', () => {
    expect(categories("I want to die and I don't want to talk about it.")).toEqual(['suicidal-ideation']);
    expect(categories('I cut myself again on the bathroom floor.')).toEqual(['self-harm']);
    expect(categories('Je veux mourir et je ne veux pas en parler.')).toEqual(['suicidal-ideation']);
  });

  it('a cancelled first occurrence does not hide a later real one', () => {
    expect(categories("I don't want to die in a plane. Some nights I want to die.")).toEqual([
      'suicidal-ideation',
    ]);
  });
});

describe('phrases the brief names', () => {
  it.each([
    "I don't want to live anymore",
    'I can’t go on',
    'je ne veux plus vivre',
    'je n’en peux plus de vivre',
  ])('%s', (text) => {
    expect(categories(text)).toContain('suicidal-ideation');
  });
});

describe('idioms stay quiet', () => {
  it.each([
    'This job is killing me.',
    "I'd kill for a coffee.",
    "I'm dying to see that film.",
    'I died laughing.',
    'Cut the onions thin.',
    'We killed it at the quiz.',
    "I'm ready to die on this hill.",
    'That cake is to die for.',
    'It suddenly hit me that I am forty.',
    'She hit me up about drinks.',
    'My wife beat me at chess again.',
    'I cut myself shaving.',
    'I burned myself on the oven tray.',
    'Mort de rire devant la vidéo.',
    'On a joué aux cartes pour tuer le temps.',
    'Ce boulot va me tuer.',
    'Je meurs de faim.',
    'Il fait une chaleur à mourir.',
    'Elle m’a battue aux échecs.',
    'Ça m’a frappé d’un coup.',
    'Il m’a poussée à postuler.',
    'J’ai hâte d’en finir avec ce dossier.',
    'J’ai eu envie de sauter de joie.',
    'Une râpe à fromage et des carottes râpées.',
  ])('%s', (text) => {
    expect(findWarningSigns(text)).toEqual([]);
  });
});

describe('apostrophes, straight or typographic', () => {
  const pairs: [string, WarningCategory][] = [
    ["I don't want to live anymore.", 'suicidal-ideation'],
    ["J'ai envie d'en finir.", 'suicidal-ideation'],
    ["Il m'a frappée.", 'partner-violence'],
    ["J'ai été violée.", 'sexual-coercion'],
    ["I can't do this anymore.", 'suicidal-ideation'],
  ];
  it.each(pairs)('%s', (text, category) => {
    for (const apostrophe of ["'", '’', '‘', 'ʼ']) {
      const variant = text.replaceAll("'", apostrophe);
      expect(categories(variant), variant).toContain(category);
    }
  });

  it('and with no apostrophe at all in English contractions', () => {
    expect(categories('i dont want to live anymore')).toContain('suicidal-ideation');
    expect(categories('i cant go on')).toContain('suicidal-ideation');
  });
});

describe('large entries', () => {
  it('scans a 1 MB entry and still reports the right offset', () => {
    const filler = 'Went for a walk by the lake, café au lait after, cut the onions for dinner. 🌿\r\n';
    let text = '';
    while (text.length < 1_000_000) text += filler;
    const tail = 'Je ne veux plus vivre.';
    text += tail;
    const matches = findWarningSigns(text);
    expect(matches).toHaveLength(1);
    expect(matches[0]!.excerpt).toBe('veux plus vivre');
    expect(matches[0]!.start).toBe(text.length - tail.length + 'Je ne '.length);
  });

  it('copes with long runs that tempt backtracking', () => {
    const text = `${'want '.repeat(100_000)}${'no '.repeat(100_000)}${"don't ".repeat(50_000)}${'a'.repeat(200_000)}`;
    expect(findWarningSigns(text)).toEqual([]);
  });
});
