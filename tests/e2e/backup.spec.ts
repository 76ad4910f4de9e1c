import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/**
 * Backups through the real core: write an encrypted backup from the Security screen, then, when
 * the journal's file is damaged, take the offer on the unlock screen and restore it. The native
 * save/open dialogs are the bridge's stand-ins (a folder); everything else is the app's own path.
 */
const PASSPHRASE = 'salt marsh at low tide';
const SECRET_LINE = 'Only the heron knows about this.';

async function createWriteAndOpenSecurity(page: Page) {
  await createVaultAndEnter(page, PASSPHRASE);
  await page.getByLabel('Title', { exact: true }).fill('Heron');
  await page.getByLabel('What’s on your mind?').fill(SECRET_LINE);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('navigation').getByText('Heron', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Security' }).click();
}

test('a damaged journal is restored from the backup the user made, after checking the whole file', async ({
  app,
  bridge,
  shoot,
  grepTree,
}) => {
  await createWriteAndOpenSecurity(app);
  const backups = app.getByRole('region', { name: 'Backups', exact: true });
  await backups.getByRole('button', { name: 'Back up now…' }).click();
  await expect(backups.getByRole('status')).toContainText(
    /Backup written: alcove-backup-\d{4}-\d{2}-\d{2}\.alcove/,
  );
  await shoot('backup-written-en-light');
  await expectNoAxeViolations(app);
  const [file] = fs.readdirSync(bridge.dialogDir);
  expect(file).toMatch(/\.alcove$/);
  expect(grepTree(bridge.dialogDir, 'heron')).toEqual([]);

  // The disk fails: the journal's file loses its second half while the journal is locked.
  await app.getByRole('button', { name: 'Lock' }).click();
  const vaultFile = path.join(bridge.dataDir, 'vault', 'journal.db');
  fs.truncateSync(vaultFile, Math.floor(fs.statSync(vaultFile).size / 2));
  await app.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await app.getByRole('button', { name: 'Unlock' }).click();
  await expect(app.getByRole('alert')).toContainText('damaged');
  await shoot('unlock-damaged-en-light');
  await expectNoAxeViolations(app);

  await app.getByRole('button', { name: 'Restore from a backup', exact: true }).click();
  await app.getByRole('button', { name: 'Choose a backup file…' }).click();
  await expect(app.getByText(file!)).toBeVisible();
  await expect(app.getByText(/opens with the passphrase or recovery key the journal had/)).toBeVisible();
  await app.getByLabel('Passphrase at the time of the backup').fill('not it at all');
  await app.getByRole('button', { name: 'Check and restore' }).click();
  await expect(app.getByRole('alert')).toHaveText('That passphrase doesn’t open this backup.');
  await shoot('restore-en-light');
  await expectNoAxeViolations(app);

  await app.getByLabel('Passphrase at the time of the backup').fill(PASSPHRASE);
  await app.getByRole('button', { name: 'Check and restore' }).click();
  await app.getByRole('navigation').getByText('Heron', { exact: true }).click();
  await expect(app.getByRole('article').getByText(SECRET_LINE)).toBeVisible();
  // The damaged file was replaced; the one it replaced is gone once the restored one opened.
  expect(fs.readdirSync(path.dirname(vaultFile)).filter((f) => f.includes('previous'))).toEqual([]);
});

test.describe('in French and dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test('the restore screen, offered before a journal exists', async ({ app, shoot }) => {
    await app.getByRole('button', { name: 'Vous avez déjà une sauvegarde\u00a0? La restaurer…' }).click();
    await expect(app.getByRole('heading', { name: 'Restaurer une sauvegarde' })).toBeVisible();
    await shoot('restore-fr-dark');
    await expectNoAxeViolations(app);
    // No backup in the folder: the stand-in dialog is "cancelled", nothing happens.
    await app.getByRole('button', { name: 'Choisir un fichier de sauvegarde…' }).click();
    await expect(app.getByRole('alert')).toHaveCount(0);
    await app.getByRole('button', { name: 'Retour' }).click();
    await expect(app.getByRole('button', { name: 'Créer mon journal' })).toBeVisible();
  });
});
