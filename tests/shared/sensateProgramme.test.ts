import { describe, expect, it } from 'vitest';
import {
  SENSATE_PROGRAMME,
  SENSATE_STAGE_IDS,
  SensateLanguageSchema,
} from '../../shared/content/couple/sensate';

const texts = (lang: 'en' | 'fr') => {
  const { framework, agreement, stages } = SENSATE_PROGRAMME[lang];
  return [framework, agreement, ...Object.values(stages).flatMap((s) => Object.values(s))];
};

describe('the sensate focus programme', () => {
  it('is valid in both languages and names its framework', () => {
    for (const lang of ['en', 'fr'] as const) {
      expect(SensateLanguageSchema.parse(SENSATE_PROGRAMME[lang])).toEqual(SENSATE_PROGRAMME[lang]);
      expect(SENSATE_PROGRAMME[lang].framework).toMatch(/Masters (&|et) Johnson/);
    }
  });

  it('has the same stages, in the same order, in English and French', () => {
    expect(Object.keys(SENSATE_PROGRAMME.en.stages)).toEqual([...SENSATE_STAGE_IDS]);
    expect(Object.keys(SENSATE_PROGRAMME.fr.stages)).toEqual([...SENSATE_STAGE_IDS]);
    expect(SENSATE_STAGE_IDS.length).toBeGreaterThanOrEqual(4);
    expect(SENSATE_STAGE_IDS.length).toBeLessThanOrEqual(5);
    for (const id of SENSATE_STAGE_IDS) {
      expect(SENSATE_PROGRAMME.fr.stages[id].what, id).not.toBe(SENSATE_PROGRAMME.en.stages[id].what);
    }
  });

  it('refuses a language that lacks a stage', () => {
    const { stages, ...rest } = SENSATE_PROGRAMME.fr;
    const { closeness: _dropped, ...fewer } = stages;
    expect(SensateLanguageSchema.safeParse({ ...rest, stages: fewer }).success).toBe(false);
  });

  it('never makes orgasm or penetration the goal, and says so in the agreement', () => {
    expect(SENSATE_PROGRAMME.en.agreement).toMatch(/leave intercourse and orgasm aside/);
    expect(SENSATE_PROGRAMME.fr.agreement).toMatch(/laisser de côté la pénétration et l’orgasme/);
    for (const text of texts('en'))
      expect(text).not.toMatch(/\b(he|she|his|her|husband|wife|penis|vagina)\b/i);
  });

  it('follows French typography: no straight apostrophe, a no-break space before : ; ! ?', () => {
    for (const text of texts('fr')) {
      expect(text).not.toMatch(/'/);
      expect(text).not.toMatch(/[^\u00a0][:;!?]/);
    }
  });
});
