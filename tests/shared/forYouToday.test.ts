import { describe, expect, it } from 'vitest';
import { promptById, PROMPT_PACKS } from '../../shared/content/prompts';
import { EXERCISE_KINDS } from '../../shared/domain/exercise';
import type { SetAside, SuggestionRef } from '../../shared/domain/settings';
import {
  forYouToday,
  MAX_SUGGESTIONS,
  type ForYouInput,
  type ForYouSuggestion,
} from '../../shared/insights/forYouToday';
import type { LabelledMoment } from '../../shared/insights/moments';

// Local times, so the tests mean the same in every time zone. 10 March 2026 is local day 20522:
// the day's pack rotation starts at 'relationships' (20522 % 7 = 5 of the seven non-sensitive
// packs), the day's exercise rotation at 'grounding-54321' (20522 % 3 = 2).
const at = (day: number, hour: number, minute = 0) => new Date(2026, 2, day, hour, minute);
const MORNING = at(10, 9);
const AFTERNOON = at(10, 14);
const EVENING = at(10, 20);

const checkin = (when: Date, labels: Array<[string, number]>, point?: [number, number]): LabelledMoment => ({
  at: when.toISOString(),
  source: 'checkin',
  valence: point ? point[0] : null,
  energy: point ? point[1] : null,
  labels: labels.map(([id, intensity]) => ({ id, intensity })),
  context: [],
});
const entry = (when: Date, labels: Array<[string, number]>): LabelledMoment => ({
  ...checkin(when, labels),
  source: 'entry',
});
const session = (kind: string, when: Date) => ({ kind, startedAt: when.toISOString() });
const exercise = (id: string): SuggestionRef => ({ kind: 'exercise', id });
const pack = (id: string): SuggestionRef => ({ kind: 'prompt', id });
const aside = (ref: SuggestionRef, until: Date | null): SetAside => ({
  ...ref,
  until: until ? until.toISOString() : null,
});

function run(now: Date, history: Partial<Omit<ForYouInput, 'now'>> = {}): ForYouSuggestion[] {
  return forYouToday({
    now,
    moments: [],
    sessions: [],
    favourites: [],
    setAside: [],
    openedSensitivePacks: [],
    ...history,
  });
}
/** What the user sees decided: the thing and why (the exact prompt is checked separately). */
const brief = (list: ForYouSuggestion[]) => list.map(({ kind, id, reason }) => ({ kind, id, reason }));

const anxious = [checkin(at(9, 21), [['anxiety', 6]]), checkin(at(10, 7), [['anxiety', 7]])];

