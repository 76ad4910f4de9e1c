import fs from 'node:fs';
import path from 'node:path';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/**
 * Automatic backups through the real core: switched on in Security and privacy, the folder
 * picked in the bridge's stand-in for the native folder dialog (`<dialogDir>/automatic`), the
 * first backup written in the background and reported on the status line.
 */
const PASSPHRASE = 'salt marsh at low tide';
const SECRET_LINE = 'The heron left before dawn.';
const AUTO_NAME = /^alcove-auto-\d{4}-\d{2}-\d{2}T\d{4}[+-]\d{4}\.alcove$/;

test('switched on, it writes an encrypted backup to the chosen folder and says when', async ({
  app,
  bridge,
  shoot,
  grepTree,
}) => {
  await createVaultAndEnter(app, PASSPHRASE);
  await app.getByLabel('Title', { exact: true }).fill('Heron');
  await app.getByLabel('What’s on your mind?').fill(SECRET_LINE);
  await app.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(app.getByRole('navigation').getByText('Heron', { exact: true })).toBeVisible();
  await app.getByRole('button', { name: 'Security' }).click();

  const auto = app.getByRole('region', { name: 'Automatic backups' });
  const toggle = auto.getByRole('checkbox', { name: 'Back up automatically' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await expect(auto.getByText(/^Last automatic backup: today .+ · 1 kept$/)).toBeVisible();

  const folder = path.join(bridge.dialogDir, 'automatic');
  await expect(auto.getByText(folder, { exact: true })).toBeVisible();
  const files = fs.readdirSync(folder);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(AUTO_NAME);
  expect(fs.statSync(path.join(folder, files[0]!)).mode & 0o777).toBe(0o600);
  expect(grepTree(folder, 'heron')).toEqual([]);

  await expect(auto.getByRole('radio', { name: 'Every day' })).toBeChecked();
  await auto.getByRole('radio', { name: 'Every week' }).check();
  await expect(auto.getByText('Saved.')).toBeVisible();
  const keep = auto.getByRole('spinbutton', { name: 'Backups to keep' });
  await expect(keep).toHaveValue('7');
  await keep.fill('60');
  await keep.press('Enter');
  await expect(auto.getByRole('alert')).toHaveText('Choose a number from 1 to 52.');
  await keep.fill('3');
  await keep.press('Enter');
  await expect(auto.getByText('Saved.')).toBeVisible();
  await shoot('auto-backup-en-light');
  await expectNoAxeViolations(app);

  // Kept in the journal's encrypted settings: there again after closing and reopening.
  await app.getByRole('button', { name: 'Back to the journal' }).click();
  await app.getByRole('button', { name: 'Security' }).click();
  await expect(auto.getByRole('radio', { name: 'Every week' })).toBeChecked();
  await expect(keep).toHaveValue('3');
  await expect(auto.getByText(/^Last automatic backup: today .+ · 1 kept$/)).toBeVisible();
  expect(grepTree(bridge.dataDir, folder)).toEqual([]);

  await toggle.uncheck();
  await expect(auto.getByText('Automatic backups are off.', { exact: false })).toBeVisible();
  expect(fs.readdirSync(folder)).toEqual(files);
});

test.describe('in French and dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('a folder that has gone is said plainly, and « Sauvegarder maintenant » tries again', async ({
    app,
    bridge,
    shoot,
  }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    await app.getByRole('button', { name: 'Sécurité' }).click();
    const auto = app.getByRole('region', { name: 'Sauvegardes automatiques' });
    await auto.getByRole('checkbox', { name: 'Sauvegarder automatiquement' }).check();
    await expect(
      auto.getByText(/^Dernière sauvegarde automatique\u00a0: aujourd’hui à .+ · 1 gardée$/),
    ).toBeVisible();
    await shoot('auto-backup-fr-dark');
    await expectNoAxeViolations(app);

    // The drive is unplugged: the backup fails, says why, and nothing is created in its place.
    const folder = path.join(bridge.dialogDir, 'automatic');
    fs.renameSync(folder, `${folder}-unplugged`);
    await auto.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    const alert = auto.getByRole('alert');
    await expect(alert).toContainText(
      `Impossible d’écrire dans le dossier ${folder}\u00a0: il est introuvable.`,
    );
    await expect(alert).toContainText('Les sauvegardes déjà présentes sont intactes.');
    expect(fs.existsSync(folder)).toBe(false);
    await shoot('auto-backup-error-fr-dark');
    await expectNoAxeViolations(app);

    // Plugged back in: it works again (in the same minute, the new file replaces the first one).
    fs.renameSync(`${folder}-unplugged`, folder);
    await alert.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await expect(auto.getByRole('alert')).toHaveCount(0);
    await expect(
      auto.getByText(/^Dernière sauvegarde automatique\u00a0: aujourd’hui à .+ · \d+ gardées?$/),
    ).toBeVisible();
    expect(fs.readdirSync(folder).length).toBeGreaterThanOrEqual(1);
  });
});
