import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/**
 * The safety screen is one click from every screen (create, unlock, journal, security), shows the
 * region's crisis lines as plain text, keeps what was on screen underneath (an unsaved draft
 * survives), and holds a personal safety plan that lives encrypted in the vault.
 */
const PASSPHRASE = 'a quiet room with the window open';
const PLAN_ITEM = 'I stop answering messages from friends';

async function openHelp(page: Page, name = 'Help now') {
  await page.getByRole('button', { name }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

test('from every screen, the crisis lines are one click away, and the screen underneath is kept', async ({
  app,
  bridge,
  shoot,
  grepTree,
}) => {
  // Before any journal exists: the create screen, with a half-typed passphrase.
  await app.getByLabel('Choose a passphrase').fill('half typed');
  await openHelp(app);
  await expect(app.getByRole('heading', { name: 'You don’t have to go through this alone' })).toBeVisible();
  await expect(app.getByText('988').first()).toBeVisible(); // en-US → United States
  await app.getByLabel('Region').selectOption('FR');
  await expect(app.getByText('3114', { exact: true })).toBeVisible();
  await expect(app.getByText(/Unlock your journal to see your safety plan/)).toBeVisible();
  await expect(app.locator('a[href]')).toHaveCount(0); // numbers are text, never links
  await shoot('safety-en-light');
  await expectNoAxeViolations(app);
  await app.getByRole('button', { name: 'Close' }).click();
  await expect(app.getByLabel('Choose a passphrase')).toHaveValue('half typed');

  // In the journal, with an unsaved draft: the plan is there to write.
  await app.getByLabel('Choose a passphrase').fill('');
  await createVaultAndEnter(app, PASSPHRASE);
  await app.getByLabel('What’s on your mind?').fill('a draft not saved yet');
  await openHelp(app);
  await expect(app.getByLabel('Region')).toHaveValue('FR'); // the choice was kept
  await app.getByLabel('New item in “Signs that a hard moment is coming”').fill(PLAN_ITEM);
  await app.getByRole('button', { name: 'Add to “Signs that a hard moment is coming”' }).click();
  await app.getByRole('button', { name: 'Save my plan' }).click();
  await expect(app.getByText('Saved.', { exact: true })).toBeVisible();
  await shoot('safety-plan-en-light');
  await expectNoAxeViolations(app);
  await app.getByRole('button', { name: 'Close' }).click();
  await expect(app.getByLabel('What’s on your mind?')).toHaveText('a draft not saved yet');

  // The security screen has it too.
  await app.getByRole('button', { name: 'Security' }).click();
  await openHelp(app);
  await app.getByRole('button', { name: 'Close' }).click();

  // Locked: the lines are there, the plan is not; unlocked again, the plan is.
  await app.getByRole('button', { name: 'Lock' }).click();
  expect(grepTree(bridge.dataDir, PLAN_ITEM)).toEqual([]);
  await openHelp(app);
  await expect(app.getByText('3114', { exact: true })).toBeVisible();
  await expect(app.getByText(PLAN_ITEM)).toHaveCount(0);
  await app.getByRole('button', { name: 'Close' }).click();
  await app.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await app.getByRole('button', { name: 'Unlock' }).click();
  await openHelp(app);
  await expect(app.getByText(PLAN_ITEM)).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in French, ${colorScheme}`, () => {
    test.use({ locale: 'fr-FR', colorScheme });
    test('the safety screen and its exercises', async ({ app, shoot }) => {
      await openHelp(app, 'Aide immédiate');
      await expect(app.getByText('3114', { exact: true })).toBeVisible();
      await shoot(`safety-fr-${colorScheme}`);
      await expectNoAxeViolations(app);
      await app.getByRole('button', { name: 'Commencer' }).click();
      await expect(app.getByText('Inspirez').first()).toBeVisible();
      await app.getByRole('button', { name: 'Suivant' }).click();
      await expect(app.getByText('4 choses que vous pouvez toucher')).toBeVisible();
      await shoot(`safety-exercises-fr-${colorScheme}`);
      await expectNoAxeViolations(app);
    });
  });
}
