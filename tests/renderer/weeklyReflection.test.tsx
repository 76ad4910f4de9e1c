import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LabelledMoment } from '../../shared/insights/moments';
import { insightsMoreEn, insightsMoreFr } from '../../renderer/src/features/insights/strings';
import { WeeklyReflection } from '../../renderer/src/features/insights/WeeklyReflection';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';
import { flattenStrings } from '../support/stringTree';

/**
 * The weekly reflection is pure UI over moments it is given: facts counted by
 * shared/insights/weeklyReflection.ts, worded here in English and French.
 */
const savedTz = process.env.TZ;
process.env.TZ = 'Europe/Paris';
beforeAll(async () => {
  await i18next.use(initReactI18next).init({
    lng: 'en',
    resources: { en: { translation: en }, fr: { translation: fr } },
    interpolation: { escapeValue: false },
  });
  i18next.addResourceBundle('en', 'translation', { reflection: insightsMoreEn }, true, true);
  i18next.addResourceBundle('fr', 'translation', { reflection: insightsMoreFr }, true, true);
});
afterEach(async () => {
  cleanup();
  await i18next.changeLanguage('en');
});
afterAll(() => {
  process.env.TZ = savedTz;
});

const at = (month: number, day: number, hour = 12) => new Date(2026, month - 1, day, hour).toISOString();
function moment(iso: string, fields: Partial<LabelledMoment>): LabelledMoment {
  return { at: iso, source: 'checkin', valence: null, energy: null, labels: [], context: [], ...fields };
}
const anxious = (day: number, hour: number, context: string[]) =>
  moment(at(3, day, hour), { valence: -2, energy: 2, labels: [{ id: 'anxiety', intensity: 6 }], context });

/** Week of Monday 2 March 2026: anxiety five times (four with work), calm twice, one word alone. */
const MOMENTS: LabelledMoment[] = [
  moment(at(2, 25), { valence: 2, energy: -1, labels: [{ id: 'calm', intensity: 4 }] }),
  anxious(2, 9, ['work']),
  anxious(2, 17, ['work']),
  anxious(3, 10, ['work']),
  anxious(4, 11, ['work', 'sleep']),
  anxious(5, 22, ['sleep']),
  moment(at(3, 7), { valence: 2, energy: -2, labels: [{ id: 'calm', intensity: 5 }], context: ['friends'] }),
  moment(at(3, 8), {
    valence: 1,
    energy: -1,
    labels: [
      { id: 'calm', intensity: 3 },
      { id: 'hope', intensity: 4 },
    ],
  }),
];
const WEEK = new Date(2026, 2, 2);
const NOW = new Date(2026, 2, 5, 18);

function setup(moments: LabelledMoment[] | null = MOMENTS, weekStart = WEEK) {
  const onWeekChange = vi.fn();
  const view = render(
    <WeeklyReflection moments={moments} weekStart={weekStart} onWeekChange={onWeekChange} now={NOW} />,
  );
  return { ...view, onWeekChange };
}
const card = (name: string) => screen.getByRole('region', { name });
/** Any run of spaces (no-break, thin) as one plain space: Testing Library reads text that way. */
const plain = (text: string) => text.replace(/\s+/g, ' ');
const facts = (region: HTMLElement) =>
  within(region)
    .getAllByRole('listitem')
    .map((li) => plain(li.textContent ?? ''));
const sentence = (region: HTMLElement, text: string) => within(region).getByText(plain(text));

