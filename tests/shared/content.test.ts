import { describe, expect, it } from 'vitest';
import {
  CRISIS_REGIONS,
  DEFAULT_REGION,
  REGION_CODES,
  regionByCode,
  type CrisisRegion,
} from '../../shared/content/crisisResources';
import { CrisisRegionSchema } from '../../shared/content/crisisResourcesSchema';
import {
  EMOTIONS,
  EmotionLabelSchema,
  GRID_MAX,
  GRID_MIN,
  QUADRANTS,
  SPECIAL_LABELS,
  SpecialLabelSchema,
  emotionById,
  emotionName,
} from '../../shared/content/emotions';

/** The starting catalogue of CONTENT.md's table: English → French, by quadrant. */
const CONTENT_TABLE = {
  'pleasant-high': {
    joy: 'joie',
    enthusiasm: 'enthousiasme',
    pride: 'fierté',
    amusement: 'amusement',
    hope: 'espoir',
    desire: 'désir',
    curiosity: 'curiosité',
    confidence: 'confiance',
  },
  'pleasant-low': {
    calm: 'calme',
    relief: 'soulagement',
    contentment: 'contentement',
    gratitude: 'gratitude',
    tenderness: 'tendresse',
    closeness: 'proximité',
    safety: 'sécurité',
    serenity: 'sérénité',
  },
  'unpleasant-high': {
    anxiety: 'anxiété',
    fear: 'peur',
    anger: 'colère',
    frustration: 'frustration',
    irritation: 'agacement',
    jealousy: 'jalousie',
    stress: 'stress',
    overwhelm: 'débordement',
  },
  'unpleasant-low': {
    sadness: 'tristesse',
    loneliness: 'solitude',
    disappointment: 'déception',
    hurt: 'blessure',
    shame: 'honte',
    guilt: 'culpabilité',
    discouragement: 'découragement',
    emptiness: 'vide',
  },
} as const;

/** Every number CONTENT.md lists per region, as dialled (emergency number included). */
const CONTENT_NUMBERS: Record<string, string[]> = {
  FR: ['3114', '15', '112', '114', '09 72 39 40 50', '0 800 235 236', '3919', '119'],
  BE: ['0800 32 123', '1813', '107', '112'],
  CH: ['143', '147', '144', '112'],
  CA: ['988', '1 866 277 3553', '811', '911'],
  US: ['988', '741741', '911'],
  GB: ['116 123', '111', '85258', '999'],
};

const allLabels = [...EMOTIONS, ...SPECIAL_LABELS];
const numbersOf = (r: CrisisRegion) => [r.emergency, ...r.lines.map((l) => l.number)];
const duplicates = (values: string[]) => values.filter((v, i) => values.indexOf(v) !== i);

describe('emotion catalogue', () => {
  it('every label parses with its schema', () => {
    for (const label of EMOTIONS) expect(EmotionLabelSchema.safeParse(label).success, label.id).toBe(true);
    for (const label of SPECIAL_LABELS)
      expect(SpecialLabelSchema.safeParse(label).success, label.id).toBe(true);
  });

  it('ids are unique across grid and special labels', () => {
    expect(duplicates(allLabels.map((l) => l.id))).toEqual([]);
  });

  it('names are non-empty and unique within each language', () => {
    for (const lang of ['en', 'fr'] as const) {
      const names = allLabels.map((l) => l[lang]);
      expect(names.every((n) => n.trim().length > 0 && n === n.trim())).toBe(true);
      expect(duplicates(names)).toEqual([]);
    }
  });

  it('coordinates lie inside the grid and in the label’s quadrant', () => {
    for (const { id, quadrant, valence, energy } of EMOTIONS) {
      expect(Number.isInteger(valence) && Number.isInteger(energy), id).toBe(true);
      expect(
        [valence, energy].every((v) => v >= GRID_MIN && v <= GRID_MAX),
        id,
      ).toBe(true);
      if (quadrant.startsWith('pleasant')) expect(valence, id).toBeGreaterThanOrEqual(1);
      else expect(valence, id).toBeLessThanOrEqual(-1);
      if (quadrant.endsWith('high')) expect(energy, id).toBeGreaterThanOrEqual(1);
      else expect(energy, id).toBeLessThanOrEqual(-1);
    }
  });

  it('the schema refuses coordinates outside the quadrant', () => {
    const calm = { id: 'calm', en: 'calm', fr: 'calme', quadrant: 'pleasant-low', valence: 1, energy: 2 };
    expect(EmotionLabelSchema.safeParse(calm).success).toBe(false);
    expect(EmotionLabelSchema.safeParse({ ...calm, energy: 0 }).success).toBe(false);
  });

  it('has at least 56 labels and at least 13 per quadrant', () => {
    expect(EMOTIONS.length).toBeGreaterThanOrEqual(56);
    for (const q of QUADRANTS)
      expect(EMOTIONS.filter((l) => l.quadrant === q).length, q).toBeGreaterThanOrEqual(13);
  });

  it('contains the 32 labels of CONTENT.md, with their French name and quadrant', () => {
    const entries = Object.entries(CONTENT_TABLE).flatMap(([quadrant, words]) =>
      Object.entries(words).map(([en, fr]) => ({ en, fr, quadrant })),
    );
    expect(entries).toHaveLength(32);
    for (const expected of entries) {
      const label = EMOTIONS.find((l) => l.en === expected.en);
      expect(label, expected.en).toBeDefined();
      expect({ en: label?.en, fr: label?.fr, quadrant: label?.quadrant }).toEqual(expected);
    }
  });

  it('keeps ambivalence and "not sure" off the grid, in both languages', () => {
    expect(SPECIAL_LABELS).toEqual([
      { id: 'ambivalence', en: 'ambivalence', fr: 'ambivalence' },
      { id: 'not-sure', en: 'not sure', fr: 'je ne sais pas' },
    ]);
    expect(emotionById('not-sure')).toBeUndefined();
  });

  it('looks labels up by id and names them in either language', () => {
    expect(emotionById('anxiety')).toMatchObject({
      en: 'anxiety',
      fr: 'anxiété',
      quadrant: 'unpleasant-high',
    });
    expect(emotionById('no-such-feeling')).toBeUndefined();
    expect(emotionName('anger', 'fr')).toBe('colère');
    expect(emotionName('not-sure', 'en')).toBe('not sure');
    expect(emotionName('not-sure', 'fr')).toBe('je ne sais pas');
    expect(emotionName('no-such-feeling', 'en')).toBeUndefined();
  });
});

