import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

/** A prompt to write from, above a new entry: explained, rotating, and the sensitive pack asks first. */
const PASSPHRASE = 'the tide comes in twice a day';

async function createVault(page: Page, fr = false) {
  await page.getByLabel(fr ? 'Choisissez une phrase secrète' : 'Choose a passphrase').fill(PASSPHRASE);
  await page.getByLabel(fr ? 'Répétez la phrase secrète' : 'Repeat the passphrase').fill(PASSPHRASE);
  await page.getByRole('button', { name: fr ? 'Créer mon journal' : 'Create my journal' }).click();
  const key = (await page.getByTestId('recovery-key').textContent())!.trim();
  await page
    .getByLabel(
      fr ? 'Je l’ai notée et je la garde en lieu sûr' : 'I wrote it down and keep it somewhere safe',
    )
    .check();
  await page
    .getByLabel(
      fr ? 'Pour vérifier, tapez le dernier groupe de la clé' : 'To be sure, type the last group of the key',
    )
    .fill(key.split(' ').at(-1)!);
  await page.getByRole('button', { name: fr ? 'Accéder à mon journal' : 'Continue to my journal' }).click();
}

test('a prompt from a pack becomes the entry’s title, and another one is a click away', async ({
  app,
  shoot,
}) => {
  await createVault(app);
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
    await createVault(app, true);
    await expect(
      app.getByRole('complementary', { name: 'Une piste d’écriture, si vous voulez' }),
    ).toBeVisible();
    await shoot('prompt-fr-dark');
    await expectNoAxeViolations(app);
  });
});
