import { describe, expect, it } from 'vitest';
import {
  PHQ9_SAFETY_ITEM_INDEX,
  SCALE_IDS,
  SCALES,
  ScaleSchema,
  SelfCheckDraftSchema,
  SelfCheckSchema,
  maxScore,
  needsSafetyScreen,
  scoreScale,
  type ScaleId,
} from '../../shared/content/scales';
import { selfCheckEn, selfCheckFr } from '../../renderer/src/features/selfcheck/strings';
import { flattenStrings } from '../support/stringTree';

/** Every French string of the scales, named by where it sits. */
function frenchOfScales(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const scale of Object.values(SCALES)) {
    const at = (what: string, fr: string) => out.push([`${scale.id}.${what}`, fr]);
    at('name', scale.name.fr);
    at('period', scale.period.fr);
    at('source', scale.source.fr);
    for (const item of scale.items) at(item.id, item.text.fr);
    for (const option of scale.options) at(`option ${option.value}`, option.label.fr);
    for (const band of scale.bands) at(`band ${band.id}`, band.label.fr);
  }
  return out;
}

/** What is wrong with a French string's typography, or [] when nothing is. */
function typographyProblems(text: string): string[] {
  const problems: string[] = [];
  const bare = text.replace(/\{\{\w+\}\}/g, 'x');
  if (text.includes("'")) problems.push('straight apostrophe: use ’');
  if (/["“”]/.test(text)) problems.push('double quotes: use « »');
  if (/ [;:!?»]/.test(text)) problems.push('plain space before ; : ! ? or »: use a no-break space');
  if (/[^\u00a0\u202f][;:!?]/.test(bare)) problems.push('; : ! ? need a no-break space before them');
  if (/«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/.test(text)) problems.push('« » need no-break spaces inside');
  return problems;
}

/** Answers to a scale whose raw sum is `raw`, highest values first. */
function answersSumming(id: ScaleId, raw: number): number[] {
  const scale = SCALES[id];
  const top = Math.max(...scale.options.map((o) => o.value));
  let left = raw;
  return scale.items.map(() => {
    const value = Math.min(top, left);
    left -= value;
    return value;
  });
}

const allOf = (id: ScaleId, value: number) => SCALES[id].items.map(() => value);

describe('the scales’ data', () => {
  it('has WHO-5, PHQ-9 and GAD-7 with 5, 9 and 7 items', () => {
    expect(Object.keys(SCALES).sort()).toEqual([...SCALE_IDS].sort());
    expect(SCALES.who5.items).toHaveLength(5);
    expect(SCALES.phq9.items).toHaveLength(9);
    expect(SCALES.gad7.items).toHaveLength(7);
    for (const id of SCALE_IDS) expect(SCALES[id].id).toBe(id);
  });

  it('every scale parses with its schema: unique ids and values, bands covering every score once', () => {
    for (const scale of Object.values(SCALES)) {
      const parsed = ScaleSchema.safeParse(scale);
      expect([scale.id, parsed.success ? 'ok' : parsed.error.message]).toEqual([scale.id, 'ok']);
    }
  });

  it('the schema refuses bands with a gap', () => {
    const gap = { ...SCALES.gad7, bands: SCALES.gad7.bands.filter((b) => b.id !== 'mild') };
    expect(ScaleSchema.safeParse(gap).success).toBe(false);
  });

  it('every item, option, band and label has English and French', () => {
    for (const scale of Object.values(SCALES)) {
      const texts = [
        scale.name,
        scale.period,
        scale.source,
        ...scale.items.map((i) => i.text),
        ...scale.options.map((o) => o.label),
        ...scale.bands.map((b) => b.label),
      ];
      for (const text of texts) {
        expect(text.en.trim().length, `${scale.id}: ${text.en}`).toBeGreaterThan(0);
        expect(text.fr.trim().length, `${scale.id}: ${text.en}`).toBeGreaterThan(0);
        expect(text.en).toBe(text.en.trim());
        expect(text.fr).toBe(text.fr.trim());
      }
    }
  });

  it('uses the published answers: 0–3 for PHQ-9 and GAD-7, 5 down to 0 for WHO-5', () => {
    for (const id of ['phq9', 'gad7'] as const) {
      expect(SCALES[id].options.map((o) => [o.value, o.label.en, o.label.fr])).toEqual([
        [0, 'Not at all', 'Jamais'],
        [1, 'Several days', 'Plusieurs jours'],
        [2, 'More than half the days', 'Plus de la moitié du temps'],
        [3, 'Nearly every day', 'Presque tous les jours'],
      ]);
    }
    expect(SCALES.who5.options.map((o) => o.value)).toEqual([5, 4, 3, 2, 1, 0]);
    expect(SCALES.who5.options[0]?.label).toEqual({ en: 'All of the time', fr: 'Tout le temps' });
    expect(SCALES.who5.options[5]?.label).toEqual({ en: 'At no time', fr: 'Jamais' });
  });

  it('keeps the official wording of the item that opens the safety screen', () => {
    expect(SCALES.phq9.items[PHQ9_SAFETY_ITEM_INDEX]?.text).toEqual({
      en: 'Thoughts that you would be better off dead or of hurting yourself in some way',
      fr: 'Penser qu’il vaudrait mieux mourir ou envisager de vous faire du mal d’une manière ou d’une autre',
    });
    expect(SCALES.phq9.period.en).toBe(
      'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
    );
  });

  it('keeps the official inclusive forms in French, « déprimé(e) » and the like', () => {
    expect(SCALES.phq9.items[1]?.text.fr).toBe('Être triste, déprimé(e) ou désespéré(e)');
    expect(SCALES.who5.items[0]?.text.fr).toBe('Je me suis senti(e) bien et de bonne humeur');
    expect(SCALES.gad7.items[5]?.text.fr).toContain('contrarié(e)');
  });

  it('names each instrument and its reference, for export', () => {
    expect(SCALES.phq9.version).toMatch(/^PHQ-9 /);
    expect(SCALES.gad7.version).toMatch(/^GAD-7 /);
    expect(SCALES.who5.version).toMatch(/^WHO-5 /);
    for (const scale of Object.values(SCALES)) {
      expect(scale.source.en).toMatch(/free to use/);
      expect(scale.source.fr).toMatch(/libre d’utilisation/);
    }
  });
});

describe('French typography', () => {
  it('holds in every French string of the scales', () => {
    for (const [where, text] of frenchOfScales())
      expect([where, typographyProblems(text)]).toEqual([where, []]);
  });

  it('holds in every French string of the form', () => {
    for (const [key, text] of flattenStrings(selfCheckFr))
      expect([key, typographyProblems(text)]).toEqual([key, []]);
  });

  it('the checker itself catches plain spaces, missing spaces, quotes and straight apostrophes', () => {
    expect(typographyProblems('Score : 3')).not.toEqual([]);
    expect(typographyProblems('Score: 3')).not.toEqual([]);
    expect(typographyProblems('Score\u00a0: 3')).toEqual([]);
    expect(typographyProblems("l'aide")).not.toEqual([]);
    expect(typographyProblems('« aide »')).not.toEqual([]);
    expect(typographyProblems('«\u00a0aide\u00a0»')).toEqual([]);
    expect(typographyProblems('“aide”')).not.toEqual([]);
  });
});

describe('the form’s strings', () => {
  it('have the same keys in English and French', () => {
    expect([...flattenStrings(selfCheckFr).keys()].sort()).toEqual(
      [...flattenStrings(selfCheckEn).keys()].sort(),
    );
  });

  it('keep the same placeholders in both languages, and none is empty', () => {
    const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const french = flattenStrings(selfCheckFr);
    for (const [key, value] of flattenStrings(selfCheckEn)) {
      expect([key, placeholders(french.get(key) ?? '')]).toEqual([key, placeholders(value)]);
      expect([key, value.trim().length > 0, (french.get(key) ?? '').trim().length > 0]).toEqual([
        key,
        true,
        true,
      ]);
    }
  });

  it('frame the score as something to discuss, never a diagnosis', () => {
    expect(selfCheckEn.intro).toMatch(/not a diagnosis/);
    expect(selfCheckEn.intro).toMatch(/therapist/);
    expect(selfCheckEn.intro).toMatch(/Nothing leaves this computer/);
    expect(selfCheckEn.result.score).toBe('Score: {{score}} of {{max}} — {{band}}');
    expect(selfCheckFr.result.score).toBe('Score\u00a0: {{score}} sur {{max}} — {{band}}');
  });
});

describe('scoring', () => {
  it('all minimum answers score 0, in the lowest band', () => {
    expect(scoreScale('phq9', allOf('phq9', 0))).toMatchObject({ raw: 0, score: 0, maxScore: 27 });
    expect(scoreScale('phq9', allOf('phq9', 0)).band.id).toBe('minimal');
    expect(scoreScale('gad7', allOf('gad7', 0))).toMatchObject({ raw: 0, score: 0, maxScore: 21 });
    expect(scoreScale('gad7', allOf('gad7', 0)).band.id).toBe('minimal');
    expect(scoreScale('who5', allOf('who5', 0))).toMatchObject({ raw: 0, score: 0, maxScore: 100 });
    expect(scoreScale('who5', allOf('who5', 0)).band.id).toBe('low');
  });

  it('all maximum answers score 27, 21 and 100, in the highest band', () => {
    expect(scoreScale('phq9', allOf('phq9', 3))).toMatchObject({ raw: 27, score: 27 });
    expect(scoreScale('phq9', allOf('phq9', 3)).band.id).toBe('severe');
    expect(scoreScale('gad7', allOf('gad7', 3))).toMatchObject({ raw: 21, score: 21 });
    expect(scoreScale('gad7', allOf('gad7', 3)).band.id).toBe('severe');
    expect(scoreScale('who5', allOf('who5', 5))).toMatchObject({ raw: 25, score: 100 });
    expect(scoreScale('who5', allOf('who5', 5)).band.id).toBe('above-threshold');
    expect([maxScore('phq9'), maxScore('gad7'), maxScore('who5')]).toEqual([27, 21, 100]);
  });

  it.each([
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
  ])('PHQ-9: %i is %s', (raw, band) => {
    const result = scoreScale('phq9', answersSumming('phq9', raw));
    expect([result.raw, result.score, result.band.id]).toEqual([raw, raw, band]);
  });

  it.each([
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
  ])('GAD-7: %i is %s', (raw, band) => {
    const result = scoreScale('gad7', answersSumming('gad7', raw));
    expect([result.raw, result.score, result.band.id]).toEqual([raw, raw, band]);
  });

  it.each([
    [7, 28, 'low'],
    [8, 32, 'below-threshold'],
    [12, 48, 'below-threshold'],
    [13, 52, 'above-threshold'],
  ])('WHO-5: raw %i is %i%%, %s', (raw, score, band) => {
    const result = scoreScale('who5', answersSumming('who5', raw));
    expect([result.raw, result.score, result.band.id]).toEqual([raw, score, band]);
  });

  it('refuses a wrong number of answers', () => {
    expect(() => scoreScale('phq9', allOf('gad7', 0))).toThrow(RangeError);
    expect(() => scoreScale('phq9', allOf('gad7', 0))).toThrow(/exactly 9 answers, got 7/);
    expect(() => scoreScale('gad7', [])).toThrow(RangeError);
    expect(() => scoreScale('who5', allOf('phq9', 1))).toThrow(RangeError);
  });

  it('refuses answers outside the scale, naming the item', () => {
    expect(() => scoreScale('phq9', [0, 0, 4, 0, 0, 0, 0, 0, 0])).toThrow(
      /item 3: 4 is not an allowed answer/,
    );
    expect(() => scoreScale('gad7', [-1, 0, 0, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => scoreScale('who5', [6, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => scoreScale('phq9', [...allOf('phq9', 0).slice(1), 5])).toThrow(RangeError);
  });

  it('refuses non-integer and non-numeric answers', () => {
    expect(() => scoreScale('phq9', [1.5, 0, 0, 0, 0, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => scoreScale('gad7', [NaN, 0, 0, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => scoreScale('who5', [Infinity, 0, 0, 0, 0])).toThrow(RangeError);
    expect(() => scoreScale('who5', ['3', 0, 0, 0, 0] as unknown as number[])).toThrow(RangeError);
  });

  it('refuses an unknown scale', () => {
    expect(() => scoreScale('phq2' as ScaleId, [0, 0])).toThrow(RangeError);
    expect(() => scoreScale('toString' as ScaleId, [0, 0])).toThrow(/Unknown self-check-in scale/);
  });
});

describe('the PHQ-9 item 9 rule', () => {
  const phq9With = (item9: number) => [...allOf('phq9', 0).slice(0, 8), item9];

  it('opens the safety screen for item 9 at 1, 2 or 3, whatever the total', () => {
    for (const value of [1, 2, 3]) expect(needsSafetyScreen('phq9', phq9With(value))).toBe(true);
    expect(scoreScale('phq9', phq9With(1)).band.id).toBe('minimal');
  });

  it('does not for item 9 at 0, even with a high total', () => {
    expect(needsSafetyScreen('phq9', phq9With(0))).toBe(false);
    expect(needsSafetyScreen('phq9', [3, 3, 3, 3, 3, 3, 3, 3, 0])).toBe(false);
  });

  it('never for the other scales', () => {
    expect(needsSafetyScreen('gad7', allOf('gad7', 3))).toBe(false);
    expect(needsSafetyScreen('who5', allOf('who5', 0))).toBe(false);
    expect(needsSafetyScreen('who5', allOf('who5', 5))).toBe(false);
    // Nine answers for another scale are still not a PHQ-9.
    expect(needsSafetyScreen('gad7', [0, 0, 0, 0, 0, 0, 0, 0, 3])).toBe(false);
  });
});

describe('self-check-in schemas', () => {
  it('accept a draft whose answers fit its scale', () => {
    expect(SelfCheckDraftSchema.safeParse({ scale: 'phq9', answers: allOf('phq9', 1) }).success).toBe(true);
    expect(SelfCheckDraftSchema.safeParse({ scale: 'gad7', answers: allOf('gad7', 3) }).success).toBe(true);
    expect(SelfCheckDraftSchema.safeParse({ scale: 'who5', answers: [5, 4, 3, 2, 1] }).success).toBe(true);
  });

  it('refuse drafts that do not fit', () => {
    const bad = [
      { scale: 'phq9', answers: allOf('gad7', 1) },
      { scale: 'gad7', answers: [...allOf('gad7', 0).slice(1), 4] },
      { scale: 'who5', answers: [5, 4, 3, 2, 1.5] },
      { scale: 'who5', answers: [5, 4, 3, 2, -1] },
      { scale: 'cesd', answers: [0] },
      { scale: 'phq9' },
      { answers: allOf('phq9', 0) },
    ];
    for (const draft of bad)
      expect([draft, SelfCheckDraftSchema.safeParse(draft).success]).toEqual([draft, false]);
  });

  it('accept a saved self-check-in and refuse a malformed one', () => {
    const saved = {
      id: '0123456789abcdef0123456789abcdef',
      at: '2026-05-04T08:30:00.000Z',
      scale: 'gad7',
      answers: [1, 1, 1, 1, 1, 0, 0],
      score: 5,
      band: 'mild',
      version: SCALES.gad7.version,
    };
    expect(SelfCheckSchema.safeParse(saved).success).toBe(true);
    expect(SelfCheckSchema.safeParse({ ...saved, id: 'not-hex' }).success).toBe(false);
    expect(SelfCheckSchema.safeParse({ ...saved, id: saved.id.toUpperCase() }).success).toBe(false);
    expect(SelfCheckSchema.safeParse({ ...saved, at: '4 May 2026' }).success).toBe(false);
    expect(SelfCheckSchema.safeParse({ ...saved, answers: [1, 1] }).success).toBe(false);
    expect(SelfCheckSchema.safeParse({ ...saved, version: '' }).success).toBe(false);
    const { score: _score, ...withoutScore } = saved;
    expect(SelfCheckSchema.safeParse(withoutScore).success).toBe(false);
  });
});
