import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/**
 * Discreet mode through the real core: switched on in Security, kept beside the vault (so it
 * applies before unlock), a neutral title on every screen, a locked screen with no app name,
 * and Ctrl+Shift+H that locks at once from the journal. The window's own title and content
 * protection are the Electron adapter's (electron/main/window.ts, policy tested in
 * tests/core/shellPolicy.test.ts); this is everything the page does.
 */
const PASSPHRASE = 'lantern over the quiet harbour';
const SECRET_TITLE = 'What I could not say';

async function expectNeutral(app: Page, help: string) {
  await expect(app).toHaveTitle('Notes');
  await expect(app.locator('body')).not.toContainText('Alcove');
  // Help stays one click away (CONTENT.md rule 3), only worded plainly.
  await expect(app.getByRole('button', { name: help, exact: true })).toBeVisible();
}

test('discreet mode: a neutral title everywhere, an instant lock, a locked screen that names nothing', async ({
  app,
  bridge,
  shoot,
}) => {
  await createVaultAndEnter(app, PASSPHRASE);
  await expect(app).toHaveTitle('Alcove');
  await app.getByLabel('Title', { exact: true }).fill(SECRET_TITLE);
  await app.getByLabel('What’s on your mind?').fill('A line nobody else should read.');
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(app.getByRole('navigation').getByText(SECRET_TITLE)).toBeVisible();

  await app.getByRole('button', { name: 'Security' }).click();
  const section = app.getByRole('region', { name: 'Discreet mode' });
  const toggle = section.getByRole('checkbox', { name: 'Discreet mode' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(section.getByRole('status')).toHaveText('Discreet mode is on.');
  await expect(app).toHaveTitle('Notes');
  await expect(app.getByRole('banner')).not.toContainText('Alcove');
  await expect(section).toContainText('On Linux, this part has no effect.');
  await shoot('discreet-settings-en-light');
  await expectNoAxeViolations(app);
  expect(JSON.parse(fs.readFileSync(path.join(bridge.dataDir, 'preferences.json'), 'utf8'))).toEqual({
    discreet: true,
  });

  // From the journal, in the middle of writing: the entry leaves the page at once.
  await app.getByRole('button', { name: 'Back to the journal' }).click();
  await app.getByRole('button', { name: 'New entry' }).click();
  await app.getByLabel('What’s on your mind?').fill('half a sentence');
  await app.keyboard.press('Control+Shift+H');
  await expect(app.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expect(app.getByText(SECRET_TITLE)).toHaveCount(0);
  await expect(app.getByText('Your notes are locked.')).toBeVisible();
  await expectNeutral(app, 'Help');
  await shoot('discreet-unlock-en-light');
  await expectNoAxeViolations(app);

  // The core locked too, not only the page: a fresh page finds the vault locked.
  await app.evaluate(() => localStorage.clear());
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expectNeutral(app, 'Help');

  await app.getByRole('button', { name: 'Help', exact: true }).click();
  await expect(app.getByRole('heading', { name: 'You don’t have to go through this alone' })).toBeVisible();
  await expect(app).toHaveTitle('Notes');
  await app.getByRole('button', { name: 'Close' }).click();

  // Unlocked again, still discreet; switched off, the name comes back.
  await app.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await app.getByRole('button', { name: 'Unlock' }).click();
  await expect(app.getByRole('navigation').getByText(SECRET_TITLE)).toBeVisible();
  await expect(app).toHaveTitle('Notes');
  await app.getByRole('button', { name: 'Security' }).click();
  await expect(toggle).toBeChecked(); // loaded: uncheck() on the disabled, unticked box would do nothing
  await toggle.uncheck();
  await expect(section.getByRole('status')).toHaveText('Discreet mode is off.');
  await expect(app).toHaveTitle('Alcove');
  await expect(app.getByRole('banner')).toContainText('Alcove');
});

test('Ctrl+Shift+H locks at once even with discreet mode off, and does nothing harmful before a vault exists', async ({
  app,
}) => {
  await app.keyboard.press('Control+Shift+H');
  await expect(app.getByRole('button', { name: 'Create my journal' })).toBeVisible();
  await createVaultAndEnter(app, PASSPHRASE);
  await app.getByRole('button', { name: 'Help now' }).click();
  await app.keyboard.press('Control+Shift+H');
  // The safety screen closes with the journal: what is left is the plain unlock screen.
  await expect(app.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expect(app.getByRole('heading', { name: 'You don’t have to go through this alone' })).toHaveCount(0);
  await expect(app.getByText('Journal locked.')).toBeVisible();
  await expect(app).toHaveTitle('Alcove');
});

test.describe('in French and dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('le mode discret se règle, et l’écran verrouillé ne nomme rien', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    await app.getByRole('button', { name: 'Sécurité' }).click();
    const section = app.getByRole('region', { name: 'Mode discret' });
    await section.getByRole('checkbox', { name: 'Mode discret' }).check();
    await expect(section.getByRole('status')).toHaveText('Mode discret activé.');
    await expect(app).toHaveTitle('Notes');
    await shoot('discreet-settings-fr-dark');
    await expectNoAxeViolations(app);

    await app.keyboard.press('Control+Shift+H');
    await expect(app.getByRole('heading', { name: 'Bon retour' })).toBeVisible();
    await expect(app.getByText('Vos notes sont verrouillées.')).toBeVisible();
    await expectNeutral(app, 'Aide');
    await shoot('discreet-unlock-fr-dark');
    await expectNoAxeViolations(app);

    // The preference outlives the page: the core gives it back before the first screen.
    await app.evaluate(() => localStorage.clear());
    await app.reload();
    await expect(app.getByText('Vos notes sont verrouillées.')).toBeVisible();
    await expectNeutral(app, 'Aide');
  });
});