describe('For you today: histories and what they bring', () => {
  const table: Array<{
    name: string;
    now: Date;
    history: Partial<Omit<ForYouInput, 'now'>>;
    expected: ReturnType<typeof brief>;
  }> = [
    {
      name: 'no history at all, in the morning: a morning prompt, the day’s pack and the day’s exercise',
      now: MORNING,
      history: {},
      expected: [
        { kind: 'prompt', id: 'daily-reflection', reason: { code: 'time-of-day', time: 'morning' } },
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'grounding-54321', reason: { code: 'today' } },
      ],
    },
    {
      name: 'no history at all, in the afternoon: no time-of-day prompt, so only two',
      now: AFTERNOON,
      history: {},
      expected: [
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'grounding-54321', reason: { code: 'today' } },
      ],
    },
    {
      name: 'anxiety named twice since yesterday: grounding first, with the count and the word',
      now: MORNING,
      history: { moments: anxious },
      expected: [
        {
          kind: 'exercise',
          id: 'grounding-54321',
          reason: { code: 'high-energy-unpleasant', count: 2, feelings: ['anxiety'] },
        },
        { kind: 'prompt', id: 'daily-reflection', reason: { code: 'time-of-day', time: 'morning' } },
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
      ],
    },
    {
      name: 'anxiety and anger in check-ins and an entry: three moments, the most named word first',
      now: AFTERNOON,
      history: {
        moments: [
          checkin(at(9, 8), [['anger', 4]]),
          entry(at(9, 22), [
            ['anger', 6],
            ['anxiety', 3],
          ]),
          checkin(at(10, 11), [['anxiety', 5]]),
          checkin(at(10, 12), [['calm', 5]]),
        ],
      },
      expected: [
        {
          kind: 'exercise',
          id: 'grounding-54321',
          reason: { code: 'high-energy-unpleasant', count: 3, feelings: ['anger', 'anxiety'] },
        },
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'breathing-box', reason: { code: 'today' } },
      ],
    },
    {
      name: 'a place in the tense corner of the grid counts, even without a word (so no word is claimed)',
      now: AFTERNOON,
      history: { moments: [checkin(at(10, 8), [], [-2, 2]), checkin(at(10, 10), [['fear', 8]])] },
      expected: [
        {
          kind: 'exercise',
          id: 'grounding-54321',
          reason: { code: 'high-energy-unpleasant', count: 2, feelings: [] },
        },
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'breathing-box', reason: { code: 'today' } },
      ],
    },
    {
      name: 'three different words: all three are named, since each moment had one of them',
      now: AFTERNOON,
      history: {
        moments: [
          checkin(at(10, 8), [['fear', 5]]),
          checkin(at(10, 9), [['anxiety', 5]]),
          checkin(at(10, 10), [['anger', 5]]),
        ],
        sessions: [session('grounding-54321', at(1, 8))],
      },
      expected: [
        {
          kind: 'exercise',
          id: 'grounding-54321',
          reason: { code: 'high-energy-unpleasant', count: 3, feelings: ['anger', 'anxiety', 'fear'] },
        },
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'breathing-box', reason: { code: 'today' } },
      ],
    },
    {
      name: 'anxiety once, or twice but the first before yesterday: not repeated, nothing changes',
      now: AFTERNOON,
      history: { moments: [checkin(at(8, 23), [['anxiety', 9]]), checkin(at(10, 10), [['anxiety', 6]])] },
      expected: [
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'grounding-54321', reason: { code: 'today' } },
      ],
    },
    {
      name: 'a starred breathing comes before grounding after repeated anxiety',
      now: AFTERNOON,
      history: { moments: anxious, favourites: [exercise('breathing-box')] },
      expected: [
        {
          kind: 'exercise',
          id: 'breathing-box',
          reason: { code: 'high-energy-unpleasant', count: 2, feelings: ['anxiety'] },
        },
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'grounding-54321', reason: { code: 'today' } },
      ],
    },
    {
      name: 'grounding set aside: breathing takes its place after repeated anxiety',
      now: AFTERNOON,
      history: { moments: anxious, setAside: [aside(exercise('grounding-54321'), at(15, 9))] },
      expected: [
        {
          kind: 'exercise',
          id: 'breathing-box',
          reason: { code: 'high-energy-unpleasant', count: 2, feelings: ['anxiety'] },
        },
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'breathing-coherence', reason: { code: 'today' } },
      ],
    },
    {
      name: 'grounding already done today after the anxiety: breathing is offered instead',
      now: AFTERNOON,
      history: { moments: anxious, sessions: [session('grounding-54321', at(10, 12))] },
      expected: [
        {
          kind: 'exercise',
          id: 'breathing-box',
          reason: { code: 'high-energy-unpleasant', count: 2, feelings: ['anxiety'] },
        },
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'breathing-coherence', reason: { code: 'today' } },
      ],
    },
    {
      name: 'only pleasant feelings: a gratitude prompt to savour them, no calming exercise first',
      now: EVENING,
      history: {
        moments: [
          checkin(at(9, 20), [['joy', 7]]),
          entry(at(10, 13), [
            ['calm', 6],
            ['joy', 5],
          ]),
          checkin(at(10, 18), [['calm', 4]]),
        ],
      },
      expected: [
        {
          kind: 'prompt',
          id: 'gratitude',
          reason: { code: 'pleasant', count: 3, feelings: ['calm', 'joy'] },
        },
        { kind: 'prompt', id: 'daily-reflection', reason: { code: 'time-of-day', time: 'evening' } },
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
      ],
    },
    {
      name: 'sadness and tiredness named twice: a gentle self-compassion prompt',
      now: AFTERNOON,
      history: { moments: [checkin(at(9, 19), [['sadness', 6]]), checkin(at(10, 9), [['tiredness', 5]])] },
      expected: [
        {
          kind: 'prompt',
          id: 'self-compassion',
          reason: { code: 'low-energy-unpleasant', count: 2, feelings: ['sadness', 'tiredness'] },
        },
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'grounding-54321', reason: { code: 'today' } },
      ],
    },
    {
      name: 'a starred exercise not done today comes first on a quiet day',
      now: AFTERNOON,
      history: { favourites: [exercise('breathing-coherence'), pack('gratitude')] },
      expected: [
        { kind: 'exercise', id: 'breathing-coherence', reason: { code: 'favourite' } },
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'grounding-54321', reason: { code: 'today' } },
      ],
    },
    {
      name: 'a starred exercise just done is not offered again today; the next star is',
      now: AFTERNOON,
      history: {
        favourites: [exercise('grounding-54321'), pack('gratitude')],
        sessions: [session('grounding-54321', at(10, 13, 40))],
      },
      expected: [
        { kind: 'prompt', id: 'gratitude', reason: { code: 'favourite' } },
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'breathing-box', reason: { code: 'today' } },
      ],
    },
    {
      name: 'an exercise last done nine days ago: it has been a while',
      now: AFTERNOON,
      history: {
        sessions: [
          session('breathing-coherence', at(1, 8)),
          session('breathing-box', at(8, 8)),
          session('breathing-box', at(2, 8)),
        ],
      },
      expected: [
        { kind: 'exercise', id: 'breathing-coherence', reason: { code: 'not-in-a-while', days: 9 } },
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'grounding-54321', reason: { code: 'today' } },
      ],
    },
    {
      name: 'everything set aside: nothing at all',
      now: MORNING,
      history: {
        moments: anxious,
        favourites: [exercise('breathing-box')],
        setAside: [
          ...EXERCISE_KINDS.map((k) => aside(exercise(k), at(17, 9))),
          ...PROMPT_PACKS.map((p) => aside(pack(p.id), null)),
        ],
      },
      expected: [],
    },
    {
      name: 'a set-aside that has run out no longer hides anything',
      now: AFTERNOON,
      history: {
        setAside: [aside(pack('relationships'), at(10, 13)), aside(exercise('grounding-54321'), at(3, 9))],
      },
      expected: [
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'grounding-54321', reason: { code: 'today' } },
      ],
    },
    {
      name: 'the sexuality pack, starred but never opened, is not suggested',
      now: AFTERNOON,
      history: { favourites: [pack('sexuality-self-exploration')] },
      expected: [
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'grounding-54321', reason: { code: 'today' } },
      ],
    },
    {
      name: 'the sexuality pack, starred and opened before, is (and joins the day’s rotation, now eight packs)',
      now: AFTERNOON,
      history: {
        favourites: [pack('sexuality-self-exploration')],
        openedSensitivePacks: ['sexuality-self-exploration'],
      },
      expected: [
        { kind: 'prompt', id: 'sexuality-self-exploration', reason: { code: 'favourite' } },
        { kind: 'prompt', id: 'self-compassion', reason: { code: 'today' } },
        { kind: 'exercise', id: 'grounding-54321', reason: { code: 'today' } },
      ],
    },
    {
      name: 'ids this version does not know (from a later version) are ignored',
      now: AFTERNOON,
      history: {
        favourites: [exercise('humming-bee'), pack('dreams')],
        sessions: [session('humming-bee', at(1, 8))],
      },
      expected: [
        { kind: 'prompt', id: 'relationships', reason: { code: 'today' } },
        { kind: 'exercise', id: 'grounding-54321', reason: { code: 'today' } },
      ],
    },
  ];

  it.each(table)('$name', ({ now, history, expected }) => {
    expect(brief(run(now, history))).toEqual(expected);
  });
});

