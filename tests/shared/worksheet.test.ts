import { describe, expect, it } from 'vitest';
import { LIFE_AREAS, THINKING_TRAPS } from '../../shared/content/worksheetLists';
import { entryExcerpt, EntryDraftSchema, summaryOf, type Entry } from '../../shared/domain/entry';
import {
  blankWorksheet,
  MAX_WORKSHEET_TEXT,
  WORKSHEET_KINDS,
  WorksheetSchema,
  type Worksheet,
  type WorksheetOf,
} from '../../shared/domain/worksheet';
import { worksheetExcerpt, worksheetToMarkdown } from '../../shared/domain/worksheetMarkdown';
import { WORKSHEET_TEXT_EN, WORKSHEET_TEXT_FR } from '../../shared/domain/worksheetText';

const thoughtRecord = (lang: 'en' | 'fr'): WorksheetOf<'thought-record'> => ({
  kind: 'thought-record',
  lang,
  situation: 'Asked to speak first at the team meeting.',
  emotions: [
    { id: 'anxiety', rating: 80, after: 40 },
    { text: 'wobbly', rating: 50, after: null },
  ],
  thoughts: [
    { text: 'Everyone will see I have nothing to say.', belief: 90, hot: true },
    { text: 'I should have prepared more.', belief: 60, hot: false },
  ],
  traps: ['mind-reading', 'should-statements'],
  evidenceFor: 'My voice shook last time.',
  evidenceAgainst: 'People asked me questions afterwards.',
  balancedThought: 'Some people may notice I am nervous, and they still listen.',
  balancedBelief: 70,
});

const samples = (lang: 'en' | 'fr'): { [K in Worksheet['kind']]: WorksheetOf<K> } => ({
  'thought-record': thoughtRecord(lang),
  'behavioural-activation': {
    kind: 'behavioural-activation',
    lang,
    activity: 'A walk by the river',
    area: 'health',
    status: 'done',
    when: '2026-03-14T10:30',
    pleasure: 6,
    mastery: 4,
    moodBefore: 3,
    moodAfter: 5,
    note: 'Colder than expected.',
  },
  'self-compassion-break': {
    kind: 'self-compassion-break',
    lang,
    situation: 'The exam did not go well.',
    whatIsHard: 'This is a moment of disappointment.',
    othersFeelThis: 'Many people have failed an exam.',
    kindWords: 'You did what you could with the time you had.',
    kindAction: 'A warm bath tonight.',
    distressBefore: 7,
    distressAfter: 4,
  },
  'three-good-things': {
    kind: 'three-good-things',
    lang,
    items: [
      { what: 'Lunch with Sam', why: 'I called them first.' },
      { what: 'Sunshine on the balcony', why: '' },
      { what: '', why: '' },
    ],
  },
  'values-check': {
    kind: 'values-check',
    lang,
    area: 'friendship',
    value: 'Being there for the people I care about',
    importance: 9,
    consistency: 5,
    nextStep: 'Call Noor on Sunday.',
    barrier: 'Feeling too tired after work.',
  },
});

describe('a worksheet', () => {
  it('accepts a complete sample and a blank form of every kind, in both languages', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const kind of WORKSHEET_KINDS) {
        expect(WorksheetSchema.parse(samples(lang)[kind])).toEqual(samples(lang)[kind]);
        expect(WorksheetSchema.safeParse(blankWorksheet(kind, lang)).success).toBe(true);
      }
    }
  });

  it('refuses unknown keys, at every level', () => {
    expect(WorksheetSchema.safeParse({ ...thoughtRecord('en'), diagnosis: 'x' }).success).toBe(false);
    const record = thoughtRecord('en');
    const strayThought = { ...record, thoughts: [{ text: 'a', belief: 1, hot: false, extra: 1 }] };
    expect(WorksheetSchema.safeParse(strayThought).success).toBe(false);
    expect(
      WorksheetSchema.safeParse({ ...blankWorksheet('values-check', 'en'), kind: 'essay' }).success,
    ).toBe(false);
  });

  it('bounds its text, its lists and its scales', () => {
    const record = thoughtRecord('en');
    const tooLong = 'x'.repeat(MAX_WORKSHEET_TEXT + 1);
    expect(WorksheetSchema.safeParse({ ...record, situation: tooLong }).success).toBe(false);
    const nine = Array.from({ length: 9 }, () => ({ text: 't', belief: null, hot: false }));
    expect(WorksheetSchema.safeParse({ ...record, thoughts: nine }).success).toBe(false);
    expect(WorksheetSchema.safeParse({ ...record, balancedBelief: 101 }).success).toBe(false);
    expect(WorksheetSchema.safeParse({ ...record, balancedBelief: 50.5 }).success).toBe(false);
    const ba = samples('en')['behavioural-activation'];
    expect(WorksheetSchema.safeParse({ ...ba, pleasure: 11 }).success).toBe(false);
    expect(WorksheetSchema.safeParse({ ...ba, when: 'next Saturday' }).success).toBe(false);
    expect(WorksheetSchema.safeParse({ ...ba, area: 'astrology' }).success).toBe(false);
    const two = {
      kind: 'three-good-things',
      lang: 'en',
      items: [
        { what: 'a', why: '' },
        { what: 'b', why: '' },
      ],
    };
    expect(WorksheetSchema.safeParse(two).success).toBe(false);
  });

  it('has at most one hot thought and names each thinking trap once', () => {
    const record = thoughtRecord('en');
    const twoHot = record.thoughts.map((t) => ({ ...t, hot: true }));
    expect(WorksheetSchema.safeParse({ ...record, thoughts: twoHot }).success).toBe(false);
    expect(WorksheetSchema.safeParse({ ...record, traps: ['labelling', 'labelling'] }).success).toBe(false);
    expect(WorksheetSchema.safeParse({ ...record, traps: ['astrology'] }).success).toBe(false);
  });

  it('takes a feeling from the catalogue, or in the person’s own words, never an empty one', () => {
    const record = thoughtRecord('en');
    const unknown = { ...record, emotions: [{ id: 'hangry', rating: 10, after: null }] };
    expect(WorksheetSchema.safeParse(unknown).success).toBe(false);
    const blank = { ...record, emotions: [{ text: '   ', rating: 10, after: null }] };
    expect(WorksheetSchema.safeParse(blank).success).toBe(false);
  });
});

