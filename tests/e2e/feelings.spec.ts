import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/** Feelings named on entries, and the mirror that suggests them, through the real core. */
const PASSPHRASE = 'a lantern on the kitchen table';

test('the mirror suggests, the writer chooses, and the entry keeps what was chosen', async ({
  app,
  bridge,
  grepTree,
  shoot,
}) => {
  await createVaultAndEnter(app, PASSPHRASE);
  await app
    .getByLabel('What’s on your mind?')
    .fill('I feel so anxious about the interview tomorrow, but proud that I prepared.');

  // The mirror names what it noticed and the words that made it think so; nothing is added yet.
  const mirror = app.getByRole('region', { name: 'The mirror noticed' });
  await expect(mirror.getByText('from “anxious”')).toBeVisible();
  await expect(mirror.getByText('pride', { exact: true })).toBeVisible();
  await expect(app.getByRole('group', { name: 'How strong, from 0 to 10' })).toHaveCount(0);
  await shoot('feelings-mirror-en-light');
  await expectNoAxeViolations(app);

  // Accept one, dismiss the other, and name a third by typing.
  await mirror.getByRole('button', { name: 'Add anxiety' }).click();
  await mirror.getByRole('button', { name: 'Not this: pride' }).click();
  await expect(mirror.getByText('pride', { exact: true })).toHaveCount(0);
  await app.getByLabel('anxiety', { exact: true }).fill('7');
  await app.getByLabel('Name a feeling').fill('hop');
  await app.getByLabel('Name a feeling').press('Enter');
  await expect(app.getByLabel('hope', { exact: true })).toHaveValue('5');
  await app.keyboard.press('Control+Enter');
  await expect(app.getByText('Saved.')).toBeVisible();

  // The timeline says which feelings the entry carries; the entry shows them with intensities.
  const item = app.getByRole('list', { name: 'Entries' }).getByRole('button').first();
  await expect(item).toContainText('anxiety, hope');
  await item.click();
  const named = app.getByRole('list', { name: 'Feelings named' });
  await expect(named.getByRole('listitem')).toHaveText(['anxiety · 7/10', 'hope · 5/10']);

  // Editing keeps them, and they can be changed.
  await app.getByRole('button', { name: 'Edit' }).click();
  await app.getByRole('button', { name: 'Remove hope' }).click();
  await app.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('list', { name: 'Feelings named' }).getByRole('listitem')).toHaveText([
    'anxiety · 7/10',
  ]);

  // What the mirror read and what was named never reach the disk in clear.
  await app.getByRole('button', { name: 'Lock' }).click();
  await expect(app.getByText('Journal locked.')).toBeVisible();
  expect(grepTree(bridge.dataDir, 'anxious')).toEqual([]);
  expect(grepTree(bridge.dataDir, 'anxiety')).toEqual([]);
});

test('with the mirror turned off, nothing is suggested', async ({ app, shoot }) => {
  await createVaultAndEnter(app, PASSPHRASE);
  await app.getByRole('button', { name: 'Security' }).click();
  const toggle = app.getByLabel('Suggest words for feelings while I write');
  await expect(toggle).toBeChecked();
  await toggle.uncheck();
  await expect(app.getByText('The mirror is off.', { exact: false })).toBeVisible();
  await shoot('settings-mirror-en-light');
  await app.getByRole('button', { name: 'Back to the journal' }).click();
  await app.getByLabel('What’s on your mind?').fill('I feel so anxious about tomorrow.');
  await expect(app.getByLabel('Name a feeling')).toBeVisible();
  // Longer than the mirror's pause: had it been on, it would have spoken by now.
  await app.waitForTimeout(1500);
  await expect(app.getByRole('region', { name: 'The mirror noticed' })).toHaveCount(0);
});

test.describe('in French, dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('the mirror reads French, with its negations', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    await app
      .getByLabel(/Qu’avez-vous en tête/)
      .fill('Je ne suis pas du tout en colère. Je me sens tellement seule ce soir.');
    const mirror = app.getByRole('region', { name: 'Le miroir a remarqué' });
    await expect(mirror.getByText(/d’après «\s?[^»]*seule\s?»/)).toBeVisible();
    await expect(mirror.getByText('colère', { exact: true })).toHaveCount(0);
    await mirror.getByRole('button', { name: /Ajouter\s?: solitude/ }).click();
    await shoot('feelings-mirror-fr-dark');
    await expectNoAxeViolations(app);
  });
});
