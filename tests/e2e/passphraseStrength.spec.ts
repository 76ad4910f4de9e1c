import type { Page, Response } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

/**
 * The strength meter of a new passphrase: zxcvbn with the UI language's dictionaries, loaded
 * only once there is something to rate, so the first screen's scripts stay small.
 */

/**
 * An option name of zxcvbn's core and a dictionary name of its common word lists: property
 * names and strings survive minifying, and our own code uses neither.
 */
const ZXCVBN_MARKERS = ['levenshteinThreshold', 'diceware-common'];
const hasZxcvbn = (text: string) => ZXCVBN_MARKERS.some((marker) => text.includes(marker));

/** Collects the page's scripts from now on, with their text. */
function recordScripts(page: Page): Array<Promise<{ url: string; text: string }>> {
  const scripts: Array<Promise<{ url: string; text: string }>> = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() === 'script' || response.url().endsWith('.js')) {
      scripts.push(response.text().then((text) => ({ url: response.url(), text })));
    }
  });
  return scripts;
}

test('the meter loads zxcvbn only when a passphrase is typed, and rates it against an offline attacker', async ({
  app,
  shoot,
}) => {
  // The first load happened in the fixture: load again while recording.
  const scripts = recordScripts(app);
  await app.reload();
  const passphrase = app.getByLabel('Choose a passphrase');
  await expect(passphrase).toBeVisible();
  const first = await Promise.all(scripts.splice(0));
  expect(first.length).toBeGreaterThan(0);
  expect(first.filter((s) => hasZxcvbn(s.text)).map((s) => s.url)).toEqual([]);

  await passphrase.fill('password');
  const meter = app.getByTestId('strength');
  await expect(meter.getByText('Strength: very weak')).toBeVisible();
  await expect(meter).toContainText('Someone who copied your journal file would need less than a minute');
  await expect(meter.getByRole('listitem')).toHaveText([
    'This is a common password: it is among the first ones tried.',
    'Add another word or two, unrelated to each other.',
  ]);
  const later = await Promise.all(scripts.splice(0));
  for (const marker of ZXCVBN_MARKERS) expect(later.some((s) => s.text.includes(marker))).toBe(true);

  await passphrase.fill('Alcove2024');
  await expect(meter.getByText('Avoid words about this app, like its name.')).toBeVisible();

  await passphrase.fill('river candle orbit maple');
  await expect(meter.getByText('Strength: strong')).toBeVisible();
  await expect(meter).toContainText('would need more than a century to guess it');
  await expect(meter.getByRole('listitem')).toHaveCount(0);

  await passphrase.fill('correct horse');
  await expect(meter.getByText('Strength: weak')).toBeVisible();
  await shoot('strength-create-en-light');
  await expectNoAxeViolations(app);
});

test.describe('in French and dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('la jauge parle français et connaît les mots français', async ({ app, shoot }) => {
    await app.getByLabel('Choisissez une phrase secrète').fill('bibliothèque');
    const meter = app.getByTestId('strength');
    await expect(meter.getByText('Robustesse\u00a0: très faible')).toBeVisible();
    await expect(meter.getByText('Un mot seul se trouve vite, même rare.')).toBeVisible();
    await app.getByLabel('Choisissez une phrase secrète').fill('chou-fleur sous la pluie');
    await expect(meter.getByText('Robustesse\u00a0: forte')).toBeVisible();
    await expect(meter).toContainText('mettrait plus d’un siècle à la deviner');
    await shoot('strength-create-fr-dark');
    await expectNoAxeViolations(app);
  });
});
