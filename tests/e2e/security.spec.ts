import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';

/** The security screen through the real core: change the passphrase, replace keys, idle lock. */
const FIRST = 'a first passphrase by the lake';
const SECOND = 'a second passphrase under the pines';

async function createAndEnter(page: Page): Promise<string> {
  await page.getByLabel('Choose a passphrase').fill(FIRST);
  await page.getByLabel('Repeat the passphrase').fill(FIRST);
  await page.getByRole('button', { name: 'Create my journal' }).click();
  const key = (await page.getByTestId('recovery-key').textContent())!.trim();
  await page.getByLabel('I wrote it down and keep it somewhere safe').check();
  await page.getByLabel('To be sure, type the last group of the key').fill(key.split(' ').at(-1)!);
  await page.getByRole('button', { name: 'Continue to my journal' }).click();
  await page.getByLabel('What’s on your mind?').fill('Still here after every change.');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByRole('button', { name: 'Security' }).click();
  return key;
}

async function lockAndUnlock(page: Page, method: 'passphrase' | 'recovery', secret: string) {
  await page.getByRole('button', { name: 'Lock' }).click();
  if (method === 'recovery') await page.getByRole('button', { name: 'Use my recovery key instead' }).click();
  await page
    .getByLabel(method === 'passphrase' ? 'Passphrase' : 'Recovery key', { exact: true })
    .fill(secret);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

test('changing the passphrase: the new one opens the journal, the old one no longer does', async ({
  app,
  shoot,
}) => {
  await createAndEnter(app);
  await shoot('security-en-light');
  await expectNoAxeViolations(app);
  const section = app.getByRole('region', { name: 'Change the passphrase' });
  await section.getByLabel('Current passphrase').fill(FIRST);
  await section.getByLabel('New passphrase', { exact: true }).fill(SECOND);
  await section.getByLabel('Repeat the new passphrase').fill(SECOND);
  await section.getByRole('button', { name: 'Change the passphrase' }).click();
  await expect(section.getByRole('status')).toContainText('Passphrase changed');

  await lockAndUnlock(app, 'passphrase', FIRST);
  await expect(app.getByRole('alert')).toContainText('doesn’t open this journal');
  await app.getByLabel('Passphrase', { exact: true }).fill(SECOND);
  await app.getByRole('button', { name: 'Unlock' }).click();
  await expect(app.getByRole('navigation').getByText('Still here after every change')).toBeVisible();
});

test('re-encrypting everything shows a new recovery key that works, and the old one stops', async ({
  app,
}) => {
  const oldKey = await createAndEnter(app);
  const section = app.getByRole('region', { name: 'Re-encrypt everything' });
  await section.getByLabel('Current passphrase').fill(FIRST);
  await section.getByRole('button', { name: 'Re-encrypt my journal' }).click();
  const newKey = (await app.getByTestId('recovery-key').textContent())!.trim();
  expect(newKey).not.toBe(oldKey);
  await app.getByLabel('I wrote it down and keep it somewhere safe').check();
  await app.getByLabel('To be sure, type the last group of the key').fill(newKey.split(' ').at(-1)!);
  await app.getByRole('button', { name: 'Continue to my journal' }).click();

  await lockAndUnlock(app, 'recovery', oldKey);
  await expect(app.getByRole('alert')).toContainText('recovery key doesn’t open this journal');
  await app.getByLabel('Recovery key').fill(newKey);
  await app.getByRole('button', { name: 'Unlock' }).click();
  await expect(app.getByRole('navigation').getByText('Still here after every change')).toBeVisible();
});

test('the idle lock duration is saved in the vault', async ({ app }) => {
  await createAndEnter(app);
  const select = app.getByLabel('Lock after this long without activity');
  await expect(select).toHaveValue('10');
  await select.selectOption('30');
  await expect(app.getByRole('region', { name: 'Lock automatically' }).getByRole('status')).toContainText(
    'Saved.',
  );
  await lockAndUnlock(app, 'passphrase', FIRST);
  await app.getByRole('button', { name: 'Security' }).click();
  await expect(app.getByLabel('Lock after this long without activity')).toHaveValue('30');
});

test('About names the version and says what Alcove promises', async ({ app }) => {
  await createAndEnter(app);
  const about = app.getByRole('region', { name: 'About Alcove' });
  const { version } = JSON.parse(fs.readFileSync('package.json', 'utf8')) as { version: string };
  await expect(about).toContainText(`Version ${version}`);
  await expect(about.getByRole('listitem')).toHaveCount(4);
  await expect(about).toContainText('Alcove never connects to the internet');
  await expect(about).toContainText('It does not replace a therapist');
});
