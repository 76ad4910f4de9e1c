import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LabelledMoment } from '../../shared/insights/moments';
import { CalendarHeatmap } from '../../renderer/src/features/insights/CalendarHeatmap';
import { insightsMoreEn, insightsMoreFr } from '../../renderer/src/features/insights/strings';
import { en } from '../../renderer/src/i18n/en';
import { fr } from '../../renderer/src/i18n/fr';

/** The month calendar is pure UI over moments it is given (shared/insights/calendar.ts counts). */
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

const at = (day: number, hour = 12) => new Date(2026, 2, day, hour).toISOString();
function moment(iso: string, fields: Partial<LabelledMoment>): LabelledMoment {
  return { at: iso, source: 'checkin', valence: null, energy: null, labels: [], context: [], ...fields };
}

/**
 * March 2026 (the 1st is a Sunday): the 12th mostly pleasant (3 moments), the 13th somewhat
 * pleasant, the 16th in between, the 17th somewhat unpleasant, the 18th mostly unpleasant, the
 * 19th words only that have no place on the map.
 */
const MOMENTS: LabelledMoment[] = [
  moment(at(12, 8), { valence: 3, energy: 1 }),
  moment(at(12, 13), { valence: 2, energy: -1 }),
  moment(at(12, 20), { valence: 1, energy: -2 }),
  moment(at(13), { valence: 1, energy: 2 }),
  moment(at(16, 9), { valence: 2, energy: 1 }),
  moment(at(16, 18), { valence: -2, energy: 1 }),
  moment(at(17), { labels: [{ id: 'tiredness', intensity: 6 }] }),
  moment(at(18), { valence: -3, energy: 2 }),
  moment(at(19), { labels: [{ id: 'not-sure', intensity: 4 }] }),
  moment(new Date(2026, 3, 1, 9).toISOString(), { valence: 3, energy: 3 }), // April: not shown
];
const MARCH = new Date(2026, 2, 1);
const NOW = new Date(2026, 2, 20, 10);

function setup(moments: LabelledMoment[] | null = MOMENTS, monthStart = MARCH) {
  const onMonthChange = vi.fn();
  const view = render(
    <CalendarHeatmap moments={moments} monthStart={monthStart} onMonthChange={onMonthChange} now={NOW} />,
  );
  return { ...view, onMonthChange };
}
const plain = (text: string) => text.replace(/\s+/g, ' ');
const cell = (name: string) => screen.getByRole('cell', { name });

