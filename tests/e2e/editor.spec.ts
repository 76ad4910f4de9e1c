import type { Locator, Page } from '@playwright/test';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/**
 * The editor through the real core: autosave (and nothing lost on reload, lock or quick-hide),
 * undo and redo, the Markdown toolbar, the word count, focus mode and pasted images.
 */
const PASSPHRASE = 'a kettle singing in the kitchen';
const BODY = 'What’s on your mind?';
/** A 1×1 PNG: the core recognises images by their bytes. */
const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

/** Asks the core directly, as the page does, to check what reached the vault. */
async function core<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ([c, i]) => {
      const bridge = (
        window as unknown as {
          alcove: { invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: unknown }> };
        }
      ).alcove;
      const result = await bridge.invoke(c, i);
      if (!result.ok) throw new Error(`${c} failed: ${JSON.stringify(result)}`);
      return result.value;
    },
    [channel, input] as const,
  ) as Promise<T>;
}

interface Summary {
  id: string;
}
/** The bodies of every entry in the vault, newest first. */
async function bodies(page: Page): Promise<string[]> {
  const list = await core<{ entries: Summary[] }>(page, 'entries:list', { limit: 50 });
  const out: string[] = [];
  for (const e of list.entries)
    out.push((await core<{ body: string }>(page, 'entries:get', { id: e.id })).body);
  return out;
}

async function unlock(page: Page) {
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible();
}

function savedStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^Saved at \d{1,2}:\d{2}/ });
}

test('the entry saves itself once typing pauses; nothing is lost on reload or lock', async ({ app }) => {
  test.slow(); // two round trips through Argon2id (create, unlock) and a reload
  await createVaultAndEnter(app, PASSPHRASE);
  const body = app.getByLabel(BODY);
  await expect(body).toBeFocused();
  await expect(body).toHaveAttribute('aria-multiline', 'true');
  await app.keyboard.type('The first warm evening of the year.');
  await expect(savedStatus(app)).toBeVisible();
  // The first autosave created the entry; the composer keeps it (no fresh page, no duplicate).
  await expect(app.getByRole('navigation').getByText(/The first warm evening/)).toHaveCount(1);
  await expect(body).toHaveText('The first warm evening of the year.');
  await app.keyboard.type(' We ate outside.');
  await expect.poll(() => bodies(app)).toEqual(['The first warm evening of the year. We ate outside.']);

  await app.reload();
  await expect(app.getByRole('navigation').getByText(/The first warm evening/)).toBeVisible();

  // Typed, then locked at once with the button: the lock waits for the words to land.
  await app
    .getByRole('navigation')
    .getByText(/The first warm evening/)
    .click();
  await app.getByRole('article').getByRole('button', { name: 'Edit' }).click();
  await app.getByLabel(BODY).press('Control+End');
  await app.keyboard.type(' Then the stars.');
  await app.getByRole('button', { name: 'Lock' }).click();
  await expect(app.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await unlock(app);
  expect(await bodies(app)).toEqual(['The first warm evening of the year. We ate outside. Then the stars.']);
});

test('words typed just before Ctrl+Shift+H are in the vault after unlocking', async ({ app }) => {
  await createVaultAndEnter(app, PASSPHRASE);
  await app.getByLabel(BODY).click();
  await app.keyboard.type('Hidden in a hurry, kept all the same.');
  await app.keyboard.press('Control+Shift+H');
  await expect(app.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expect(app.getByText('Hidden in a hurry')).toHaveCount(0);
  await unlock(app);
  await expect(app.getByRole('navigation').getByText(/Hidden in a hurry/)).toBeVisible();
  expect(await bodies(app)).toEqual(['Hidden in a hurry, kept all the same.']);
});

test('undo and redo by keyboard and buttons; the toolbar writes Markdown; words are counted', async ({
  app,
}) => {
  test.slow(); // many small steps, each waiting for the page
  await createVaultAndEnter(app, PASSPHRASE);
  const body = app.getByLabel(BODY);
  const toolbar = app.getByRole('toolbar', { name: 'Formatting' });
  await expect(app.getByText('0 words')).toBeVisible();
  await body.click();
  await app.keyboard.type('Slow morning.');
  await expect(app.getByText('2 words')).toBeVisible();
  await expect(savedStatus(app)).toBeVisible(); // a pause: what follows is a separate step to undo
  await app.keyboard.insertText(' Coffee outside.'); // one input: one step to undo, however slow the machine
  await expect(app.getByText('4 words')).toBeVisible();

  await app.keyboard.press('Control+Z');
  await expect(body).toHaveText('Slow morning.');
  await app.keyboard.press('Control+Shift+Z');
  await expect(body).toHaveText('Slow morning. Coffee outside.');
  await app.keyboard.press('Control+Z');
  await app.keyboard.press('Control+Y');
  await expect(body).toHaveText('Slow morning. Coffee outside.');
  await toolbar.getByRole('button', { name: 'Undo' }).click();
  await expect(body).toHaveText('Slow morning.');
  await expect(body).toBeFocused(); // the toolbar leaves the focus in the text
  await toolbar.getByRole('button', { name: 'Redo' }).click();
  await expect(body).toHaveText('Slow morning. Coffee outside.');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute(
    'aria-keyshortcuts',
    'Control+B Meta+B',
  );

  await app.keyboard.press('Control+A');
  await toolbar.getByRole('button', { name: 'Bold' }).click();
  await expect(body).toHaveText('**Slow morning. Coffee outside.**');
  await app.keyboard.press('Control+End');
  await app.keyboard.press('Enter');
  // On an empty line, as people do: the mark first, then the words after its space.
  await toolbar.getByRole('button', { name: 'Checklist' }).click();
  await app.keyboard.type('call a friend');
  await expect(body).toContainText('- [ ] call a friend');
  await expect(app.getByText('7 words')).toBeVisible();
  await expect.poll(() => bodies(app)).toEqual(['**Slow morning. Coffee outside.**\n- [ ] call a friend']);
});

test('a pasted image becomes an encrypted attachment, referenced where the cursor was', async ({ app }) => {
  await createVaultAndEnter(app, PASSPHRASE);
  const body = app.getByLabel(BODY);
  await body.click();
  const paste = (name: string, type: string, base64: string) =>
    body.evaluate(
      (element, [n, t, b]) => {
        const bytes = Uint8Array.from(atob(b), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], n, { type: t }));
        element.dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
        );
      },
      [name, type, base64] as const,
    );

  // Not an image: said plainly, nothing added.
  await paste('notes.txt', 'text/plain', btoa('plain words'));
  await expect(app.getByRole('alert')).toHaveText('Only PNG, JPEG, GIF and WebP images can be added.');

  // On an empty page: the entry is created first, then the image joins it.
  await paste('sunset.png', 'image/png', PNG_BASE64);
  await expect(app.getByText('Image added.')).toBeVisible();
  await expect(body).toContainText('![sunset](attachment:');
  await app.keyboard.type('The sky tonight.');
  await expect
    .poll(async () => (await bodies(app))[0] ?? '')
    .toMatch(/^!\[sunset\]\(attachment:[0-9a-f]{32}\)\nThe sky tonight\.$/);

  const [entry] = (await core<{ entries: Summary[] }>(app, 'entries:list', { limit: 5 })).entries;
  const { attachments } = await core<{ attachments: { id: string; name: string; type: string }[] }>(
    app,
    'attachments:list',
    { entryId: entry!.id },
  );
  expect(attachments).toHaveLength(1);
  expect(attachments[0]).toMatchObject({ name: 'sunset.png', type: 'image/png' });
  expect((await bodies(app))[0]).toContain(`(attachment:${attachments[0]!.id})`);
});

