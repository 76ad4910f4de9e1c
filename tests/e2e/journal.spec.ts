import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/**
 * The first slice through every layer, in real Chromium against the real core (real SQLite
 * file, real libsodium) through the loopback bridge: create a vault, keep the recovery key,
 * write, list, lock, be refused with the wrong passphrase, unlock, read again — and find
 * nothing of it in clear on disk. Screens are captured in English and French, light and dark.
 */
const PASSPHRASE = 'lanterns over a quiet harbour';

const COMBINATIONS = [
  { locale: 'en-US', colorScheme: 'light', tag: 'en-light' },
  { locale: 'en-US', colorScheme: 'dark', tag: 'en-dark' },
  { locale: 'fr-FR', colorScheme: 'light', tag: 'fr-light' },
  { locale: 'fr-FR', colorScheme: 'dark', tag: 'fr-dark' },
] as const;

const STRINGS = {
  en: {
    passphrase: 'Choose a passphrase',
    confirm: 'Repeat the passphrase',
    create: 'Create my journal',
    wroteItDown: 'I wrote it down and keep it somewhere safe',
    lastGroup: 'To be sure, type the last group of the key',
    continue: 'Continue to my journal',
    title: 'Title',
    body: 'What’s on your mind?',
    save: 'Save',
    lock: 'Lock',
    security: 'Security',
    delete: 'Delete',
    search: 'Search your journal',
    searchWord: 'lanterns',
    unlockPassphrase: 'Passphrase',
    unlock: 'Unlock',
    wrong: 'That passphrase doesn’t open this journal.',
  },
  fr: {
    passphrase: 'Choisissez une phrase secrète',
    confirm: 'Répétez la phrase secrète',
    create: 'Créer mon journal',
    wroteItDown: 'Je l’ai notée et je la garde en lieu sûr',
    lastGroup: 'Pour vérifier, tapez le dernier groupe de la clé',
    continue: 'Accéder à mon journal',
    title: 'Titre',
    body: 'Qu’avez-vous en tête\u202f?',
    save: 'Enregistrer',
    lock: 'Verrouiller',
    security: 'Sécurité',
    delete: 'Supprimer',
    search: 'Chercher dans le journal',
    searchWord: 'lanternes',
    unlockPassphrase: 'Phrase secrète',
    unlock: 'Déverrouiller',
    wrong: 'Cette phrase secrète n’ouvre pas ce journal.',
  },
} as const;

async function createVault(
  page: Page,
  s: (typeof STRINGS)['en' | 'fr'],
  shoot?: (name: string) => Promise<string>,
) {
  await page.getByLabel(s.passphrase).fill(PASSPHRASE);
  await page.getByLabel(s.confirm).fill(PASSPHRASE);
  if (shoot) await shoot('create');
  await page.getByRole('button', { name: s.create }).click();
  const key = (await page.getByTestId('recovery-key').textContent())!.trim();
  expect(key).toMatch(/^([A-Z2-7]{4} ){13}[A-Z2-7]{4}$/);
  return key;
}

async function confirmRecoveryKey(page: Page, s: (typeof STRINGS)['en' | 'fr'], key: string) {
  await page.getByLabel(s.wroteItDown).check();
  await page.getByLabel(s.lastGroup).fill(key.split(' ').at(-1)!.toLowerCase());
  await page.getByRole('button', { name: s.continue }).click();
}

async function write(page: Page, s: (typeof STRINGS)['en' | 'fr'], title: string, body: string) {
  await page.getByLabel(s.title, { exact: true }).fill(title);
  await page.getByLabel(s.body).fill(body);
  await page.getByRole('button', { name: s.save, exact: true }).click();
  await expect(page.getByRole('navigation').getByText(title, { exact: true })).toBeVisible();
}