describe('the month calendar', () => {
  it('is a table of weeks, Monday first, with the weekdays and the month in words', () => {
    setup();
    const table = screen.getByRole('table', { name: 'March 2026' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers).toEqual([
      'MonMonday',
      'TueTuesday',
      'WedWednesday',
      'ThuThursday',
      'FriFriday',
      'SatSaturday',
      'SunSunday',
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Monday' })).toBeTruthy();
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(7); // the weekdays, then six weeks: 1 March is a Sunday
    expect(within(rows[1]!).getAllByRole('cell').at(-1)!.textContent).toMatch(/^1March 1/);
  });

  it('names each day in words: how many moments, and how they leaned', () => {
    setup();
    expect(cell('March 12: 3 moments, mostly pleasant').className).toBe('heat-pleasant-2');
    expect(cell('March 13: 1 moment, somewhat pleasant').className).toBe('heat-pleasant-1');
    expect(cell('March 16: 2 moments, in between').className).toBe('heat-neutral');
    expect(cell('March 17: 1 moment, somewhat unpleasant').className).toBe('heat-unpleasant-1');
    expect(cell('March 18: 1 moment, mostly unpleasant').className).toBe('heat-unpleasant-2');
    expect(cell('March 19: 1 moment, not placed on the map').className).toBe('heat-unplaced');
    expect(cell('March 14: no moment').className).toBe('heat-empty');
    expect(screen.getAllByRole('cell', { name: /: no moment$/ })).toHaveLength(31 - 6);
  });

  it('marks today', () => {
    setup();
    expect(cell('March 20: no moment').getAttribute('aria-current')).toBe('date');
    expect(document.querySelectorAll('[aria-current]')).toHaveLength(1);
  });

  it('sums the month up in one line', () => {
    setup();
    expect(
      screen.getByText(
        'March 2026: 9 moments, on 6 days. Days leaning pleasant: 2; in between: 1; leaning unpleasant: 2. 1 day with words only, not placed on the map.',
      ),
    ).toBeTruthy();
  });

  it('says when a month has no moment', () => {
    setup([]);
    expect(screen.getByText('No moment recorded in March 2026.')).toBeTruthy();
    expect(screen.getAllByRole('cell', { name: /: no moment$/ })).toHaveLength(31);
  });

  it('has a legend for every colour, empty days included', () => {
    setup();
    const legend = screen.getByRole('list', { name: 'Colour of a day' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'mostly unpleasant',
      'somewhat unpleasant',
      'in between',
      'somewhat pleasant',
      'mostly pleasant',
      'not placed on the map',
      'no moment',
    ]);
  });

  it('speaks French: month, weekdays and days in French', async () => {
    await i18next.changeLanguage('fr');
    setup();
    const table = screen.getByRole('table', { name: 'Mars 2026' });
    expect(within(table).getByRole('columnheader', { name: 'lundi' })).toBeTruthy();
    expect(cell('12 mars\u00a0: 3 moments, surtout agréable')).toBeTruthy();
    expect(cell('13 mars\u00a0: 1 moment, plutôt agréable')).toBeTruthy();
    expect(cell('19 mars\u00a0: 1 moment, sans place sur la carte')).toBeTruthy();
    expect(cell('14 mars\u00a0: aucun moment')).toBeTruthy();
    expect(
      screen.getByText(
        plain(
          'Mars 2026\u00a0: 9 moments, sur 6 jours. Jours plutôt agréables\u00a0: 2\u00a0; entre les deux\u00a0: 1\u00a0; plutôt désagréables\u00a0: 2. 1 jour avec des mots seulement, sans place sur la carte.',
        ),
      ),
    ).toBeTruthy();
    setup([], new Date(2026, 1, 1));
    expect(screen.getByText('Aucun moment noté en février 2026.')).toBeTruthy();
  });

  it('pages to the month before, and not beyond the current month', () => {
    const { onMonthChange } = setup();
    fireEvent.click(screen.getByRole('button', { name: 'Previous month' }));
    expect(onMonthChange).toHaveBeenCalledWith(new Date(2026, 1, 1));
    const next = screen.getByRole('button', { name: 'Next month' });
    expect(next.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(next);
    expect(onMonthChange).toHaveBeenCalledTimes(1);
  });

  it('pages forward from a past month, across a year', () => {
    const { onMonthChange } = setup([], new Date(2025, 11, 15));
    expect(screen.getByRole('table', { name: 'December 2025' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Next month' }));
    expect(onMonthChange).toHaveBeenCalledWith(new Date(2026, 0, 1));
  });

  it('waits quietly while the moments load', () => {
    setup(null);
    expect(screen.getByText('Reading the moments of this month…')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('has no axe violation, in English and in French', async () => {
    for (const language of ['en', 'fr']) {
      await i18next.changeLanguage(language);
      const { container } = setup();
      const results = await axe.run(container, {
        // happy-dom has no layout: contrast is checked against tokens.css below.
        rules: { 'color-contrast': { enabled: false } },
      });
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual(
        [],
      );
      cleanup();
    }
  });
});

describe('the calendar colours', () => {
  const tokens = readFileSync(
    // A path, not a URL: under happy-dom the global URL is the page's, which node:fs refuses.
    join(dirname(fileURLToPath(import.meta.url)), '../../renderer/src/styles/tokens.css'),
    'utf8',
  );
  /** [light, dark] of a light-dark() token. */
  const token = (name: string): [string, string] => {
    const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`).exec(tokens);
    if (!match) throw new Error(`no light-dark token --${name}`);
    return [match[1]!, match[2]!];
  };
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (hi + 0.05) / (lo + 0.05);
  };
  const fills = [
    'heat-unpleasant-2',
    'heat-unpleasant-1',
    'heat-neutral',
    'heat-pleasant-1',
    'heat-pleasant-2',
  ];

  it('keep the day number readable on every fill, in light and dark (≥ 4.5:1)', () => {
    const text = token('text');
    // Days with words only are striped with --border over --surface.
    for (const fill of [...fills, 'border', 'surface']) {
      const [light, dark] = token(fill);
      expect([fill, 'light', contrast(text[0], light) >= 4.5]).toEqual([fill, 'light', true]);
      expect([fill, 'dark', contrast(text[1], dark) >= 4.5]).toEqual([fill, 'dark', true]);
    }
    const muted = token('muted'); // the number of an empty day, on --surface
    expect(contrast(muted[0], token('surface')[0])).toBeGreaterThanOrEqual(4.5);
    expect(contrast(muted[1], token('surface')[1])).toBeGreaterThanOrEqual(4.5);
  });

  it('never paint a neutral day like an empty one, in either theme', () => {
    const neutral = token('heat-neutral');
    const surface = token('surface');
    expect(neutral[0]).not.toBe(surface[0]);
    expect(neutral[1]).not.toBe(surface[1]);
    expect(new Set(fills.map((f) => token(f)[0])).size).toBe(fills.length);
    expect(new Set(fills.map((f) => token(f)[1])).size).toBe(fills.length);
  });
});