describe('the Markdown of a worksheet', () => {
  it('writes a thought record in English as headed parts, with nothing a PDF would print as stray marks', () => {
    const md = worksheetToMarkdown(thoughtRecord('en'));
    expect(md).toBe(
      [
        'Thought record · Cognitive behavioural therapy (Beck)',
        '',
        '### Situation\n\nAsked to speak first at the team meeting.',
        '',
        '### Emotions\n\n- anxiety: 80% → 40%\n- wobbly: 50%',
        '',
        '### Automatic thoughts\n\n' +
          '- Everyone will see I have nothing to say. (believed 90%, hot thought)\n' +
          '- I should have prepared more. (believed 60%)',
        '',
        'Thinking traps: mind reading, should statements',
        '',
        '### Evidence for the thought\n\nMy voice shook last time.',
        '',
        '### Evidence against the thought\n\nPeople asked me questions afterwards.',
        '',
        '### Balanced thought\n\nSome people may notice I am nervous, and they still listen. (believed 70%)',
        '',
      ].join('\n'),
    );
    expect(md).not.toMatch(/[*_`]/);
  });

  it('writes the same thought record in French, with French typography', () => {
    const md = worksheetToMarkdown(thoughtRecord('fr'));
    expect(md).toContain('Registre des pensées · Thérapie cognitive et comportementale (Beck)\n');
    expect(md).toContain('### Émotions\n\n- anxiété\u00a0: 80\u00a0% → 40\u00a0%\n- wobbly\u00a0: 50\u00a0%');
    expect(md).toContain('(crue à 90\u00a0%, pensée chaude)');
    expect(md).toContain(
      'Pièges de pensée\u00a0: lecture de pensée, «\u00a0il faut\u00a0», «\u00a0je dois\u00a0»',
    );
    expect(md).toContain('### Pensée alternative\n\n');
  });

  it('writes every other kind in both languages, naming its framework and leaving blanks out', () => {
    const en = samples('en');
    expect(worksheetToMarkdown(en['behavioural-activation'])).toBe(
      [
        'Behavioural activation · Behavioural activation, from cognitive behavioural therapy',
        '',
        '### Activity\n\nA walk by the river',
        '',
        [
          'Life area: health and body',
          'Status: Done',
          'When: 2026-03-14 10:30',
          'Pleasure: 6/10',
          'Sense of mastery: 4/10',
          'Mood before: 3/10',
          'Mood after: 5/10',
        ].join('  \n'),
        '',
        '### Notes\n\nColder than expected.',
        '',
      ].join('\n'),
    );
    expect(worksheetToMarkdown(en['self-compassion-break'])).toContain(
      '### Others feel this too\n\nMany people have failed an exam.\n\n### Kind words to myself',
    );
    expect(worksheetToMarkdown(en['self-compassion-break'])).toContain(
      'Distress before: 7/10  \nDistress after: 4/10',
    );
    const threeGood = worksheetToMarkdown(en['three-good-things']);
    expect(threeGood).toContain(
      '### Good thing 1\n\nLunch with Sam\n\nWhy, and my part in it: I called them first.',
    );
    expect(threeGood).toContain('### Good thing 2\n\nSunshine on the balcony\n');
    expect(threeGood).not.toContain('Good thing 3');
    expect(worksheetToMarkdown(en['values-check'])).toContain(
      'How much it matters: 9/10  \nHow closely I lived it lately: 5/10',
    );

    const fr = samples('fr');
    expect(worksheetToMarkdown(fr['behavioural-activation'])).toContain(
      'Domaine de vie\u00a0: santé et corps',
    );
    expect(worksheetToMarkdown(fr['behavioural-activation'])).toContain('État\u00a0: Faite');
    expect(worksheetToMarkdown(fr['self-compassion-break'])).toContain(
      'Pause d’autocompassion · Autocompassion (Neff)\n',
    );
    expect(worksheetToMarkdown(fr['self-compassion-break'])).toContain('Détresse avant\u00a0: 7/10');
    expect(worksheetToMarkdown(fr['three-good-things'])).toContain(
      '### Bonne chose 1\n\nLunch with Sam\n\nPourquoi, et ma part\u00a0: I called them first.',
    );
    expect(worksheetToMarkdown(fr['values-check'])).toContain('Domaine de vie\u00a0: amitié');
    expect(worksheetToMarkdown(fr['values-check'])).toContain('### Prochain pas\n\nCall Noor on Sunday.');
    for (const kind of WORKSHEET_KINDS) {
      expect(worksheetToMarkdown(fr[kind])).not.toMatch(/[*_`]/);
      expect(worksheetToMarkdown(en[kind])).not.toMatch(/[*_`]/);
    }
  });

  it('is only the title line for a blank worksheet, and never prints a missing value', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const kind of WORKSHEET_KINDS) {
        const blank = worksheetToMarkdown(blankWorksheet(kind, lang));
        if (kind === 'behavioural-activation') {
          // Planned or done is always said.
          expect(blank.split('\n\n')).toHaveLength(2);
        } else {
          expect(blank).toBe(
            `${lang === 'en' ? WORKSHEET_TEXT_EN.names[kind] : WORKSHEET_TEXT_FR.names[kind]} · ${
              lang === 'en' ? WORKSHEET_TEXT_EN.frameworks[kind] : WORKSHEET_TEXT_FR.frameworks[kind]
            }\n`,
          );
        }
        const full = worksheetToMarkdown(samples(lang)[kind]);
        expect(full).not.toMatch(/undefined|null|NaN|\{\{/);
      }
    }
  });

  it('can be written in the other language than the one it was filled in', () => {
    expect(worksheetToMarkdown(thoughtRecord('en'), 'fr')).toContain('### Situation\n\nAsked to speak first');
    expect(worksheetToMarkdown(thoughtRecord('en'), 'fr')).toContain('- anxiété\u00a0: 80\u00a0%');
  });
});

describe('the words worksheets use', () => {
  it('exist in both languages, and French follows French typography', () => {
    const frStrings = [
      ...Object.values(WORKSHEET_TEXT_FR.names),
      ...Object.values(WORKSHEET_TEXT_FR.frameworks),
      ...Object.values(WORKSHEET_TEXT_FR.parts),
      ...THINKING_TRAPS.map((t) => t.fr),
      ...LIFE_AREAS.map((a) => a.fr),
    ];
    for (const s of frStrings) {
      expect(s).not.toMatch(/'/); // ’, not a straight apostrophe
      expect(s).not.toMatch(/[^\u00a0][;:!?]/); // a no-break space before ; : ! ?
      expect(s).not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
    }
    expect(Object.keys(WORKSHEET_TEXT_FR.parts).sort()).toEqual(Object.keys(WORKSHEET_TEXT_EN.parts).sort());
  });
});

describe('an entry holding a worksheet', () => {
  const entry = (worksheet: Worksheet): Entry => ({
    id: 'a'.repeat(32),
    title: 'Before the meeting',
    tags: [],
    body: worksheetToMarkdown(worksheet),
    emotions: [],
    notForSharing: false,
    pinned: false,
    worksheet,
    createdAt: '2026-03-14T09:00:00.000Z',
    updatedAt: '2026-03-14T09:00:00.000Z',
  });

  it('shows its kind and the person’s own words in the timeline, not the form’s labels', () => {
    const summary = summaryOf(entry(thoughtRecord('en')));
    expect(summary).toMatchObject({ worksheet: 'thought-record' });
    expect(summary.damaged === false && summary.excerpt).toBe(
      'Asked to speak first at the team meeting. · Everyone will see I have nothing to say. · ' +
        'Some people may notice I am nervous, and they still listen.',
    );
    expect(worksheetExcerpt(samples('en')['three-good-things'])).toBe(
      'Lunch with Sam · Sunshine on the balcony',
    );
    expect(entryExcerpt({ body: 'Just a day.', worksheet: undefined })).toBe('Just a day.');
  });

  it('is a draft the contract accepts, and one it refuses when the worksheet is malformed', () => {
    const ws = samples('fr')['values-check'];
    expect(EntryDraftSchema.parse({ body: '', worksheet: ws }).worksheet).toEqual(ws);
    expect(EntryDraftSchema.safeParse({ body: '', worksheet: { ...ws, importance: -1 } }).success).toBe(
      false,
    );
  });
});
