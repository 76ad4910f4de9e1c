import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/**
 * An entry's lifecycle through the real core: pinned to the top (and still after a lock), moved
 * to another date, deleted with an undo (button and Ctrl+Z), and purged when the undo expires.
 */
const PASSPHRASE = 'a paper boat on the canal';

const STRINGS = {
  en: {
    title: 'Title',
    body: 'What’s on your mind?',
    save: 'Save',
    entries: 'Entries',
    pin: 'Pin',
    unpin: 'Unpin',
    pinned: 'Pinned',
    change: 'Change date',
    day: 'Date',
    time: 'Time',
    saveDate: 'Save date',
    delete: 'Delete',
    deleted: 'Entry deleted.',
    undo: 'Undo the deletion',
    restored: 'Entry restored.',
  },
  fr: {
    title: 'Titre',
    body: /Qu’avez-vous en tête/,
    save: 'Enregistrer',
    entries: 'Entrées',
    pin: 'Épingler',
    unpin: 'Désépingler',
    pinned: 'Épinglée',
    change: 'Changer la date',
    day: 'Date',
    time: 'Heure',
    saveDate: 'Enregistrer la date',
    delete: 'Supprimer',
    deleted: 'Entrée supprimée.',
    undo: 'Annuler la suppression',
    restored: 'Entrée rétablie.',
  },
} as const;
type Strings = (typeof STRINGS)['en' | 'fr'];

async function write(page: Page, s: Strings, title: string) {
  await page.getByLabel(s.title, { exact: true }).fill(title);
  await page.getByLabel(s.body).fill(`Some words about ${title.toLowerCase()}.`);
  await page.getByRole('button', { name: s.save, exact: true }).click();
  await expect(list(page, s).getByText(title, { exact: true })).toBeVisible();
}

const list = (page: Page, s: Strings) => page.getByRole('list', { name: s.entries });

/** The titles of the timeline, top to bottom (a pinned entry's title starts with its sr-only label). */
async function expectOrder(page: Page, s: Strings, titles: string[]) {
  await expect(list(page, s).locator('.entry-title')).toHaveText(titles);
}

async function open(page: Page, s: Strings, title: string) {
  await list(page, s).getByText(title, { exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: title })).toBeVisible();
}

async function deleteOpen(page: Page, s: Strings) {
  await page.getByRole('article').getByRole('button', { name: s.delete }).click();
  await page.getByRole('dialog').getByRole('button', { name: s.delete }).click();
  await expect(page.getByRole('status').filter({ hasText: s.deleted })).toBeVisible();
}

async function lockAndUnlock(page: Page) {
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('status')).toContainText('Journal locked.');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  // Unlocking runs Argon2id in the vault worker: slow on a busy machine.
  await expect(page.getByRole('list', { name: 'Entries' })).toBeVisible({ timeout: 30_000 });
}

