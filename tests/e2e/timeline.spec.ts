import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter, indexedHits } from './support/journey';

/**
 * The timeline at a few hundred entries: virtualized scrolling, "Go to date", the Ctrl+K search
 * and the month calendar, through the real core. Dated entries arrive the way a user's old
 * journal does: a jrnl export imported through the bridge (its dates are local wall-clock times).
 */
const PASSPHRASE = 'the lighthouse on the cape';
const SPAN = 330;

const pad = (n: number) => String(n).padStart(2, '0');
const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
/** Local day `i` days before today. */
const daysAgo = (i: number) => {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() - i);
};
/** One entry a day at noon over the last SPAN days (not today), every tenth day left blank. */
const written = (i: number) => i >= 1 && i <= SPAN && i % 10 !== 0;
const SEEDED = Array.from({ length: SPAN }, (_, k) => k + 1).filter(written).length; // 297

/** Seeds the dated entries (jrnl import) and two of today's with pleasant feelings. */
async function seed(page: Page, dialogDir: string): Promise<void> {
  const entries = Array.from({ length: SPAN }, (_, k) => k + 1)
    .filter(written)
    .map((i) => ({
      title: `Entry of ${dayKey(daysAgo(i))}`,
      body: `A quiet day, number ${i}.`,
      date: dayKey(daysAgo(i)),
      time: '12:00',
      tags: [],
      starred: false,
    }));
  fs.mkdirSync(dialogDir, { recursive: true });
  fs.writeFileSync(path.join(dialogDir, 'journal.json'), JSON.stringify({ tags: {}, entries }));
  const imported = await page.evaluate(async () => {
    const bridge = window.alcove!;
    const run = await bridge.invoke('import:run', { kind: 'jrnl' });
    await bridge.invoke('entries:create', {
      title: 'Lighthouse',
      body: 'The lighthouse keeper waved from the rocks.',
      emotions: [{ id: 'joy', intensity: 6 }],
    });
    await bridge.invoke('entries:create', {
      title: 'Tea after the walk',
      body: 'Slow evening.',
      emotions: [{ id: 'calm', intensity: 5 }],
    });
    return run.ok && run.value.status === 'imported' ? run.value.report.imported : -1;
  });
  expect(imported).toBe(SEEDED);
  // The search index fills in the background after an import: wait until it holds everything.
  await expect.poll(() => indexedHits(page, 'quiet', 100)).toBe(100);
  await page.reload();
}

