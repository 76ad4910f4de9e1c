import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import i18next from 'i18next';
import { useState } from 'react';
import { initReactI18next } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { RegionCode } from '../../shared/content/crisisResources';
import {
  EMPTY_SAFETY_PLAN,
  SAFETY_PLAN_SECTIONS,
  SafetyPlanSchema,
  type SafetyPlan,
} from '../../shared/domain/safety';
import { SafetyScreen, type SafetyScreenProps } from '../../renderer/src/features/safety/SafetyScreen';
import { safetyEn, safetyFr } from '../../renderer/src/features/safety/strings';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';
import { flattenStrings } from '../support/stringTree';

/**
 * The safety screen is pure UI: crisis lines come from shared/content, the plan arrives as a prop
 * and leaves through onSavePlan. Nothing here may reach a bridge, a link or the network.
 */
beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false },
  });
  i18next.addResourceBundle('en', 'translation', { safety: safetyEn }, true, true);
  i18next.addResourceBundle('fr', 'translation', { safety: safetyFr }, true, true);
});
afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  await i18next.changeLanguage('en');
});

/** The screen with its region held in state, the way the app holds it. */
function Harness(props: Partial<SafetyScreenProps> & { initialRegion?: RegionCode }) {
  const [region, setRegion] = useState<RegionCode>(props.initialRegion ?? 'FR');
  return (
    <SafetyScreen onClose={() => {}} plan={null} {...props} region={region} onRegionChange={setRegion} />
  );
}

const region = (name: string) => screen.getByRole('region', { name });

