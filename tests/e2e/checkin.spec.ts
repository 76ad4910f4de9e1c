import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/** Emotion check-ins through the real core: by keyboard in a handful of keys, and by mouse. */
const PASSPHRASE = 'a lantern on the kitchen table';

test('a check-in by keyboard alone takes six key presses, and is listed', async ({ app, shoot }) => {
  await createVaultAndEnter(app, PASSPHRASE);
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
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    await app.getByRole('button', { name: 'Mon ressenti' }).click();
    await app.getByLabel('Trouver le mot juste').fill('anxiete');
    await app.keyboard.press('Enter');
    await expect(app.getByRole('button', { name: 'anxiété', pressed: true })).toBeVisible();
    await shoot('checkin-fr-dark');
    await expectNoAxeViolations(app);
  });
});

test('two low weeks bring a gentle word and the help page, never a diagnosis', async ({ app }) => {
  await createVaultAndEnter(app, PASSPHRASE);
  const added = await app.evaluate(async () => {
    let ok = 0;
    for (let day = 1; day <= 9; day++) {
      const at = new Date(Date.now() - day * 86_400_000).toISOString();
      const draft = {
        valence: -2,
        energy: -2,
        labels: [{ id: 'sadness', intensity: 6 }],
        note: '',
        context: [],
      };
      if ((await window.alcove!.invoke('checkins:add', { ...draft, at })).ok) ok++;
    }
    return ok;
  });
  expect(added).toBe(9);
  await app.getByRole('button', { name: 'Check in' }).click();
  const notice = app.getByRole('status').filter({ hasText: 'In the last 14 days' });
  await expect(notice).toContainText('on 9 days, and on 9 of them');
  await notice.getByRole('button', { name: 'Open the help page' }).click();
  await expect(app.locator('.safety').getByText(/^In the last 14 days/)).toBeVisible();
});