describe('crisis resources', () => {
  it('every region parses with the schema', () => {
    for (const region of CRISIS_REGIONS) {
      const parsed = CrisisRegionSchema.safeParse(region);
      expect(parsed.error?.issues ?? [], region.region).toEqual([]);
    }
  });

  it('lists each region of CONTENT.md exactly once, and the default is one of them', () => {
    expect(CRISIS_REGIONS.map((r) => r.region).sort()).toEqual(Object.keys(CONTENT_NUMBERS).sort());
    expect([...REGION_CODES].sort()).toEqual(Object.keys(CONTENT_NUMBERS).sort());
    expect(regionByCode(DEFAULT_REGION)?.region).toBe('FR');
    expect(regionByCode('ZZ')).toBeUndefined();
  });

  it('has every number of CONTENT.md and none that it does not list', () => {
    for (const [code, expected] of Object.entries(CONTENT_NUMBERS)) {
      const region = regionByCode(code);
      expect(region, code).toBeDefined();
      const numbers = numbersOf(region as CrisisRegion);
      for (const number of expected) expect(numbers, `${code} ${number}`).toContain(number);
      for (const number of numbers) expect(expected, `${code} ${number}`).toContain(number);
    }
  });

  it('dials the general emergency number of each region', () => {
    const emergency = Object.fromEntries(CRISIS_REGIONS.map((r) => [r.region, r.emergency]));
    expect(emergency).toEqual({ FR: '112', BE: '112', CH: '112', CA: '911', US: '911', GB: '999' });
  });

  it('reaches text lines the way CONTENT.md says', () => {
    const lines = CRISIS_REGIONS.flatMap((r) => r.lines.map((l) => ({ region: r.region, ...l })));
    const find = (region: string, number: string, kind: string) =>
      lines.find((l) => l.region === region && l.number === number && l.kind === kind);
    expect(find('US', '741741', 'text')?.textKeyword).toBe('HOME');
    expect(find('GB', '85258', 'text')?.textKeyword).toBe('SHOUT');
    expect(find('CA', '988', 'call')).toBeDefined();
    expect(find('CA', '988', 'text')).toBeDefined();
    expect(find('FR', '114', 'sms')).toBeDefined();
    expect(find('CA', '1 866 277 3553', 'call')?.mnemonic).toBe('1 866 APPELLE');
  });

  it('line ids are unique and every line speaks both languages', () => {
    const lines = CRISIS_REGIONS.flatMap((r) => r.lines);
    expect(duplicates(lines.map((l) => l.id))).toEqual([]);
    for (const line of lines) {
      for (const text of [line.name, line.description, ...(line.hours ? [line.hours] : [])]) {
        expect(text.en.trim(), line.id).not.toBe('');
        expect(text.fr.trim(), line.id).not.toBe('');
      }
    }
    for (const region of CRISIS_REGIONS) {
      expect(region.name.en.trim(), region.region).not.toBe('');
      expect(region.name.fr.trim(), region.region).not.toBe('');
    }
  });

  it('records when each region was last verified, as a real ISO date not in the future', () => {
    for (const { region, lastVerified } of CRISIS_REGIONS) {
      expect(lastVerified, region).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const date = new Date(`${lastVerified}T00:00:00Z`);
      expect(Number.isNaN(date.getTime()), region).toBe(false);
      expect(date.toISOString().slice(0, 10), region).toBe(lastVerified);
      expect(lastVerified <= '2026-12-31', region).toBe(true);
    }
  });
});