describe('the weekly reflection', () => {
  it('says each fact of the week as a plain sentence, with n, in English', () => {
    setup();
    const region = card('This week, in your own words');
    expect(sentence(region, 'March 2 – 8, 2026')).toBeTruthy();
    expect(sentence(region, 'Moments recorded: 7 (the week before: 1).')).toBeTruthy();
    expect(facts(region)).toEqual([
      'You named “anxiety” 5 times, 4 of them with “work”.',
      'You named “calm” 2 times, once with “friends”.',
      'You named “hope” once.',
      'Most often, moments sat in “Unpleasant, agitated”: 5 of the 7 placed on the map (71%).',
      'Unpleasant moments: 5. The day with the most was Monday, with 2.',
      'Words you had not named the week before: “anxiety” and “hope”.',
    ]);
    expect(
      sentence(
        region,
        'This describes what you recorded, nothing more. It is not an assessment of you or of your week.',
      ),
    ).toBeTruthy();
  });

  it('speaks French, with French dates, quotes and plurals', async () => {
    await i18next.changeLanguage('fr');
    setup();
    const region = card('Cette semaine, avec vos mots');
    expect(sentence(region, '2–8 mars 2026')).toBeTruthy();
    expect(sentence(region, 'Moments notés\u00a0: 7 (la semaine d’avant\u00a0: 1).')).toBeTruthy();
    expect(facts(region)).toEqual(
      [
        'Vous avez nommé «\u00a0anxiété\u00a0» 5 fois, dont 4 avec «\u00a0travail\u00a0».',
        'Vous avez nommé «\u00a0calme\u00a0» 2 fois, dont une avec «\u00a0amitiés\u00a0».',
        'Vous avez nommé «\u00a0espoir\u00a0» une fois.',
        'Le plus souvent, les moments se situaient dans «\u00a0Désagréable, agité\u00a0»\u00a0: 5 sur les 7 placés sur la carte (71\u00a0%).',
        'Moments désagréables\u00a0: 5. Le jour qui en a compté le plus est lundi, avec 2.',
        'Des mots que vous n’aviez pas nommés la semaine d’avant\u00a0: «\u00a0anxiété\u00a0» et «\u00a0espoir\u00a0».',
      ].map(plain),
    );
  });

  it('says when a week has too few moments to describe, and still shows n', () => {
    setup(MOMENTS.slice(0, 3));
    const region = card('This week, in your own words');
    expect(sentence(region, 'Moments recorded: 2 (the week before: 1).')).toBeTruthy();
    expect(
      sentence(
        region,
        'Too few moments to describe this week. A few facts appear here from 3 moments in a week.',
      ),
    ).toBeTruthy();
    expect(within(region).queryByRole('list')).toBeNull();
  });

  it('says when the words of every moment were named with the same context', () => {
    const days = [2, 3, 4].map((d) =>
      moment(at(3, d), { labels: [{ id: 'tiredness', intensity: 5 }], context: ['sleep'] }),
    );
    setup(days);
    expect(facts(card('This week, in your own words'))[0]).toBe(
      'You named “tiredness” 3 times, each time with “sleep”.',
    );
  });

  it('says ties as ties: two quarters, two days', () => {
    const low = { valence: -2, energy: -2, labels: [{ id: 'sadness', intensity: 5 }] };
    const agitated = { valence: -2, energy: 2 };
    setup([
      moment(at(2, 26), { valence: 1, energy: -1, labels: [{ id: 'calm', intensity: 2 }] }),
      moment(at(3, 2, 9), low),
      moment(at(3, 2, 19), low),
      moment(at(3, 4, 9), agitated),
      moment(at(3, 4, 19), agitated),
    ]);
    expect(facts(card('This week, in your own words'))).toEqual([
      'You named “sadness” 2 times.',
      'The moments placed on the map were shared evenly between “Unpleasant, agitated” and “Unpleasant, low”: 2 of 4 in each.',
      'Unpleasant moments: 4. The days with the most were Monday and Wednesday, with 2 each.',
      'A word you had not named the week before: “sadness”.',
    ]);
  });

  it('waits quietly while the moments load', () => {
    setup(null);
    expect(screen.getByText('Reading the moments of this week…')).toBeTruthy();
  });

  it('pages to the week before, and not beyond the current week', () => {
    const { onWeekChange } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Previous week' }));
    expect(onWeekChange).toHaveBeenCalledWith(new Date(2026, 1, 23));
    const next = screen.getByRole('button', { name: 'Next week' });
    expect(next.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(onWeekChange).toHaveBeenCalledTimes(1);
  });

  it('names a past week by its Monday, and pages forward from it', () => {
    const { onWeekChange } = setup(MOMENTS, new Date(2026, 1, 25));
    const region = card('The week of February 23, in your own words');
    expect(sentence(region, 'February 23 – March 1, 2026')).toBeTruthy();
    expect(sentence(region, 'Moments recorded: 1 (the week before: 0).')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next week' }));
    expect(onWeekChange).toHaveBeenCalledWith(WEEK);
  });

  it('has no axe violation, in English and in French', async () => {
    for (const language of ['en', 'fr']) {
      await i18next.changeLanguage(language);
      const { container } = setup();
      const results = await axe.run(container, {
        // happy-dom has no layout: contrast is checked against tokens.css, not here.
        rules: { 'color-contrast': { enabled: false } },
      });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
        [],
      );
      cleanup();
    }
  });
});

// Same keys, placeholders and French typography are checked for every mounted tree in i18n.test.ts.
describe('the reflection and calendar strings', () => {
  const english = flattenStrings(insightsMoreEn);
  const french = flattenStrings(insightsMoreFr);
  it('are mounted under “reflection” in both languages', () => {
    expect(en.reflection).toBe(insightsMoreEn);
    expect(fr.reflection).toBe(insightsMoreFr);
  });

  it('describe, never judge: no word of diagnosis or verdict in either language', () => {
    const verdict =
      /\b(diagnos\w*|symptom\w*|disorder|trouble|depress\w*|normal|abnormal|risk|risque|score)\b/i;
    for (const [key, value] of [...english, ...french])
      expect([key, verdict.test(value)]).toEqual([key, false]);
  });
});
