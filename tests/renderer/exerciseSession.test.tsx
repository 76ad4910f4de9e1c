import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BOX_PACE,
  COHERENCE_PACE,
  EXERCISE_FRAMEWORKS,
  EXERCISE_KINDS,
  ExerciseSessionDraftSchema,
  type ExerciseSession as Session,
  type ExerciseSessionDraft,
} from '../../shared/domain/exercise';
import type { AlcoveBridge } from '../../shared/ipc/contract';
import { pacerAt } from '../../renderer/src/features/safety/BreathingPacer';
import { ExerciseSession } from '../../renderer/src/features/exercises/ExerciseSession';
import { Exercises } from '../../renderer/src/features/exercises/Exercises';
import { WhatHelps } from '../../renderer/src/features/exercises/WhatHelps';
import { exercisesEn, exercisesFr } from '../../renderer/src/features/exercises/strings';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';
import { flattenStrings } from '../support/stringTree';

/**
 * The exercise flow is pure UI: a session leaves only through onSave, and only when the person
 * chooses Save. The pane reaches the core through a stand-in bridge that records every call.
 */
beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false },
  });
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await i18next.changeLanguage('en');
});

const START = Date.parse('2026-03-01T09:00:00.000Z');

/**
 * A fake clock for the pacer (its interval and Date) only: axe-core schedules its work with
 * setTimeout, which stays real so it can finish.
 */
function fakeClock() {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(START);
}

function setup(kind: Session['kind'], onSave = vi.fn(async (_draft: ExerciseSessionDraft) => {})) {
  const onClose = vi.fn();
  const view = render(<ExerciseSession kind={kind} onSave={onSave} onClose={onClose} />);
  return { ...view, onSave, onClose };
}

const focusedText = () => document.activeElement?.textContent;
const slider = () => screen.getByRole('slider');
const button = (name: string | RegExp) => screen.getByRole('button', { name });
const tick = (ms: number) => act(() => vi.advanceTimersByTime(ms));