test.describe('in English, light', () => {
  // Each test imports 300 entries and waits for them to be indexed: more than the default minute
  // on a busy machine.
  test.describe.configure({ timeout: 180_000 });
  test('scrolls through hundreds of entries with few in the DOM, and jumps to a date', async ({
    app,
    bridge,
    shoot,
  }) => {
    await createVaultAndEnter(app, PASSPHRASE);
    await seed(app, bridge.dialogDir);
    const list = app.getByRole('list', { name: 'Entries' });
    await expect(list.getByRole('button').first()).toContainText('Tea after the walk');
    const rows = list.getByRole('listitem');
    // Older pages are not all loaded yet: the size is "unknown" to assistive technology.
    await expect(rows.first()).toHaveAttribute('aria-setsize', '-1');
    await expect(rows.first()).toHaveAttribute('aria-posinset', '1');
    await shoot('timeline-en-light');
    await expectNoAxeViolations(app);

    // Scrolling to the end loads the older pages on its own, until the oldest entry shows.
    const scroller = app.locator('.timeline-scroll');
    const total = String(SEEDED + 2);
    await expect(async () => {
      await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect(rows.last()).toHaveAttribute('aria-setsize', total, { timeout: 500 });
    }).toPass();
    const oldest = Array.from({ length: SPAN }, (_, k) => SPAN - k).find(written)!;
    await expect(async () => {
      await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
      await expect(list).toContainText(`Entry of ${dayKey(daysAgo(oldest))}`, { timeout: 500 });
    }).toPass();
    await expect(rows.last()).toHaveAttribute('aria-posinset', total);
    expect(await rows.count()).toBeLessThan(40);
    await expect(app.getByRole('button', { name: 'Load more' })).toHaveCount(0);

    // Back to the top with the keyboard: Home from any card.
    await rows.last().getByRole('button').focus();
    await app.keyboard.press('Home');
    await expect(list.getByRole('button').first()).toBeFocused();
    await expect(app.locator(':focus')).toContainText('Tea after the walk');
    await app.keyboard.press('ArrowDown');
    await expect(app.locator(':focus')).toContainText('Lighthouse');

    // A day with an entry lands on it; a blank day lands on the closest older one.
    await app.reload();
    const dateBox = app.getByLabel('Go to date');
    await dateBox.fill(dayKey(daysAgo(123)));
    await app.getByRole('button', { name: 'Go', exact: true }).click();
    await expect(app.locator(':focus')).toContainText(`Entry of ${dayKey(daysAgo(123))}`);
    await dateBox.fill(dayKey(daysAgo(250)));
    await app.keyboard.press('Enter');
    await expect(app.locator(':focus')).toContainText(`Entry of ${dayKey(daysAgo(251))}`);
    await expect(app.locator(':focus')).toBeInViewport();
    await app.keyboard.press('Enter');
    await expect(app.getByRole('heading', { name: `Entry of ${dayKey(daysAgo(251))}` })).toBeVisible();
    // Older than everything: said plainly.
    await dateBox.fill('2001-02-03');
    await app.getByRole('button', { name: 'Go', exact: true }).click();
    await expect(app.getByRole('status').filter({ hasText: 'No entry on or before' })).toContainText(
      'February 3, 2001',
    );
  });

  test('Ctrl+K finds an entry and opens it with the keyboard only', async ({ app, bridge, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE);
    await seed(app, bridge.dialogDir);
    // The editor takes the focus once, when it mounts (it loads apart): after that, not before.
    await expect(app.getByRole('textbox', { name: 'What’s on your mind?' })).toBeFocused();
    const opener = app.getByRole('button', { name: 'Search…' });
    await opener.focus();
    await app.keyboard.press('Control+K');
    const palette = app.getByRole('dialog', { name: 'Search your journal' });
    await expect(palette).toBeVisible();
    const box = palette.getByRole('combobox', { name: 'Search your journal' });
    await expect(box).toBeFocused();
    await expect(palette).toContainText('Type a few words to find an entry.');
    await app.keyboard.type('zebra');
    await expect(palette.getByRole('status')).toHaveText('Nothing found for “zebra”.');
    await box.fill('');
    await app.keyboard.type('quiet day');
    await expect(palette.getByRole('listbox').getByRole('option').first()).toBeVisible();
    await expect(palette.getByRole('listbox').getByRole('option').first()).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await box.fill('');
    await app.keyboard.type('lighthouse');
    await expect(palette.getByRole('status')).toHaveText('1 entry found');
    await expect(palette.getByRole('listbox').getByRole('option')).toHaveCount(1);
    await expect(palette.locator('mark').first()).toHaveText(/lighthouse/i);
    await shoot('palette-en-light');
    await expectNoAxeViolations(app);
    // Escape closes and gives focus back.
    await app.keyboard.press('Escape');
    await expect(palette).toHaveCount(0);
    await expect(opener).toBeFocused();
    // Again, and this time open the entry.
    await app.keyboard.press('Control+K');
    await app.keyboard.type('lighthouse keeper');
    await expect(palette.getByRole('listbox').getByRole('option')).toHaveCount(1);
    await app.keyboard.press('ArrowDown');
    await app.keyboard.press('Enter');
    await expect(app.getByRole('dialog')).toHaveCount(0);
    await expect(app.getByRole('heading', { name: 'Lighthouse' })).toBeVisible();
  });

  test('the native menu’s Search… opens the same palette, and only one', async ({ app }) => {
    await createVaultAndEnter(app, PASSPHRASE);
    // What Electron's menu item does (electron/main/menu.ts): one event to the page.
    const fromMenu = () =>
      app.evaluate(async () => {
        const r = await fetch('/__bridge/menu/search', {
          method: 'POST',
          headers: { 'x-alcove-bridge': '1' },
        });
        if (!r.ok) throw new Error(`menu: ${r.status}`);
      });
    // The journal is on screen (its code loads apart), listening; and events sent before the
    // page's event stream connects are not replayed.
    await expect(app.getByRole('button', { name: 'Search…' })).toBeVisible();
    await expect
      .poll(() =>
        app.evaluate(
          () => (window as unknown as { __alcoveBridgeEventsOpen: boolean }).__alcoveBridgeEventsOpen,
        ),
      )
      .toBe(true);
    await fromMenu();
    const palette = app.getByRole('dialog', { name: 'Search your journal' });
    await expect(palette).toBeVisible();
    await expect(palette.getByRole('combobox', { name: 'Search your journal' })).toBeFocused();
    // The menu's accelerator may reach the page as a key press too: still one palette.
    await app.keyboard.press('Control+K');
    await fromMenu();
    await expect(app.getByRole('dialog')).toHaveCount(1);
    await app.keyboard.press('Escape');
    await expect(palette).toHaveCount(0);
  });

  test('the calendar shows a dot on each day written, and opens a day’s entries', async ({
    app,
    bridge,
    shoot,
  }) => {
    await createVaultAndEnter(app, PASSPHRASE);
    await seed(app, bridge.dialogDir);
    await app.getByRole('button', { name: 'Calendar' }).click();
    const grid = app.getByRole('grid');
    const today = new Date();
    const dateName = (d: Date) => new Intl.DateTimeFormat('en', { day: 'numeric', month: 'long' }).format(d);
    const todayCell = grid.getByRole('gridcell', { name: `${dateName(today)}: 2 entries, mostly pleasant` });
    await expect(todayCell).toHaveAttribute('tabindex', '0');
    const wroteThisMonth =
      1 + Array.from({ length: today.getDate() - 1 }, (_, k) => k + 1).filter(written).length;
    await expect(
      app.getByText(`You wrote on ${wroteThisMonth} ${wroteThisMonth === 1 ? 'day' : 'days'} this month.`),
    ).toBeVisible();
    await expect(grid.locator('.month-dot')).toHaveCount(wroteThisMonth);
    // What the dots' colours mean, folded until asked for.
    await app.getByText('What the colours of the dots mean').click();
    const legend = app.locator('.calendar-legend').getByRole('listitem');
    await expect(legend).toHaveText([
      'mostly unpleasant',
      'somewhat unpleasant',
      'in between',
      'somewhat pleasant',
      'mostly pleasant',
      'no feeling named',
    ]);
    await shoot('calendar-en-light');
    await expectNoAxeViolations(app);

    // The previous month with the keyboard: its blank tenth days have no dot.
    await todayCell.focus();
    await app.keyboard.press('PageUp');
    const month = new Date(today.getFullYear(), today.getMonth() - 1, 1);
    await expect(grid).toHaveAccessibleName(
      new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric' }).format(month),
    );
    const blank = Array.from({ length: 40 }, (_, k) => k + 1).find(
      (i) => !written(i) && daysAgo(i).getMonth() === month.getMonth(),
    )!;
    await expect(grid.getByRole('gridcell', { name: `${dateName(daysAgo(blank))}: no entry` })).toBeVisible();
    const some = daysAgo(blank + 1);
    await expect(
      grid.getByRole('gridcell', { name: `${dateName(some)}: 1 entry, no feeling named` }),
    ).toBeVisible();
    // Back to today, then Enter lists the day's entries; one opens.
    await app.keyboard.press('PageDown');
    await expect(todayCell).toBeFocused();
    await app.keyboard.press('Enter');
    const day = app.getByRole('region', { name: `Entries of ${dateName(today)}` });
    await expect(day.getByRole('button')).toHaveCount(2);
    await day.getByRole('button', { name: /Lighthouse/ }).click();
    await expect(app.getByRole('heading', { name: 'Lighthouse' })).toBeVisible();
  });
});

