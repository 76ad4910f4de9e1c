import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/** Insights through the real core, with a month of check-ins seeded through the page's own bridge. */
const PASSPHRASE = 'the hedge behind the house';

/** 40 check-ins over the last 28 days: anxious on work days, calmer at weekends, some words only. */
async function seed(page: Page) {
  return page.evaluate(async () => {
    const now = Date.now();
    let added = 0;
    for (let i = 0; i < 40; i++) {
      const at = new Date(now - (i * 17 + 3) * 3_600_000);
      const weekend = at.getDay() === 0 || at.getDay() === 6;
      const draft =
        i % 5 === 4
          ? {
              valence: null,
              energy: null,
              labels: [{ id: 'tiredness', intensity: 4 }],
              note: '',
              context: ['sleep'],
            }
          : {
              valence: weekend ? 2 : -2 + (i % 3),
              energy: weekend ? -1 : 2,
              labels: [{ id: weekend ? 'calm' : 'anxiety', intensity: 3 + (i % 6) }],
              note: '',
              context: weekend ? ['friends'] : ['work'],
            };
      const result = await window.alcove!.invoke('checkins:add', { ...draft, at: at.toISOString() });
      if (result.ok) added++;
    }
    return added;
  });
}

test('charts of a month of check-ins, with n, tables for screen readers, and three periods', async ({
  app,
  shoot,
}) => {
  await createVaultAndEnter(app, PASSPHRASE);
  expect(await seed(app)).toBe(40);
  await app.getByRole('button', { name: 'Insights' }).click();
  await expect(app.getByText('Based on 40 check-ins.')).toBeVisible();
  // Real SVG charts, drawn: lines for the mood, stacked bars for the quarters.
  await expect(app.locator('.recharts-line-curve').first()).toBeVisible();
  await expect(app.locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(app.getByRole('table', { name: 'Pleasantness and energy' })).toBeAttached();
  const words = app.getByRole('region', { name: 'Words named most often' });
  await expect(words.getByRole('listitem').first()).toContainText('anxiety');
  await expect(app.getByRole('row', { name: /work/ })).toContainText('anxiety');
  // The week in the user's own words, and the month day by day, with named cells.
  await expect(app.getByRole('heading', { name: 'This week, in your own words' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Day by day' })).toBeVisible();
  // The calendar opens on this month; early on the 1st, the newest check-in (3 hours ago) is
  // still in the previous one.
  const newestInThisMonth = await app.evaluate(
    () => new Date(Date.now() - 3 * 3_600_000).getMonth() === new Date().getMonth(),
  );
  if (!newestInThisMonth) await app.getByRole('button', { name: 'Previous month' }).click();
  await expect(app.getByRole('cell', { name: /: \d+ moments?, / }).first()).toBeVisible();
  await shoot('insights-en-light');
  await expectNoAxeViolations(app);
  await app.getByRole('radio', { name: 'Last 12 weeks' }).check();
  await expect(app.getByText('Based on 40 check-ins.')).toBeVisible();
  await app.getByRole('radio', { name: 'Last 12 months' }).check();
  // A month or two of data: one or two points per line.
  await expect(app.locator('.recharts-line-dots circle').first()).toBeVisible();
});

test.describe('in French, dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('the insights screen', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    await seed(app);
    await app.getByRole('button', { name: 'Tendances' }).click();
    await expect(app.getByText('D’après 40 ressentis.')).toBeVisible();
    await shoot('insights-fr-dark');
    await expectNoAxeViolations(app);
  });
});