/** What a keyboard user reaches with Tab, in order (native controls only: nothing else is tabbable). */
function tabbables(): HTMLElement[] {
  return [
    ...document.querySelectorAll<HTMLElement>(
      'button:not([disabled]), input, select, textarea, a[href], [tabindex]:not([tabindex="-1"])',
    ),
  ];
}
/** Moves focus like Tab: to the next tabbable after the focused element (a heading, say). */
function tab(): HTMLElement {
  const from = document.activeElement ?? document.body;
  const next = tabbables().find(
    (el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING && !from.contains(el),
  );
  if (!next) throw new Error('nothing to tab to');
  act(() => next.focus());
  return next;
}
/** Tabs until the focused control is named `name`. */
function tabTo(name: string | RegExp): HTMLElement {
  for (let i = 0; i < 40; i++) {
    const el = tab();
    const label =
      el.getAttribute('aria-label') ??
      (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
      el.textContent ??
      '';
    if (typeof name === 'string' ? label.trim() === name : name.test(label)) return el;
  }
  throw new Error(`no control named ${String(name)}`);
}
/** Enter or Space on a focused button (the browser turns either into a click). */
function press(): void {
  const el = document.activeElement as HTMLElement;
  expect(el.tagName).toBe('BUTTON');
  fireEvent.click(el);
}
/** Arrow keys on a focused slider move it one step. */
function arrow(steps: number): void {
  const el = document.activeElement as HTMLInputElement;
  expect(el.type).toBe('range');
  fireEvent.change(el, { target: { value: String(Number(el.value) + steps) } });
}
/** Types into the focused text field. */
function type(text: string): void {
  const el = document.activeElement as HTMLInputElement;
  expect(el.type).toBe('text');
  fireEvent.change(el, { target: { value: text } });
}

async function expectNoAxeViolations(container: HTMLElement) {
  const results = await axe.run(container, {
    // happy-dom has no layout: contrast is checked against tokens.css, not here.
    rules: { 'color-contrast': { enabled: false } },
  });
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
}

describe('the breathing pacer’s arithmetic', () => {
  it('keeps box breathing as it was: four phases of four seconds', () => {
    expect([0, 3, 4, 8, 12, 15, 16].map((s) => [s, pacerAt(s)])).toEqual([
      [0, { phase: 'in', secondsLeft: 4, seconds: 4 }],
      [3, { phase: 'in', secondsLeft: 1, seconds: 4 }],
      [4, { phase: 'holdIn', secondsLeft: 4, seconds: 4 }],
      [8, { phase: 'out', secondsLeft: 4, seconds: 4 }],
      [12, { phase: 'holdOut', secondsLeft: 4, seconds: 4 }],
      [15, { phase: 'holdOut', secondsLeft: 1, seconds: 4 }],
      [16, { phase: 'in', secondsLeft: 4, seconds: 4 }],
    ]);
    expect(pacerAt(37, BOX_PACE)).toEqual(pacerAt(37));
  });

  it('paces cohérence cardiaque at 5 seconds in, 5 out: six breaths a minute', () => {
    const at = (s: number) => pacerAt(s, COHERENCE_PACE);
    expect(at(0)).toEqual({ phase: 'in', secondsLeft: 5, seconds: 5 });
    expect(at(4)).toEqual({ phase: 'in', secondsLeft: 1, seconds: 5 });
    expect(at(5)).toEqual({ phase: 'out', secondsLeft: 5, seconds: 5 });
    expect(at(9)).toEqual({ phase: 'out', secondsLeft: 1, seconds: 5 });
    expect(at(10)).toEqual({ phase: 'in', secondsLeft: 5, seconds: 5 });
    expect(at(297).phase).toBe('out');
    const breathsInAMinute = Array.from({ length: 60 }, (_, s) => at(s)).filter(
      (p, s) => p.phase === 'in' && (s === 0 || at(s - 1).phase !== 'in'),
    ).length;
    expect(breathsInAMinute).toBe(6);
    expect(Array.from({ length: 300 }, (_, s) => at(s).phase).filter((p) => p === 'in')).toHaveLength(150);
  });
});

describe('a breathing session', () => {
  beforeEach(() => {
    fakeClock();
  });

  it('rates, paces five minutes of cohérence cardiaque, rates again and hands over the session', async () => {
    const { container, onSave } = setup('breathing-coherence');
    expect(focusedText()).toBe('How distressed do you feel right now?');
    expect(screen.getByText(/cardiac coherence and its “365” rhythm/)).toBeTruthy();
    fireEvent.change(slider(), { target: { value: '7' } });
    expect(slider().getAttribute('aria-valuetext')).toBe('7 out of 10');
    fireEvent.click(button('Continue'));

    expect(focusedText()).toBe('Breathe with the square');
    const phase = container.querySelector('[aria-live="polite"]')!;
    expect(phase.textContent).toBe('Press Start when you are ready.');
    expect(screen.getByRole('timer').textContent).toBe('Time left: 5:00');
    await expectNoAxeViolations(container);

    tick(30_000); // reading the instructions does not count
    fireEvent.click(button('Start'));
    expect(phase.textContent).toBe('Breathe in');
    expect(screen.getByText('5 s')).toBeTruthy();
    const announced = [phase.textContent];
    let changes = 0;
    for (let second = 0; second < 60; second++) {
      const before = phase.textContent;
      tick(1000);
      if (phase.textContent !== before) changes++;
      if (announced.at(-1) !== phase.textContent) announced.push(phase.textContent);
    }
    // One announcement per phase, none per second: 12 phases in a minute.
    expect(changes).toBe(12);
    expect(announced.slice(0, 4)).toEqual(['Breathe in', 'Breathe out', 'Breathe in', 'Breathe out']);
    expect(screen.getByRole('timer').textContent).toBe('Time left: 4:00');
    // The only live region is the phase line (the time left is a timer: not announced).
    expect(container.querySelectorAll('[aria-live], [role="status"], [role="alert"], output')).toHaveLength(
      1,
    );

    tick(240_000);
    expect(focusedText()).toBe('And now?');
    expect(slider().getAttribute('aria-valuetext')).toBe('7 out of 10'); // from where the person was
    fireEvent.change(slider(), { target: { value: '4' } });
    fireEvent.click(button('Continue'));

    expect(focusedText()).toBe('Your session');
    expect(screen.getByText('Distress 7 → 4')).toBeTruthy();
    expect(screen.getByText('Time: 5 min')).toBeTruthy();
    expect(screen.getByText('Done to the end.')).toBeTruthy();
    await expectNoAxeViolations(container);
    expect(onSave).not.toHaveBeenCalled();
    fireEvent.click(button('Save'));
    await act(async () => {});

    expect(onSave).toHaveBeenCalledTimes(1);
    const draft = onSave.mock.calls[0]![0];
    expect(draft).toEqual({
      kind: 'breathing-coherence',
      startedAt: new Date(START + 30_000).toISOString(),
      durationSec: 300,
      completed: true,
      distressBefore: 7,
      distressAfter: 4,
    });
    expect(ExerciseSessionDraftSchema.parse(draft)).toEqual(draft);
  });

  it('stops box breathing early with Finish, with both ratings skipped', async () => {
    const { onSave } = setup('breathing-box');
    fireEvent.click(button('Skip'));
    fireEvent.click(button('Start'));
    tick(20_000);
    fireEvent.click(button('Finish'));
    expect(focusedText()).toBe('And now?');
    fireEvent.click(button('Skip'));
    expect(screen.getByText('Distress not rated.')).toBeTruthy();
    expect(screen.getByText('Time: 20 s')).toBeTruthy();
    expect(screen.getByText('Stopped before the end.')).toBeTruthy();
    fireEvent.click(button('Save'));
    await act(async () => {});
    expect(onSave.mock.calls[0]![0]).toEqual({
      kind: 'breathing-box',
      startedAt: new Date(START).toISOString(),
      durationSec: 20,
      completed: false,
      distressBefore: null,
      distressAfter: null,
    });
  });

  it('keeps the session on screen, and says so, when saving fails; Discard saves nothing', async () => {
    const onSave = vi.fn(async () => {
      throw new Error('locked');
    });
    const { onClose } = setup('breathing-box', onSave);
    fireEvent.click(button('Skip'));
    fireEvent.click(button('Start'));
    tick(16_000);
    fireEvent.click(button('Finish'));
    fireEvent.click(button('Skip'));
    fireEvent.click(button('Save'));
    await act(async () => {});
    expect(screen.getByRole('alert').textContent).toMatch(/could not be saved/);
    expect(screen.getByText('Time: 16 s')).toBeTruthy();
    fireEvent.click(button('Discard'));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('can be left at any step before the summary without saving', () => {
    const { onSave, onClose } = setup('breathing-coherence');
    fireEvent.click(button('Continue'));
    fireEvent.click(button('Start'));
    fireEvent.click(button('Leave this exercise without saving'));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('a grounding session, by keyboard alone', () => {
  beforeEach(() => {
    fakeClock();
  });

  it('walks the five senses one at a time, keeps what was typed and hands it over', async () => {
    const { container, onSave } = setup('grounding-54321');
    expect(focusedText()).toBe('How distressed do you feel right now?');
    tabTo('Distress right now, from 0 to 10');
    arrow(+3); // from the middle, 5, to 8
    tabTo('Continue');
    press();

    const steps = [
      { title: '5 things you can see', sense: 'see', typed: ['a lamp', '', '  the window  '] },
      { title: '4 things you can touch', sense: 'touch', typed: [] },
      { title: '3 things you can hear', sense: 'hear', typed: ['CANARY rain'] },
      { title: '2 things you can smell', sense: 'smell', typed: [] },
      { title: '1 thing you can taste', sense: 'taste', typed: ['mint'] },
    ];
    for (const [index, step] of steps.entries()) {
      expect(document.activeElement?.tagName).toBe('H4');
      expect(focusedText()).toBe(step.title);
      const count = 5 - index;
      expect(screen.getAllByRole('textbox')).toHaveLength(count);
      for (const [i, text] of step.typed.entries()) {
        tabTo(new RegExp(`\\(${i + 1} of ${count}\\)$`));
        if (text) type(text);
      }
      tick(30_000);
      tabTo(index === steps.length - 1 ? 'Finish' : 'Next');
      press();
    }

    expect(focusedText()).toBe('And now?');
    tabTo('Distress now, from 0 to 10');
    arrow(-5);
    tabTo('Continue');
    press();

    expect(focusedText()).toBe('Your session');
    expect(screen.getByText('Distress 8 → 3')).toBeTruthy();
    expect(screen.getByText('Time: 2 min 30 s')).toBeTruthy();
    expect(screen.getByText('Done to the end.')).toBeTruthy();
    expect(screen.getByText('You noted 4 things.')).toBeTruthy();
    await expectNoAxeViolations(container);
    tabTo('Save');
    press();
    await act(async () => {});

    const draft = onSave.mock.calls[0]![0];
    expect(draft).toEqual({
      kind: 'grounding-54321',
      startedAt: new Date(START).toISOString(),
      durationSec: 150,
      completed: true,
      distressBefore: 8,
      distressAfter: 3,
      senses: { see: ['a lamp', 'the window'], touch: [], hear: ['CANARY rain'], smell: [], taste: ['mint'] },
    });
    expect(ExerciseSessionDraftSchema.parse(draft)).toEqual(draft);
  });

  it('can stop before the end; with nothing typed, no senses are handed over', async () => {
    const { onSave } = setup('grounding-54321');
    fireEvent.click(button('Skip'));
    expect(focusedText()).toBe('5 things you can see');
    fireEvent.click(button('Next'));
    tick(45_000);
    fireEvent.click(button('Stop here'));
    fireEvent.click(button('Continue'));
    expect(screen.getByText('Distress not rated → 5')).toBeTruthy();
    expect(screen.getByText('Stopped before the end.')).toBeTruthy();
    fireEvent.click(button('Save'));
    await act(async () => {});
    expect(onSave.mock.calls[0]![0]).toEqual({
      kind: 'grounding-54321',
      startedAt: new Date(START).toISOString(),
      durationSec: 45,
      completed: false,
      distressBefore: null,
      distressAfter: 5,
    });
  });

  it('speaks French', async () => {
    await i18next.changeLanguage('fr');
    setup('grounding-54321');
    expect(focusedText()).toBe('Quel est votre niveau de détresse en ce moment\u00a0?');
    expect(screen.getByText('D’après la technique d’ancrage 5-4-3-2-1.')).toBeTruthy();
    expect(slider().getAttribute('aria-valuetext')).toBe('5 sur 10');
    fireEvent.click(button('Passer'));
    expect(focusedText()).toBe('5 choses que vous voyez');
  });
});

/** A stand-in for window.alcove that answers the exercise channels and records every call. */
function fakeBridge(sessions: Session[], damaged = 0) {
  const calls: Array<{ channel: string; input: unknown }> = [];
  const invoke = async (channel: string, input: unknown) => {
    calls.push({ channel, input });
    switch (channel) {
      case 'exercises:list':
        return { ok: true, value: { sessions, damaged } };
      case 'exercises:add':
        return { ok: true, value: { id: 'f'.repeat(32), ...(input as object) } };
      case 'exercises:delete':
        return { ok: true, value: input };
      default:
        return { ok: false, error: { code: 'INTERNAL', message: `unexpected ${channel}` } };
    }
  };
  const bridge = { host: 'test', on: () => () => {}, invoke } as unknown as AlcoveBridge;
  Object.defineProperty(window, 'alcove', { value: bridge, configurable: true });
  return calls;
}

const saved = (n: number, fields: Partial<Session>): Session => ({
  id: n.toString(16).padStart(32, '0'),
  kind: 'breathing-coherence',
  startedAt: '2026-02-20T08:00:00.000Z',
  durationSec: 300,
  completed: true,
  distressBefore: 7,
  distressAfter: 4,
  ...fields,
});

describe('the exercises pane', () => {
  afterEach(() => {
    Reflect.deleteProperty(window, 'alcove');
  });

  it('offers the three exercises with their framework and length, and the recent sessions', async () => {
    const calls = fakeBridge(
      [
        saved(2, { startedAt: '2026-02-21T08:00:00.000Z', kind: 'grounding-54321', distressBefore: null }),
        saved(1, {}),
      ],
      1,
    );
    const { container } = render(<Exercises onClose={() => {}} />);
    await act(async () => {});
    expect(calls[0]).toEqual({ channel: 'exercises:list', input: { limit: 10_000 } });
    const choices = within(screen.getByRole('list', { name: 'Choose an exercise' }));
    expect(choices.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Box breathing',
      'Cardiac coherence',
      'Grounding 5-4-3-2-1',
    ]);
    expect(choices.getByText('Based on box breathing (4-4-4-4).')).toBeTruthy();
    expect(choices.getByText('4 min')).toBeTruthy();
    expect(choices.getByText('5 min')).toBeTruthy();
    expect(choices.getByText('About 5 min, at your own pace')).toBeTruthy();

    const rows = within(screen.getByRole('table', { name: '' }))
      .getAllByRole('row')
      .slice(1);
    expect(rows.map((r) => [...r.querySelectorAll('td')].slice(0, 3).map((c) => c.textContent))).toEqual([
      ['Grounding 5-4-3-2-1', 'not rated → 4', '5 min'],
      ['Cardiac coherence', '7 → 4', '5 min'],
    ]);
    expect(screen.getByText('1 damaged session could not be read and is left out.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What seems to help me' })).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('deletes a session only after a confirmation', async () => {
    const calls = fakeBridge([saved(1, {}), saved(2, { startedAt: '2026-02-19T08:00:00.000Z' })]);
    render(<Exercises onClose={() => {}} />);
    await act(async () => {});
    const [first] = screen.getAllByRole('button', {
      name: /^Delete the session of .* \(Cardiac coherence\)$/,
    });
    fireEvent.click(first!);
    const dialog = within(screen.getByRole('dialog', { name: 'Delete this session?' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(calls.map((c) => c.channel)).toEqual(['exercises:list']);

    fireEvent.click(first!);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Delete' }));
    await act(async () => {});
    expect(calls.at(-1)).toEqual({ channel: 'exercises:delete', input: { id: saved(1, {}).id } });
    expect(screen.getAllByRole('button', { name: /^Delete the session of/ })).toHaveLength(1);
    expect(screen.getByRole('status').textContent).toBe('Session deleted.');
    expect(focusedText()).toBe('Recent sessions');
  });

  it('runs a session in place, saves it through exercises:add, and comes back to its button', async () => {
    fakeClock();
    const calls = fakeBridge([]);
    render(<Exercises onClose={() => {}} />);
    await act(async () => {});
    expect(screen.getByText('No session saved yet.')).toBeTruthy();
    fireEvent.click(button('Start: Box breathing'));
    expect(screen.queryByRole('list', { name: 'Choose an exercise' })).toBeNull();
    fireEvent.click(button('Skip'));
    fireEvent.click(button('Start'));
    tick(32_000);
    fireEvent.click(button('Finish'));
    fireEvent.click(button('Continue'));
    fireEvent.click(button('Save'));
    await act(async () => {});
    expect(calls.at(-1)).toEqual({
      channel: 'exercises:add',
      input: {
        kind: 'breathing-box',
        startedAt: new Date(START).toISOString(),
        durationSec: 32,
        completed: false,
        distressBefore: null,
        distressAfter: 5,
      },
    });
    expect(screen.getByRole('status').textContent).toBe('Session saved.');
    expect(document.activeElement).toBe(button('Start: Box breathing'));
    expect(
      screen.getAllByRole('button', { name: /^Delete the session of .* \(Box breathing\)$/ }),
    ).toHaveLength(1);
  });
});

describe('what seems to help me', () => {
  const sessions = [
    saved(1, { distressBefore: 8, distressAfter: 5 }),
    saved(2, { distressBefore: 5, distressAfter: 3 }),
    saved(3, { kind: 'breathing-box', distressBefore: null, distressAfter: 2 }),
  ];

  it('shows per exercise the sessions, the mean before → after, and a table for screen readers', async () => {
    const { container } = render(<WhatHelps sessions={sessions} />);
    const table = screen.getByRole('table', {
      name: 'Mean distress before and after each exercise, from your own ratings (0 to 10)',
    });
    expect(
      within(table)
        .getAllByRole('row')
        .map((r) => [...r.children].map((c) => c.textContent)),
    ).toEqual([
      ['Exercise', 'Sessions', 'Rated before and after', 'Mean before', 'Mean after', 'Mean change'],
      ['Box breathing', '1', '0', 'no rating', 'no rating', 'no rating'],
      ['Cardiac coherence', '2', '2', '6.5', '4', '-2.5'],
    ]);
    // The bars and the figures beside them are for the eye; the table says the same to a screen reader.
    const visual = container.querySelector('.what-helps-list')!;
    expect(visual.getAttribute('aria-hidden')).toBe('true');
    expect(within(visual as HTMLElement).getByText('6.5 → 4')).toBeTruthy();
    expect(
      within(visual as HTMLElement).getByText('Based on 2 sessions you rated before and after.'),
    ).toBeTruthy();
    expect(
      within(visual as HTMLElement).getByText('No session rated both before and after yet.'),
    ).toBeTruthy();
    expect(
      screen.getByText('This describes your own ratings, not a measure of how well an exercise works.'),
    ).toBeTruthy();
    await expectNoAxeViolations(container);
  });

  it('says so when there is nothing yet, and speaks French with French numbers', async () => {
    render(<WhatHelps sessions={[]} />);
    expect(screen.getByText('No exercise session yet.')).toBeTruthy();
    cleanup();
    await i18next.changeLanguage('fr');
    render(<WhatHelps sessions={sessions} />);
    expect(screen.getByText('D’après 2 séances que vous avez notées avant et après.')).toBeTruthy();
    expect(screen.getByText('6,5 → 4')).toBeTruthy();
    expect(screen.getByText('Ceci décrit vos propres notes, pas l’efficacité d’un exercice.')).toBeTruthy();
  });
});

// Same keys, placeholders and French typography are checked for every mounted tree in i18n.test.ts.
describe('the exercise strings', () => {
  const english = flattenStrings(exercisesEn);
  const french = flattenStrings(exercisesFr);
  it('are mounted under `exercises` in both languages', () => {
    expect(en.exercises).toBe(exercisesEn);
    expect(fr.exercises).toBe(exercisesFr);
  });

  it('name every exercise and every framework', () => {
    expect(Object.keys(exercisesEn.kinds)).toEqual([...EXERCISE_KINDS]);
    expect(Object.keys(exercisesEn.frameworks)).toEqual([...EXERCISE_FRAMEWORKS]);
  });

  it('make no claim that an exercise works', () => {
    for (const value of [...english.values(), ...french.values()]) {
      expect([
        value,
        /\b(?:cure|treat|heal|proven|effective|guérit|soigne|prouvé|efficace)\b/i.test(value),
      ]).toEqual([value, false]);
    }
  });
});