describe('the safety screen', () => {
  it('shows the French lines, 3114 among them, and the emergency number', () => {
    render(<Harness />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'You don’t have to go through this alone' }),
    ).toBeTruthy();
    const emergency = region('In an emergency');
    expect(within(emergency).getByText('112')).toBeTruthy();
    expect(within(emergency).getByText('If you are in danger now, call 112.')).toBeTruthy();
    const lines = region('People you can talk to');
    expect(within(lines).getByText('3114')).toBeTruthy();
    expect(within(lines).getByText('09 72 39 40 50')).toBeTruthy();
    expect(within(lines).getByText('Numbers checked on November 30, 2026.')).toBeTruthy();
  });

  it('switches to the United Kingdom’s lines when the region changes', () => {
    render(<Harness />);
    fireEvent.change(screen.getByLabelText('Region'), { target: { value: 'GB' } });
    expect(within(region('People you can talk to')).getByText('116 123')).toBeTruthy();
    expect(within(region('People you can talk to')).getByText('Text SHOUT to 85258.')).toBeTruthy();
    expect(within(region('In an emergency')).getByText('999')).toBeTruthy();
    expect(screen.queryByText('3114')).toBeNull();
  });

  it('shows numbers as text only: no link, no tel: URL', () => {
    const { container } = render(<Harness initialRegion="US" />);
    expect(container.querySelector('a, [href]')).toBeNull();
    expect(container.innerHTML).not.toMatch(/\b(?:tel|sms|callto|https?):(?!\/\/www\.w3\.org\/)/);
  });

  it('speaks French, with region names and the date in French', async () => {
    await i18next.changeLanguage('fr');
    render(<Harness initialRegion="CH" />);
    expect(
      screen.getByRole('heading', { level: 1, name: 'Vous n’avez pas à traverser cela sans aide' }),
    ).toBeTruthy();
    expect(screen.getByRole('option', { name: 'Royaume-Uni' })).toBeTruthy();
    expect(screen.getByText('Numéros vérifiés le 30 novembre 2026.')).toBeTruthy();
    expect(screen.getByText('143')).toBeTruthy();
  });

  it('shows the reason it opened, and closes', () => {
    const onClose = vi.fn();
    render(<Harness reason="You wrote words that sometimes go with a hard moment." onClose={onClose} />);
    expect(screen.getByText('You wrote words that sometimes go with a hard moment.').className).toBe(
      'message info',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('says the plan is in the locked journal, with no way to save, while the journal is locked', () => {
    render(<Harness plan={null} onSavePlan={vi.fn()} />);
    expect(screen.getByText(/Unlock your journal to see your safety plan\./)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save my plan' })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'People I can ask for help' })).toBeNull();
  });

  it('adds an item to the plan and saves the plan with it appended', async () => {
    const onSavePlan = vi.fn(async (_plan: SafetyPlan) => {});
    const plan: SafetyPlan = { ...EMPTY_SAFETY_PLAN, peopleToAsk: ['Sam'], reasonsToLive: ['My cat'] };
    render(<Harness plan={plan} onSavePlan={onSavePlan} />);
    fireEvent.change(screen.getByLabelText('New item in “People I can ask for help”'), {
      target: { value: '  Alex, 06 12 34 56 78  ' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add to “People I can ask for help”' }));
    expect(screen.getByText('Alex, 06 12 34 56 78')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Save my plan' }));
    expect((await screen.findByRole('status')).textContent).toBe('Saved.');
    expect(onSavePlan).toHaveBeenCalledTimes(1);
    const saved = onSavePlan.mock.calls[0]![0];
    expect(saved.peopleToAsk).toEqual(['Sam', 'Alex, 06 12 34 56 78']);
    expect(saved.reasonsToLive).toEqual(['My cat']);
    expect(SafetyPlanSchema.safeParse(saved).success).toBe(true);
    expect(saved.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('removes an item by a button that names it', async () => {
    const onSavePlan = vi.fn(async (_plan: SafetyPlan) => {});
    render(
      <Harness
        plan={{ ...EMPTY_SAFETY_PLAN, warningSigns: ['Not sleeping', 'Staying in'] }}
        onSavePlan={onSavePlan}
      />,
    );
    fireEvent.click(
      screen.getByRole('button', { name: 'Remove “Not sleeping” from “Signs that a hard moment is coming”' }),
    );
    expect(screen.queryByText('Not sleeping')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Save my plan' }));
    await screen.findByRole('status');
    expect(onSavePlan.mock.calls[0]![0].warningSigns).toEqual(['Staying in']);
  });

  it('keeps the changes and says so when saving fails', async () => {
    const onSavePlan = vi.fn(async (_plan: SafetyPlan) => {
      throw new Error('locked');
    });
    render(<Harness plan={EMPTY_SAFETY_PLAN} onSavePlan={onSavePlan} />);
    fireEvent.change(screen.getByLabelText('New item in “What matters to me”'), {
      target: { value: 'Music' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Add to “What matters to me”' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save my plan' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/could not be saved/);
    expect(screen.getByText('Music')).toBeTruthy();
  });

  it('walks the grounding steps from 5 to 1 with Next, then ends gently', () => {
    render(<Harness />);
    const grounding = region('Come back to the present: 5, 4, 3, 2, 1');
    const titles = [
      '5 things you can see',
      '4 things you can touch',
      '3 things you can hear',
      '2 things you can smell',
      '1 thing you can taste',
    ];
    for (const [index, title] of titles.entries()) {
      expect(within(grounding).getByRole('heading', { level: 3 }).textContent).toBe(title);
      expect(within(grounding).getAllByRole('textbox')).toHaveLength(5 - index);
      fireEvent.click(within(grounding).getByRole('button', { name: 'Next' }));
    }
    const end = within(grounding).getByRole('heading', { level: 3 });
    expect(end.textContent).toBe('You are here, right now');
    expect(document.activeElement).toBe(end);
    fireEvent.click(within(grounding).getByRole('button', { name: 'Start again' }));
    expect(within(grounding).getByRole('heading', { level: 3 }).textContent).toBe('5 things you can see');
  });

  it('paces box breathing: one phase every 4 seconds, announced once per phase', () => {
    vi.useFakeTimers();
    render(<Harness />);
    const breathing = region('Breathe slowly');
    const phase = breathing.querySelector('[aria-live="polite"]')!;
    expect(phase.textContent).toBe('Press Start when you are ready.');
    fireEvent.click(within(breathing).getByRole('button', { name: 'Start' }));
    expect(phase.textContent).toBe('Breathe in');
    expect(within(breathing).getByText('4 s')).toBeTruthy();
    act(() => vi.advanceTimersByTime(1000));
    expect(phase.textContent).toBe('Breathe in');
    expect(within(breathing).getByText('3 s')).toBeTruthy();
    const seen = ['Breathe in'];
    for (let second = 0; second < 15; second++) {
      act(() => vi.advanceTimersByTime(1000));
      if (seen.at(-1) !== phase.textContent) seen.push(phase.textContent ?? '');
    }
    expect(seen).toEqual(['Breathe in', 'Hold', 'Breathe out', 'Hold', 'Breathe in']);
    fireEvent.click(within(breathing).getByRole('button', { name: 'Stop' }));
    expect(phase.textContent).toBe('Press Start when you are ready.');
  });

  it('orders its headings h1 then h2 then h3, and has no axe violation', async () => {
    const { container } = render(
      <Harness
        plan={{ ...EMPTY_SAFETY_PLAN, peopleToAsk: ['Sam'] }}
        onSavePlan={async () => {}}
        reason="Why"
      />,
    );
    const levels = [...container.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    const results = await axe.run(container, {
      // happy-dom has no layout: contrast is checked against tokens.css, not here.
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
  });
});

describe('the safety strings', () => {
  const english = flattenStrings(safetyEn);
  const french = flattenStrings(safetyFr);
  const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

  it('have the same key tree in English and French, with the same placeholders', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, value] of english) {
      expect([key, value.trim().length > 0]).toEqual([key, true]);
      expect([key, placeholders(french.get(key) ?? '')]).toEqual([key, placeholders(value)]);
    }
  });

  it('include the line for someone in danger now', () => {
    expect(safetyEn.emergency.now).toBe('If you are in danger now, call {{emergency}}.');
  });

  it('name every section of the plan', () => {
    expect(Object.keys(safetyEn.plan.sections)).toEqual([...SAFETY_PLAN_SECTIONS]);
  });

  it('follow French typography', () => {
    for (const [key, raw] of french) {
      const value = raw.replace(/\{\{\w+\}\}/g, 'x');
      // A no-break space before ; : ! ? and never a plain space or nothing.
      expect([key, /(?:^|[^\u00a0])[;:!?]/.test(value)]).toEqual([key, false]);
      expect([key, / [;:!?]/.test(value)]).toEqual([key, false]);
      // Typographic apostrophes only.
      expect([key, value.includes("'")]).toEqual([key, false]);
      // « » quotes with a no-break space inside; no straight or curly double quotes.
      expect([key, /["“”]/.test(value)]).toEqual([key, false]);
      expect([key, /«(?!\u00a0)|(?<!\u00a0)»/.test(value)]).toEqual([key, false]);
    }
  });
});

describe('the safety plan schema', () => {
  it('lists its sections in order and accepts an empty plan', () => {
    expect(Object.keys(SafetyPlanSchema.shape).filter((k) => k !== 'updatedAt')).toEqual([
      ...SAFETY_PLAN_SECTIONS,
    ]);
    expect(SafetyPlanSchema.parse(EMPTY_SAFETY_PLAN)).toEqual(EMPTY_SAFETY_PLAN);
  });

  it('trims items and refuses empty, too long or too many', () => {
    expect(
      SafetyPlanSchema.parse({ ...EMPTY_SAFETY_PLAN, reasonsToLive: ['  my sister '] }).reasonsToLive,
    ).toEqual(['my sister']);
    expect(SafetyPlanSchema.safeParse({ ...EMPTY_SAFETY_PLAN, warningSigns: ['   '] }).success).toBe(false);
    expect(
      SafetyPlanSchema.safeParse({ ...EMPTY_SAFETY_PLAN, warningSigns: ['x'.repeat(501)] }).success,
    ).toBe(false);
    expect(
      SafetyPlanSchema.safeParse({
        ...EMPTY_SAFETY_PLAN,
        distractions: Array.from({ length: 21 }, () => 'walk'),
      }).success,
    ).toBe(false);
    expect(SafetyPlanSchema.safeParse({ ...EMPTY_SAFETY_PLAN, updatedAt: 'yesterday' }).success).toBe(false);
  });
});