test.describe('in French, dark', () => {
  test.use({ locale: 'fr-FR', colorScheme: 'dark' });
  test.describe.configure({ timeout: 180_000 });
  test('the timeline, the search and the calendar read well in French', async ({ app, bridge, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    await seed(app, bridge.dialogDir);
    await expect(app.getByRole('list', { name: 'Entrées' }).getByRole('button').first()).toContainText(
      'Tea after the walk',
    );
    await expect(app.getByLabel('Aller à la date')).toBeVisible();
    await shoot('timeline-fr-dark');
    await expectNoAxeViolations(app);
    await app.keyboard.press('Control+K');
    await app.keyboard.type('lighthouse');
    const palette = app.getByRole('dialog', { name: 'Rechercher dans votre journal' });
    await expect(palette.getByRole('status')).toHaveText('1 entrée trouvée');
    await shoot('palette-fr-dark');
    await expectNoAxeViolations(app);
    await app.keyboard.press('Escape');
    await app.getByRole('button', { name: 'Calendrier' }).click();
    await expect(app.getByText(/Vous avez écrit \d+ jours? ce mois-ci\./)).toBeVisible();
    await app.getByText('Ce que disent les couleurs des points').click();
    await shoot('calendar-fr-dark');
    await expectNoAxeViolations(app);
  });
});

test.describe('in French, light', () => {
  test.use({ locale: 'fr-FR' });
  test('the Ctrl+K search narrows by feeling and by period', async ({ app, shoot }) => {
    await createVaultAndEnter(app, PASSPHRASE, 'fr');
    // Three entries about the harbour: two this week (one anxious, one serene), one anxious last year.
    const written = await app.evaluate(async () => {
      const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString();
      let ok = 0;
      for (const [body, feeling, ago] of [
        ['Le port au matin, avant la séance.', 'anxiety', 2],
        ['Le port encore, le soir, apaisé.', 'serenity', 3],
        ['Le port il y a longtemps, déjà inquiet.', 'anxiety', 400],
      ] as const) {
        const draft = { body, emotions: [{ id: feeling, intensity: 3 }], createdAt: day(ago) };
        if ((await window.alcove!.invoke('entries:create', draft)).ok) ok++;
      }
      return ok;
    });
    expect(written).toBe(3);
    await expect.poll(() => indexedHits(app, 'port', 10)).toBe(3);

    // The editor takes the focus once, when it mounts (it loads apart): search after that.
    await expect(app.getByRole('textbox', { name: 'Qu’avez-vous en tête\u00a0?' })).toBeFocused();
    await app.keyboard.press('Control+K');
    const palette = app.getByRole('dialog', { name: 'Rechercher dans votre journal' });
    await app.keyboard.type('port');
    const hits = palette.getByRole('listbox').getByRole('option');
    await expect(hits).toHaveCount(3);
    await palette.getByRole('combobox', { name: 'Ressenti' }).selectOption({ label: 'anxiété' });
    await expect(hits).toHaveCount(2);
    await palette.getByRole('combobox', { name: 'Quand' }).selectOption({ label: 'Les 7 derniers jours' });
    await expect(hits).toHaveCount(1);
    await expect(hits).toContainText('avant la séance');
    await expect(palette.getByRole('status')).toHaveText('1 entrée trouvée');
    await shoot('palette-filters-fr-light');
    await expectNoAxeViolations(app);
    await palette.getByRole('combobox', { name: 'Ressenti' }).selectOption({ label: 'Tous les ressentis' });
    await expect(hits).toHaveCount(2);
    await palette.getByRole('combobox', { name: 'Quand' }).selectOption({ label: 'N’importe quand' });
    await expect(hits).toHaveCount(3);
  });
});
