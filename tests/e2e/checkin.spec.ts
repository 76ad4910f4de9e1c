import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

/** Emotion check-ins through the real core: by keyboard in a handful of keys, and by mouse. */
const PASSPHRASE = 'a lantern on the kitchen table';

async function createVault(
  page: Page,
  s = {
    passphrase: 'Choose a passphrase',
    repeat: 'Repeat the passphrase',
    create: 'Create my journal',
    wrote: 'I wrote it down and keep it somewhere safe',
    last: 'To be sure, type the last group of the key',
    go: 'Continue to my journal',
  },
) {
  await page.getByLabel(s.passphrase).fill(PASSPHRASE);
  await page.getByLabel(s.repeat).fill(PASSPHRASE);
  await page.getByRole('button', { name: s.create }).click();
  const key = (await page.getByTestId('recovery-key').textContent())!.trim();
  await page.getByLabel(s.wrote).check();
  await page.getByLabel(s.last).fill(key.split(' ').at(-1)!);
  await page.getByRole('button', { name: s.go }).click();
}

test('a check-in by keyboard alone takes six key presses, and is listed', async ({ app, shoot }) => {
  await createVault(app);
  await expect(app.getByLabel('What’s on your mind?')).toBeFocused();
  const started = Date.now();
  let keys = 0;
  const press = async (key: string) => {
    keys++;
    await app.keyboard.press(key);
  };
  await press('Control+E');
  await expect(app.getByLabel('Find a word for it')).toBeFocused();
  for (const letter of 'anx') await press(letter);
  await press('Enter');
  await expect(app.getByRole('button', { name: 'anxiety', pressed: true })).toBeVisible();
  await press('Control+Enter');
  await expect(app.getByText('Check-in saved.')).toBeVisible();
  test
    .info()
    .annotations.push({ type: 'keyboard check-in', description: `${keys} keys, ${Date.now() - started} ms` });
  expect(keys).toBe(6);
  const recent = app.getByRole('list').filter({ hasText: 'anxiety · 5' });
  await expect(recent).toBeVisible();

  // With the mouse: two words, an intensity, the map, a context tag and a note.
  await app.getByRole('button', { name: 'relief' }).click();
  await app.getByRole('button', { name: 'tiredness' }).click();
  await app.getByLabel('relief', { exact: true }).fill('8');
  await app.getByLabel('Unpleasant ↔ pleasant').fill('2');
  await app.getByLabel('Low ↔ high energy').fill('-1');
  await app.getByRole('button', { name: 'sleep' }).click();
  await app.getByLabel('A note (optional)').fill('After the long walk.');
  await shoot('checkin-en-light');
  await expectNoAxeViolations(app);
  await app.getByRole('button', { name: 'Save the check-in' }).click();
  await expect(app.getByRole('list').getByText('relief · 8')).toBeVisible();
  await expect(app.getByRole('list').getByText('Pleasantness 2, energy -1')).toBeVisible();

  // A fourth word cannot be added to three.
  for (const word of ['calm', 'hope', 'pride'])
    await app.getByRole('button', { name: word, exact: true }).click();
  await expect(app.getByRole('button', { name: 'joy', exact: true })).toBeDisabled();
});

test.describe('in French, dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('the check-in screen', async ({ app, shoot }) => {
    await createVault(app, {
      passphrase: 'Choisissez une phrase secrète',
      repeat: 'Répétez la phrase secrète',
      create: 'Créer mon journal',
      wrote: 'Je l’ai notée et je la garde en lieu sûr',
      last: 'Pour vérifier, tapez le dernier groupe de la clé',
      go: 'Accéder à mon journal',
    });
    await app.getByRole('button', { name: 'Mon ressenti' }).click();
    await app.getByLabel('Trouver le mot juste').fill('anxiete');
    await app.keyboard.press('Enter');
    await expect(app.getByRole('button', { name: 'anxiété', pressed: true })).toBeVisible();
    await shoot('checkin-fr-dark');
    await expectNoAxeViolations(app);
  });
});