const COMBINATIONS = [
  { locale: 'en-US', colorScheme: 'light', tag: 'en-light' },
  { locale: 'en-US', colorScheme: 'dark', tag: 'en-dark' },
  { locale: 'fr-FR', colorScheme: 'light', tag: 'fr-light' },
  { locale: 'fr-FR', colorScheme: 'dark', tag: 'fr-dark' },
] as const;

const FOCUS = {
  en: { enter: 'Focus mode', leave: 'Leave focus mode', body: BODY, words: '11 words', saved: /^Saved at / },
  fr: {
    enter: 'Mode concentration',
    leave: 'Quitter le mode concentration',
    body: 'Qu’avez-vous en tête\u202f?',
    words: '11\u00a0mots',
    saved: /^Enregistré à \d{1,2}\u00a0h\u00a0\d{2}$/,
  },
} as const;

for (const combination of COMBINATIONS) {
  test.describe(`the editor in ${combination.tag}`, () => {
    test.use({ locale: combination.locale, colorScheme: combination.colorScheme });

    test('focus mode hides the timeline and the chrome; Escape brings them back', async ({ app, shoot }) => {
      test.slow(); // axe twice over the whole journal
      const lang = combination.locale.startsWith('fr') ? 'fr' : 'en';
      const s = FOCUS[lang];
      await createVaultAndEnter(app, PASSPHRASE, lang);
      const body = app.getByLabel(s.body);
      await body.click();
      await app.keyboard.type('# Sunday\nA **long** walk by the river, then *soup*.\n- [ ] call home');
      await expect(app.getByText(s.words)).toBeVisible();
      await expect(app.getByRole('status').filter({ hasText: s.saved })).toBeVisible();
      await shoot(`editor-${combination.tag}`);
      await expectNoAxeViolations(app);

      await app.keyboard.press('Control+Shift+F');
      await expect(app.getByRole('navigation')).toBeHidden();
      await expect(app.getByRole('banner')).toBeHidden();
      await expect(body).toBeFocused();
      await expect(app.getByRole('button', { name: s.leave })).toHaveAttribute('aria-pressed', 'true');
      await shoot(`editor-focus-${combination.tag}`);
      await expectNoAxeViolations(app);

      await app.keyboard.press('Escape');
      await expect(app.getByRole('navigation')).toBeVisible();
      await expect(app.getByRole('banner')).toBeVisible();
      await expect(body).toBeFocused();

      // The button does the same.
      await app.getByRole('button', { name: s.enter }).click();
      await expect(app.getByRole('navigation')).toBeHidden();
      await expect(body).toBeFocused();
      await app.keyboard.press('Control+Shift+F');
      await expect(app.getByRole('navigation')).toBeVisible();
    });
  });
}