test('pin, change the date, delete and undo, then let the undo expire', async ({ app }) => {
  test.setTimeout(240_000); // two unlocks and a dozen saves, on a shared machine
  const s = STRINGS.en;
  await createVaultAndEnter(app, PASSPHRASE);
  for (const title of ['First', 'Second', 'Third']) await write(app, s, title);
  await expectOrder(app, s, ['Third', 'Second', 'First']);

  // Pinned: to the top, with its icon (and a word for screen readers), and still after a lock.
  await open(app, s, 'First');
  await app.getByRole('button', { name: s.pin, exact: true }).click();
  await expect(app.getByRole('button', { name: s.unpin })).toHaveAttribute('aria-pressed', 'true');
  await expectOrder(app, s, [`${s.pinned}First`, 'Third', 'Second']);
  await expect(list(app, s).getByRole('button').first().locator('.pin-mark svg')).toBeVisible();
  await lockAndUnlock(app);
  await expectOrder(app, s, [`${s.pinned}First`, 'Third', 'Second']);

  // Moved to 2020: below the others; Escape first cancels without saving.
  await open(app, s, 'Third');
  await app.getByRole('button', { name: s.change }).click();
  await expect(app.getByLabel(s.day, { exact: true })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(app.getByLabel(s.day, { exact: true })).toHaveCount(0);
  await expect(app.getByRole('button', { name: s.change })).toBeFocused();
  await app.getByRole('button', { name: s.change }).click();
  await app.getByLabel(s.day, { exact: true }).fill('1899-12-31');
  await app.getByRole('button', { name: s.saveDate }).click();
  await expect(app.getByRole('alert')).toHaveText('Choose a date after 1900.');
  await app.getByLabel(s.day, { exact: true }).fill('2020-05-04');
  await app.getByLabel(s.time).fill('10:30');
  await app.getByRole('button', { name: s.saveDate }).click();
  await expect(app.getByRole('article')).toContainText('Written May 4, 2020 at 10:30');
  await expectOrder(app, s, [`${s.pinned}First`, 'Second', 'Third']);

  // Deleted, then brought back with the Undo button…
  await open(app, s, 'Second');
  await deleteOpen(app, s);
  await expectOrder(app, s, [`${s.pinned}First`, 'Third']);
  await app.getByRole('button', { name: s.undo }).click();
  await expect(app.getByText(s.restored)).toBeVisible();
  await expectOrder(app, s, [`${s.pinned}First`, 'Second', 'Third']);
  await expect(app.getByRole('heading', { level: 2, name: 'Second' })).toBeVisible();

  // …and with Ctrl+Z while the toast is shown.
  await deleteOpen(app, s);
  await app.keyboard.press('Control+z');
  await expect(app.getByText(s.restored)).toBeVisible();
  await expectOrder(app, s, [`${s.pinned}First`, 'Second', 'Third']);

  // Left to expire: the toast goes, and the entry is gone for good, after a lock too. The page's
  // clock is Playwright's from here on, so the ten seconds pass at once.
  await app.clock.install();
  await open(app, s, 'Second');
  await deleteOpen(app, s);
  await app.clock.runFor(10_500);
  await expect(app.getByRole('button', { name: s.undo })).toHaveCount(0);
  await expectOrder(app, s, [`${s.pinned}First`, 'Third']);
  await lockAndUnlock(app);
  await expectOrder(app, s, [`${s.pinned}First`, 'Third']);
});

const COMBINATIONS = [
  { locale: 'en-US', colorScheme: 'light', lang: 'en' },
  { locale: 'en-US', colorScheme: 'dark', lang: 'en' },
  { locale: 'fr-FR', colorScheme: 'light', lang: 'fr' },
  { locale: 'fr-FR', colorScheme: 'dark', lang: 'fr' },
] as const;

for (const { locale, colorScheme, lang } of COMBINATIONS) {
  test.describe(`${lang} ${colorScheme}`, () => {
    test.use({ locale, colorScheme });
    test('the date form and the undo toast read well and pass axe', async ({ app, shoot }) => {
      test.setTimeout(120_000); // axe twice, on a shared machine
      const s = STRINGS[lang];
      await createVaultAndEnter(app, PASSPHRASE, lang);
      await write(app, s, lang === 'en' ? 'A walk by the river' : 'Une promenade au bord de l’eau');
      await write(app, s, lang === 'en' ? 'Morning pages' : 'Pages du matin');
      await open(app, s, lang === 'en' ? 'A walk by the river' : 'Une promenade au bord de l’eau');
      await app.getByRole('button', { name: s.pin, exact: true }).click();
      await app.getByRole('button', { name: s.change }).click();
      await expect(app.getByLabel(s.time)).toBeVisible();
      await shoot(`lifecycle-date-${lang}-${colorScheme}`);
      await expectNoAxeViolations(app);
      await app.keyboard.press('Escape');

      await deleteOpen(app, s);
      await shoot(`lifecycle-undo-${lang}-${colorScheme}`);
      await expectNoAxeViolations(app);
      await app.getByRole('button', { name: s.undo }).click();
      await expect(app.getByText(s.restored)).toBeVisible();
    });
  });
}