test.describe('the first slice', () => {
  test('create, write, list, lock, refuse the wrong passphrase, unlock, read again — nothing in clear on disk', async ({
    app,
    bridge,
    grepTree,
  }) => {
    const s = STRINGS.en;
    const canary = `CANARY-${randomUUID()}`;
    const key = await createVault(app, s);

    // The recovery-key check refuses a wrong group before letting anyone through.
    await app.getByLabel(s.wroteItDown).check();
    await app.getByLabel(s.lastGroup).fill('ZZZZ');
    await app.getByRole('button', { name: s.continue }).click();
    await expect(app.getByRole('alert')).toContainText('not the last group');
    await app.getByLabel(s.lastGroup).fill(key.split(' ').at(-1)!);
    await app.getByRole('button', { name: s.continue }).click();

    await write(app, s, 'Harbour evening', `I told nobody this: ${canary}`);
    await app.getByRole('navigation').getByText('Harbour evening').click();
    await expect(app.getByRole('article')).toContainText(canary);

    await app.getByRole('button', { name: s.lock }).click();
    await expect(app.getByRole('status')).toContainText('Journal locked.');
    await expect(app.getByText(canary)).toHaveCount(0);

    await app.getByLabel(s.unlockPassphrase, { exact: true }).fill('not my passphrase');
    await app.getByRole('button', { name: s.unlock }).click();
    await expect(app.getByRole('alert')).toContainText(s.wrong);

    await app.getByLabel(s.unlockPassphrase, { exact: true }).fill(PASSPHRASE);
    await app.getByRole('button', { name: s.unlock }).click();
    await app.getByRole('navigation').getByText('Harbour evening').click();
    await expect(app.getByRole('article')).toContainText(canary);

    // Ctrl+L locks from anywhere in the journal.
    await app.keyboard.press('Control+l');
    await expect(app.getByRole('button', { name: s.unlock })).toBeVisible();

    expect(grepTree(bridge.dataDir, canary)).toEqual([]);
    expect(grepTree(bridge.dataDir, 'Harbour evening')).toEqual([]);
    expect(grepTree(bridge.dataDir, PASSPHRASE)).toEqual([]);
  });

  test('after three wrong passphrases it counts down, keeps Unlock disabled, then lets the right one in', async ({
    app,
  }) => {
    const s = STRINGS.en;
    const key = await createVault(app, s);
    await confirmRecoveryKey(app, s, key);
    await app.getByRole('button', { name: s.lock }).click();

    const field = app.getByLabel(s.unlockPassphrase, { exact: true });
    const unlock = app.getByRole('button', { name: s.unlock });
    for (const attempt of ['first guess', 'second guess']) {
      await field.fill(attempt);
      await unlock.click();
      await expect(app.getByRole('alert')).toContainText(s.wrong);
      await expect(field, 'focus goes back to the field after a refusal').toBeFocused();
    }
    await field.fill('third guess');
    await unlock.click();
    await expect(app.getByRole('timer')).toContainText(/Too many attempts\. You can try again in \d+ s\./);
    await expect(unlock).toBeDisabled();
    await expect(app.getByRole('timer')).toHaveCount(0, { timeout: 5_000 });
    await field.fill(PASSPHRASE);
    await unlock.click();
    await expect(app.getByRole('button', { name: s.lock })).toBeVisible();
  });

  test('a lock from outside the page (menu, idle, sleep) drops the entries and the unsaved draft', async ({
    app,
  }) => {
    const s = STRINGS.en;
    const key = await createVault(app, s);
    await confirmRecoveryKey(app, s, key);
    await write(app, s, 'Before the lock', 'Something already saved.');
    await app.getByLabel(s.body).fill('A draft that was never saved.');

    // What the Electron menu, the idle timer or a system lock do: the core locks and says so.
    await app.evaluate(() =>
      (
        window as unknown as { alcove: { invoke(channel: string, input: undefined): Promise<unknown> } }
      ).alcove.invoke('vault:lock', undefined),
    );
    await expect(app.getByRole('status')).toContainText('Journal locked.');
    await expect(app.getByText('Before the lock')).toHaveCount(0);
    await expect(app.getByText('A draft that was never saved.')).toHaveCount(0);

    await app.getByLabel(s.unlockPassphrase, { exact: true }).fill(PASSPHRASE);
    await app.getByRole('button', { name: s.unlock }).click();
    await expect(app.getByRole('navigation').getByText('Before the lock')).toBeVisible();
    await expect(app.getByLabel(s.body)).toHaveText('');
  });

  test('an entry can be edited, and deleted after a confirmation', async ({ app }) => {
    const s = STRINGS.en;
    const key = await createVault(app, s);
    await confirmRecoveryKey(app, s, key);
    await write(app, s, 'First draft', 'Words I will change.');
    await app.getByRole('navigation').getByText('First draft').click();

    await app.getByRole('article').getByRole('button', { name: 'Edit' }).click();
    await app.getByLabel(s.body).fill('A change I will not keep.');
    await app.keyboard.press('Escape');
    await expect(app.getByRole('article')).toContainText('Words I will change.');

    await app.getByRole('article').getByRole('button', { name: 'Edit' }).click();
    await app.getByLabel(s.title, { exact: true }).fill('Second thought');
    await app.getByLabel(s.body).fill('Words I changed.');
    await app.keyboard.press('Control+Enter');
    await expect(app.getByRole('article')).toContainText('Words I changed.');
    await expect(app.getByRole('navigation').getByText('Second thought')).toBeVisible();
    await expect(app.getByRole('navigation').getByText('First draft')).toHaveCount(0);

    await app.getByRole('article').getByRole('button', { name: 'Delete' }).click();
    const dialog = app.getByRole('dialog', { name: 'Delete this entry?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(app.getByRole('navigation').getByText('Second thought')).toBeVisible();
    await app.getByRole('article').getByRole('button', { name: 'Delete' }).click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await expect(app.getByRole('status').filter({ hasText: 'Entry deleted.' })).toBeVisible();
    await expect(app.getByRole('navigation').getByText('Second thought')).toHaveCount(0);
    await expect(app.getByRole('navigation')).toContainText('Nothing here yet.');
  });

  test('lists fifty entries, then loads the older ones as asked, each once', async ({ app }) => {
    const s = STRINGS.en;
    const key = await createVault(app, s);
    await confirmRecoveryKey(app, s, key);
    // Many entries are written straight through the bridge, then the page is reloaded.
    await app.evaluate(async () => {
      const bridge = (
        window as unknown as {
          alcove: { invoke(channel: string, input: unknown): Promise<{ ok: boolean }> };
        }
      ).alcove;
      for (let i = 1; i <= 55; i++) {
        const result = await bridge.invoke('entries:create', {
          title: `Day ${i}`,
          body: `Entry number ${i}.`,
        });
        if (!result.ok) throw new Error(`entry ${i} was refused`);
      }
    });
    await app.reload();
    const list = app.getByRole('list', { name: 'Entries' });
    // The list is virtualized: only the rows in view are in the DOM, each saying where it stands;
    // the size is "unknown" (-1) while older entries remain to be read.
    const rows = list.getByRole('listitem');
    await expect(rows.first()).toHaveAttribute('aria-setsize', '-1');
    // Scrolling near the end reads the next page by itself (the "Load more" button below the list
    // does the same from the keyboard, but scrolls into view and so loads before it is pressed).
    await app.locator('.timeline-scroll').evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
    await expect(rows.first()).toHaveAttribute('aria-setsize', '55');
    await expect(app.getByRole('button', { name: 'Load more' })).toHaveCount(0);
    // Scrolled from top to bottom, the rows hold every entry once (written in the same
    // millisecond, they may come in either order: compare as sets).
    const scroller = app.locator('.timeline-scroll');
    const titles = new Set<string>();
    for (let top = 0; ; top += 300) {
      await scroller.evaluate((el, y) => el.scrollTo({ top: y }), top);
      await expect(list.getByRole('button').first()).toBeVisible();
      for (const title of await list.locator('.entry-title').allTextContents()) titles.add(title);
      if (await scroller.evaluate((el) => el.scrollTop + el.clientHeight >= el.scrollHeight - 1)) break;
    }
    expect(titles).toEqual(new Set(Array.from({ length: 55 }, (_, i) => `Day ${i + 1}`)));
    expect(await rows.count()).toBeLessThan(55);
  });

  test('unlocks with the recovery key when the passphrase is forgotten', async ({ app }) => {
    const s = STRINGS.en;
    const key = await createVault(app, s);
    await confirmRecoveryKey(app, s, key);
    await app.getByRole('button', { name: s.lock }).click();
    await app.getByRole('button', { name: 'Use my recovery key instead' }).click();
    await app.getByLabel('Recovery key').fill(key.toLowerCase());
    await app.getByRole('button', { name: s.unlock }).click();
    await expect(app.getByRole('button', { name: s.lock })).toBeVisible();
  });
});

for (const combination of COMBINATIONS) {
  test.describe(`screens in ${combination.tag}`, () => {
    test.use({ locale: combination.locale, colorScheme: combination.colorScheme });

    test('every screen looks right and passes axe', async ({ app, shoot }) => {
      const s = STRINGS[combination.locale.startsWith('fr') ? 'fr' : 'en'];
      const tag = combination.tag;
      await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
      await expectNoAxeViolations(app);
      const key = await createVault(app, s, (name) => shoot(`${name}-${tag}`));

      await shoot(`recovery-key-${tag}`);
      await expectNoAxeViolations(app);
      // Printed, the key is dark on white whatever the theme, without buttons or form.
      await app.emulateMedia({ media: 'print' });
      await expect(app.getByRole('button', { name: s.continue })).toBeHidden();
      expect(
        await app.getByTestId('recovery-key').evaluate((element) => getComputedStyle(element).color),
      ).toBe('rgb(0, 0, 0)');
      await shoot(`recovery-key-print-${tag}`);
      await app.emulateMedia({ media: 'screen' });
      await confirmRecoveryKey(app, s, key);

      await write(
        app,
        s,
        tag.startsWith('fr') ? 'Soirée au port' : 'Evening at the harbour',
        tag.startsWith('fr')
          ? 'Les lanternes se reflétaient dans l’eau. J’ai enfin dit ce que je pensais, calmement.'
          : 'The lanterns were reflected in the water. I finally said what I thought, calmly.',
      );
      await write(
        app,
        s,
        tag.startsWith('fr') ? 'Matin' : 'Morning',
        tag.startsWith('fr')
          ? 'Café, silence, trois choses pour lesquelles je suis reconnaissante.'
          : 'Coffee, silence, three things I am grateful for.',
      );
      await shoot(`journal-${tag}`);
      await expectNoAxeViolations(app);

      // The smallest window the shell allows (720×520): nothing may overflow sideways.
      const viewport = app.viewportSize()!;
      await app.setViewportSize({ width: 720, height: 520 });
      // The top bar folds to icons once it has measured the new width (a render later), so wait for it.
      await expect
        .poll(() => app.evaluate(() => document.documentElement.scrollWidth))
        .toBeLessThanOrEqual(720);
      await shoot(`journal-narrow-${tag}`);
      await app.setViewportSize(viewport);

      await app.getByRole('navigation').locator('.entry-item').first().click();
      await expect(app.getByRole('article')).toBeVisible();
      await shoot(`entry-${tag}`);
      await expectNoAxeViolations(app);

      await app.getByRole('article').getByRole('button', { name: s.delete }).click();
      await expect(app.getByRole('dialog')).toBeVisible();
      await shoot(`delete-dialog-${tag}`);
      await expectNoAxeViolations(app);
      await app.keyboard.press('Escape');
      await expect(app.getByRole('dialog')).toHaveCount(0);

      await app.getByRole('searchbox', { name: s.search }).fill(s.searchWord);
      await expect(app.getByRole('list', { name: s.search }).locator('mark').first()).toBeVisible();
      await shoot(`search-${tag}`);
      await expectNoAxeViolations(app);
      await app.getByRole('searchbox', { name: s.search }).fill('');

      await app.getByRole('button', { name: s.security }).click();
      await expect(app.getByRole('heading', { level: 2 }).first()).toBeVisible();
      await shoot(`security-${tag}`);
      await expectNoAxeViolations(app);

      await app.getByRole('button', { name: s.lock }).click();
      await app.getByLabel(s.unlockPassphrase, { exact: true }).fill('wrong passphrase');
      await app.getByRole('button', { name: s.unlock }).click();
      await expect(app.getByRole('alert')).toContainText(s.wrong);
      await shoot(`unlock-error-${tag}`);
      await expectNoAxeViolations(app);
    });
  });
}

test.describe('search', () => {
  test('finds entries across inflections and accents, highlights the words, and opens the hit', async ({
    app,
    shoot,
  }) => {
    const s = STRINGS.en;
    const key = await createVault(app, s);
    await confirmRecoveryKey(app, s, key);
    await write(app, s, 'Harbour', 'The lanterns were lit one by one; I felt calmer than in weeks.');
    await write(app, s, 'Réunion', 'Beaucoup d’anxiété avant la réunion, puis du soulagement.');
    await write(app, s, 'Groceries', 'Bread, apples, tea.');

    const search = app.getByRole('searchbox', { name: 'Search your journal' });
    await search.fill('lantern');
    const results = app.getByRole('list', { name: 'Search your journal' });
    await expect(results.getByRole('button')).toHaveCount(1);
    await expect(results.locator('mark')).toHaveText(['lanterns']);
    await expect(app.getByRole('status').filter({ hasText: '1 entry found' })).toBeVisible();

    await search.fill('anxiete');
    await expect(results.getByRole('button')).toHaveCount(1);
    await expect(results.locator('mark')).toHaveText(['anxiété']);
    await shoot('search-en-light');
    await expectNoAxeViolations(app);
    await results.getByRole('button').click();
    await expect(app.getByRole('article')).toContainText('soulagement');

    await search.fill('nothing like this');
    await expect(app.getByRole('status').filter({ hasText: 'No entry matches' })).toBeVisible();
    await search.fill('');
    await expect(app.getByRole('navigation').getByText('Groceries')).toBeVisible();
  });
});

test('the top bar keeps to one line from 1280 px, in French too, at every text size', async ({
  app,
  shoot,
}) => {
  test.setTimeout(240_000);
  await createVaultAndEnter(app, PASSPHRASE);
  const actions = app.locator('.journal .topbar > .topbar-actions');
  /** How many lines the bar's controls sit on (by their vertical centres); 0 when one spills out of the bar. */
  const lines = () =>
    actions.evaluate((bar) => {
      const box = bar.getBoundingClientRect();
      const controls = [...bar.querySelectorAll('button, select')].map((el) => el.getBoundingClientRect());
      if (controls.some((r) => r.left < box.left - 1 || r.right > box.right + 1)) return 0;
      return new Set(controls.map((r) => Math.round((r.top + r.height / 2) / 8))).size;
    });
  for (const [language, theme] of [
    ['en', 'light'],
    ['fr', 'dark'],
    ['fr', 'light'],
    ['en', 'dark'],
  ] as const) {
    for (const fontSize of ['default', 'larger'] as const) {
      // As the settings store them; the page reads them when it loads.
      await app.evaluate((prefs) => window.alcove!.invoke('prefs:set', prefs), { language, theme, fontSize });
      await app.reload();
      const lock = app.getByRole('button', { name: language === 'fr' ? 'Verrouiller' : 'Lock' });
      await expect(lock).toBeVisible();
      for (const width of [1024, 1280, 1440]) {
        await app.setViewportSize({ width, height: 800 });
        // One line from 1280 px; at 1024 px with the largest text, icons alone may still need two.
        const most = width < 1280 && fontSize === 'larger' ? 2 : 1;
        await expect
          .poll(
            async () => {
              const n = await lines();
              return n >= 1 && n <= most;
            },
            { message: `${language} ${fontSize} at ${width} px` },
          )
          .toBe(true);
        // …inside the window: nothing spills over to the right.
        expect(await app.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
        // Every button keeps its name, shown or not.
        await expect(
          app.getByRole('button', { name: language === 'fr' ? 'Tendances' : 'Insights' }),
        ).toHaveCount(1);
        if (fontSize === 'larger' || width === 1280)
          await shoot(`topbar-${language}-${theme}-${fontSize}-${width}`);
      }
    }
  }
  await expectNoAxeViolations(app);
});
