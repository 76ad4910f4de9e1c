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
});
