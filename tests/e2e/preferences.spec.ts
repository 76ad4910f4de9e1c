import fs from 'node:fs';
import path from 'node:path';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/**
 * Language, theme and region outlive the page: the app's renderer keeps nothing on disk (its
 * session is in memory), so the core stores these three choices, and only these, beside the vault.
 */
test('the language, theme and region chosen come back after the page forgets everything', async ({
  app,
  bridge,
}) => {
  await app.getByLabel('Language').selectOption('fr');
  await app.getByLabel('Thème').selectOption('dark');
  await app.getByRole('button', { name: 'Aide immédiate' }).click();
  await app.getByLabel('Région').selectOption('CH');
  await app.getByRole('button', { name: 'Fermer' }).click();

  await app.evaluate(() => localStorage.clear());
  await app.reload();
  await expect(app.getByRole('button', { name: 'Créer mon journal' })).toBeVisible();
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.getByRole('button', { name: 'Aide immédiate' }).click();
  await expect(app.getByLabel('Région')).toHaveValue('CH');
  await expect(app.getByText('143', { exact: true })).toBeVisible();
  const stored = JSON.parse(
    fs.readFileSync(path.join(bridge.dataDir, 'preferences.json'), 'utf8'),
  ) as unknown;
  expect(stored).toEqual({ language: 'fr', theme: 'dark', region: 'CH' });
});

test('the region is chosen while creating the journal, and the help page follows it', async ({
  app,
  bridge,
}) => {
  await app.getByLabel('Language').selectOption('fr');
  const where = app.getByLabel('Où vous vivez');
  await expect(where).toHaveAccessibleDescription(/lignes d’écoute/);
  await where.selectOption('BE');
  await app.getByRole('button', { name: 'Aide immédiate' }).click();
  await expect(app.getByLabel('Région')).toHaveValue('BE');
  await app.getByRole('button', { name: 'Fermer' }).click();
  await expect(app.getByLabel('Où vous vivez')).toHaveValue('BE');
  const stored = JSON.parse(fs.readFileSync(path.join(bridge.dataDir, 'preferences.json'), 'utf8')) as {
    region?: string;
  };
  expect(stored.region).toBe('BE');
});

test('the text size chosen scales the whole app, and comes back on the locked screen after a reload', async ({
  app,
  bridge,
  shoot,
}) => {
  const rootPx = () => app.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  const bodyPx = () => app.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(await rootPx()).toBe(16);
  expect(await bodyPx()).toBe(15);

  await createVaultAndEnter(app, 'a lamp left on in the hallway');
  await app.getByRole('button', { name: 'Security' }).click();
  const sizes = app.getByRole('group', { name: 'Text size' });
  await sizes.getByRole('radio', { name: 'Larger' }).check();
  await expect(app.getByRole('status').filter({ hasText: 'Text size changed.' })).toBeVisible();
  expect(await rootPx()).toBe(20);
  expect(await bodyPx()).toBe(18.75);
  await shoot('settings-text-size-larger-en-light');
  await expectNoAxeViolations(app);

  await app.getByRole('button', { name: 'Lock' }).click();
  await expect(app.getByRole('button', { name: 'Unlock' })).toBeVisible();
  await app.evaluate(() => localStorage.clear());
  await app.reload();
  await expect(app.getByRole('button', { name: 'Unlock' })).toBeVisible();
  expect(await rootPx()).toBe(20);
  const stored = JSON.parse(
    fs.readFileSync(path.join(bridge.dataDir, 'preferences.json'), 'utf8'),
  ) as unknown;
  expect(stored).toEqual({ fontSize: 'larger' });
});