describe('For you today: the promises', () => {
  it('offers the prompt of the day from the suggested pack, light when unasked, timed when it says so', () => {
    const list = run(MORNING, {
      moments: [checkin(at(10, 7), [['sadness', 5]]), checkin(at(10, 8), [['guilt', 5]])],
    });
    for (const s of list) {
      if (s.kind !== 'prompt') continue;
      const found = promptById(s.promptId);
      expect(found?.pack.id).toBe(s.id);
      if (s.reason.code === 'time-of-day') expect(found?.prompt.timeOfDay).toBe('morning');
      else expect(found?.prompt.intensity).toBe('light');
    }
    expect(list.map((s) => s.reason.code)).toEqual(['low-energy-unpleasant', 'time-of-day', 'today']);
  });

  it('offers another prompt of the pack when the one for now is already on the screen', () => {
    const [alone] = run(MORNING);
    expect(alone).toMatchObject({ kind: 'prompt', id: 'daily-reflection', reason: { code: 'time-of-day' } });
    const cardShows = alone!.kind === 'prompt' ? alone!.promptId : '';
    const [beside] = run(MORNING, { shownElsewhere: [cardShows] });
    expect(beside).toMatchObject({ kind: 'prompt', id: 'daily-reflection', reason: { code: 'time-of-day' } });
    const other = beside!.kind === 'prompt' ? promptById(beside!.promptId)?.prompt : undefined;
    expect(other?.id).not.toBe(cardShows);
    expect(other?.timeOfDay).toBe('morning');
  });

  it('gives the same list for the same history, and a different one tomorrow', () => {
    const history = { moments: anxious, favourites: [pack('gratitude')] };
    expect(run(AFTERNOON, history)).toEqual(run(at(10, 15), history));
    expect(run(at(11, 14), {})).not.toEqual(run(AFTERNOON, {}));
  });

  it('never offers more than three, never the same thing twice, never what is set aside', () => {
    const hours = [0, 6, 11, 12, 16, 17, 23];
    const histories: Array<Partial<Omit<ForYouInput, 'now'>>> = [
      {},
      { moments: anxious },
      {
        moments: [
          ...anxious,
          checkin(at(10, 8), [['sadness', 5]]),
          checkin(at(10, 9), [['tiredness', 5]]),
          checkin(at(10, 10), [['joy', 5]]),
          checkin(at(10, 11), [['relief', 5]]),
        ],
        favourites: [exercise('breathing-box'), pack('gratitude'), pack('values-and-direction')],
        sessions: [session('breathing-coherence', at(1, 8))],
      },
      { setAside: [aside(exercise('grounding-54321'), null), aside(pack('daily-reflection'), at(12, 0))] },
    ];
    for (let day = 1; day <= 28; day++) {
      for (const hour of hours) {
        for (const history of histories) {
          const list = run(new Date(2026, 3, day, hour), history);
          expect(list.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
          expect(new Set(list.map((s) => `${s.kind}:${s.id}`)).size).toBe(list.length);
          const now = new Date(2026, 3, day, hour).getTime();
          const active = (history.setAside ?? []).filter(
            (a) => a.until === null || Date.parse(a.until) > now,
          );
          for (const hidden of active) {
            expect(list.some((s) => s.kind === hidden.kind && s.id === hidden.id)).toBe(false);
          }
          expect(list.some((s) => s.id === 'sexuality-self-exploration')).toBe(false);
        }
      }
    }
  });

  it('ignores moments and sessions from the future (a clock set back)', () => {
    const tomorrow = [checkin(at(11, 9), [['anxiety', 8]]), checkin(at(11, 10), [['anger', 8]])];
    expect(
      brief(run(AFTERNOON, { moments: tomorrow, sessions: [session('breathing-box', at(11, 9))] })),
    ).toEqual(brief(run(AFTERNOON)));
  });
});
