import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/** A prompt to write from, above a new entry: explained, rotating, and the sensitive pack asks first. */
const PASSPHRASE = 'the tide comes in twice a day';

test('a prompt from a pack becomes the entry’s title, and another one is a click away', async ({
  app,
  shoot,
}) => {
  await createVaultAndEnter(app, PASSPHRASE);
  const card = app.getByRole('complementary', { name: 'A prompt, if you like' });
  const text = card.locator('.prompt-text');
  const first = (await text.textContent())!;
  expect(first.length).toBeGreaterThan(10);
  await expect(
    card.getByText(/^(Suggested because it is (morning|evening)|Today’s prompt from this pack) · /),
  ).toBeVisible();
  await card.getByRole('button', { name: 'Another prompt' }).click();
  await expect(text).not.toHaveText(first);
  const second = (await text.textContent())!;
  await card.getByRole('button', { name: 'Write about this' }).click();
  await expect(app.getByLabel('Title', { exact: true })).toHaveValue(second);
  await expect(app.getByLabel('What’s on your mind?')).toBeFocused();
  await app.keyboard.type('Answering the prompt.');
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(app.getByRole('navigation').getByText(second)).toBeVisible();
  await shoot('prompt-en-light');
  await expectNoAxeViolations(app);

  await card.getByLabel('Pack').selectOption('sexuality-self-exploration');
  await expect(text).toHaveCount(0);
  await card.getByRole('button', { name: 'Show these prompts' }).click();
  await expect(text).toBeVisible();
  await expect(card.getByText(/Sexology/)).toBeVisible();
});

test('an entry remembers the pack it was written from, and the timeline filters by pack', async ({
  app,
  shoot,
}) => {
  await createVaultAndEnter(app, PASSPHRASE);
  const card = app.getByRole('complementary', { name: 'A prompt, if you like' });
  const timeline = app.getByRole('list', { name: 'Entries' });
  const save = app.getByRole('button', { name: 'Save', exact: true });
  await expect(card.getByLabel('Pack')).toHaveValue('daily-reflection');

  // Written from a prompt of the daily reflection pack: the composer says so before saving.
  await card.getByRole('button', { name: 'Write about this' }).click();
  await expect(app.getByText('Writing from a prompt of “Daily reflection”')).toBeVisible();
  await app.getByLabel('Title', { exact: true }).fill('From the daily pack');
  await app.getByLabel('What’s on your mind?').fill('A calm evening, finally.');
  await save.click();
  await expect(timeline.getByText('From the daily pack')).toBeVisible();

  // A prompt taken then detached with the ×: the entry is a plain one.
  await card.getByRole('button', { name: 'Write about this' }).click();
  await app.getByRole('button', { name: 'Detach the prompt from this entry' }).click();
  await expect(app.getByText('Writing from a prompt of “Daily reflection”')).toHaveCount(0);
  await app.getByLabel('Title', { exact: true }).fill('Detached from its prompt');
  await app.getByLabel('What’s on your mind?').fill('Just writing.');
  await save.click();
  await expect(timeline.getByText('Detached from its prompt')).toBeVisible();

  await timeline.getByText('From the daily pack').click();
  await expect(app.getByText('Written from a prompt of “Daily reflection”')).toBeVisible();
  await timeline.getByText('Detached from its prompt').click();
  await expect(app.getByRole('heading', { name: 'Detached from its prompt' })).toBeVisible();
  await expect(app.getByText(/^Written from a prompt/)).toHaveCount(0);
  await timeline.getByText('From the daily pack').click();

  const show = app.getByRole('combobox', { name: 'Show' });
  await show.selectOption({ label: 'Daily reflection' });
  await expect(timeline.getByRole('button')).toHaveCount(1);
  await expect(timeline).toContainText('From the daily pack');
  await shoot('prompt-origin-en-light');
  await expectNoAxeViolations(app);
  await show.selectOption({ label: 'Gratitude and savouring' });
  await expect(app.getByText('Nothing written from this pack yet.')).toBeVisible();
  await show.selectOption({ label: 'All entries' });
  await expect(timeline.getByRole('button')).toHaveCount(2);
});

test.describe('in French, dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('the prompt card', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    await expect(
      app.getByRole('complementary', { name: 'Une piste d’écriture, si vous voulez' }),
    ).toBeVisible();
    await shoot('prompt-fr-dark');
    await expectNoAxeViolations(app);
  });

  test('the pack an entry was written from, and the filter by pack', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    const card = app.getByRole('complementary', { name: 'Une piste d’écriture, si vous voulez' });
    await card.getByRole('button', { name: 'Écrire là-dessus' }).click();
    await expect(
      app.getByText('Vous écrivez à partir d’une piste de «\u00a0Réflexion du jour\u00a0»'),
    ).toBeVisible();
    await app.getByLabel('Qu’avez-vous en tête\u00a0?').fill('Une soirée calme, enfin.');
    await app.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    const timeline = app.getByRole('list', { name: 'Entrées' });
    await timeline.getByRole('button').first().click();
    await expect(
      app.getByText('Écrit à partir d’une piste de «\u00a0Réflexion du jour\u00a0»'),
    ).toBeVisible();
    await app.getByRole('combobox', { name: 'Afficher' }).selectOption({ label: 'Réflexion du jour' });
    await expect(timeline.getByRole('button')).toHaveCount(1);
    await shoot('prompt-origin-fr-dark');
    await expectNoAxeViolations(app);
  });
});
