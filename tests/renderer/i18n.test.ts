import { describe, expect, it } from 'vitest';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';
import { flattenStrings } from '../support/stringTree';

const english = flattenStrings(en);
const french = flattenStrings(fr);
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  it('have the same keys in English and French', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('have no empty string', () => {
    for (const [key, value] of [...english, ...french])
      expect([key, value.trim().length > 0]).toEqual([key, true]);
  });

  it('keep the same placeholders in both languages', () => {
    for (const [key, value] of english)
      expect([key, placeholders(french.get(key)!)]).toEqual([key, placeholders(value)]);
  });

  it('follow French typography: a no-break space before ; : ! ? and never a plain one', () => {
    for (const [key, value] of french) {
      expect([
        key,
        /[^\u00a0\u202f][;!?]|[^\u00a0\u202f]:(?!\/)/.test(value.replace(/\{\{\w+\}\}/g, 'x')),
      ]).toEqual([key, false]);
      expect([key, / [;:!?]/.test(value)]).toEqual([key, false]);
    }
  });

  it('quote with « » in French, a no-break space inside each guillemet', () => {
    for (const [key, value] of french) {
      expect([key, /["“”]/.test(value)]).toEqual([key, false]);
      expect([key, /«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/.test(value)]).toEqual([key, false]);
    }
  });

  it('use typographic apostrophes in French', () => {
    for (const [key, value] of french) expect([key, value.includes("'")]).toEqual([key, false]);
  });
});
