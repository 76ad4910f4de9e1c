import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/** Self-check-ins are opt-in; PHQ-9 item 9 above 0 opens the help page; results are kept. */
const PASSPHRASE = 'the orchard after the rain';

test('a PHQ-9 with item 9 above 0 opens the help page; the score is kept with its band', async ({
  app,
  shoot,
}) => {
  await createVaultAndEnter(app, PASSPHRASE);
  await app.getByRole('button', { name: 'Insights' }).click();
  await app.getByRole('button', { name: 'Questionnaires' }).click();
  await expect(app.getByText(/Self-check-ins are off/)).toBeVisible();
  await shoot('selfchecks-off-en-light');
  await expectNoAxeViolations(app);
  await app.getByRole('button', { name: 'Turn on self-check-ins' }).click();
  await app.getByRole('button', { name: /PHQ-9/ }).click();
  const items = app.locator('fieldset fieldset');
  await expect(items).toHaveCount(9);
  for (let i = 0; i < 9; i++) await items.nth(i).getByRole('radio', { name: 'Several days' }).check();
  await shoot('selfcheck-phq9-en-light');
  await expectNoAxeViolations(app);
  await app.getByRole('button', { name: 'See my score' }).click();
  // Item 9 answered "several days": the help page opens, saying why.
  await expect(app.getByRole('heading', { name: 'You don’t have to go through this alone' })).toBeVisible();
  await expect(app.locator('.safety .message').getByText(/You said you have had thoughts/)).toBeVisible();
  await app.getByRole('button', { name: 'Close' }).click();
  await expect(app.getByText(/Score: 9 of 27/).first()).toBeVisible();
  await expect(app.getByRole('row', { name: /PHQ-9/ })).toContainText('9 of 27');
});

test.describe('in French, dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('the WHO-5 form', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    await app.getByRole('button', { name: 'Tendances' }).click();
    await app.getByRole('button', { name: 'Questionnaires' }).click();
    await app.getByRole('button', { name: 'Activer les auto-questionnaires' }).click();
    await app.getByRole('button', { name: /WHO-5/ }).click();
    await shoot('selfcheck-who5-fr-dark');
    await expectNoAxeViolations(app);
  });
});
