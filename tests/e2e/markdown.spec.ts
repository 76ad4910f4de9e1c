import zlib from 'node:zlib';
import type { Page } from '@playwright/test';
import type { IpcResult } from '../../shared/errors';
import { expect, expectNoAxeViolations, test } from './support/fixtures';
import { createVaultAndEnter } from './support/journey';

/**
 * An entry's Markdown in the reading view, in real Chromium against the real core: what a person
 * writes is formatted, but nothing in it runs, navigates or reaches the network, and the images
 * shown are the vault's own.
 */
const PASSPHRASE = 'slow rain on the garden wall';

type PageWindow = {
  alcove: { invoke(channel: string, input: unknown): Promise<IpcResult<unknown>> };
  __pwned?: unknown;
};

/** A real PNG (RGB, a soft diagonal gradient), built here so the test needs no binary fixture. */
function gradientPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0); // filter: none
    for (let x = 0; x < width; x++) {
      const t = (x / width + y / height) / 2;
      rows.push(Math.round(47 + t * 160), Math.round(93 + t * 110), Math.round(85 + t * 60));
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function invoke<T>(app: Page, channel: string, input: unknown): Promise<T> {
  const result = await app.evaluate(
    ({ channel, input }) => (window as unknown as PageWindow).alcove.invoke(channel, input),
    { channel, input },
  );
  if (!result.ok) throw new Error(`${channel} was refused: ${result.error.code}`);
  return result.value as T;
}

async function openEntry(app: Page, title: string) {
  await app.reload();
  await app
    .getByRole('list', { name: /Entries|Entrées/ })
    .getByRole('button', { name: title })
    .click();
  await expect(app.getByRole('article')).toBeVisible();
}

const PAYLOADS = [
  'Some **words** still read.',
  '',
  '<script>window.__pwned = "script"</script>',
  '',
  '<img src=x onerror="window.__pwned = \'img\'">',
  '',
  '[click me](javascript:window.__pwned=1)',
  '',
  '<iframe src="javascript:window.__pwned=2"></iframe>',
  '',
  '<svg onload="window.__pwned = \'svg\'"><circle r="5"/></svg>',
  '',
  '![remote pixel](https://example.invalid/t.png)',
  '',
  '![inline pixel](data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==)',
  '',
  '[a data page](data:text/html,<script>alert(1)</script>)',
  '',
  'Entities: &lt;script&gt;alert(3)&lt;/script&gt; &#60;b&#62;bold?&#60;/b&#62; &amp;',
  '',
  'Autolinks: <https://example.invalid/auto> and www.example.invalid and someone@example.invalid',
  '',
  '<a href="https://example.invalid/raw">a raw anchor</a>',
  '',
  '[by reference][r] <details open><summary>open me</summary>hidden</details>',
  '',
  '[r]: javascript:alert(4)',
].join('\n');

test.describe('an entry written in Markdown', () => {
  test.use({ allowCspBlockedRequests: false });

  test('renders classic XSS payloads as inert, readable text', async ({ app }) => {
    const dialogs: string[] = [];
    app.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await createVaultAndEnter(app, PASSPHRASE);
    await invoke(app, 'entries:create', { title: 'Payloads', body: PAYLOADS });
    await openEntry(app, 'Payloads');

    const text = app.getByRole('article').locator('.markdown');
    // The renderer chunk has loaded: the emphasis is an element, not asterisks.
    await expect(text.locator('strong')).toHaveText('words');
    await expect(text).toContainText('<script>window.__pwned = "script"</script>');
    await expect(text).toContainText('<img src=x onerror=');
    await expect(text).toContainText('click me (javascript:window.__pwned=1)');
    await expect(text).toContainText('Image not loaded: https://example.invalid/t.png');
    await expect(text).toContainText('Image not loaded: data:image/png;base64,');
    await expect(text).toContainText('Entities: <script>alert(3)</script> <b>bold?</b> &');
    await expect(text).toContainText('Autolinks: https://example.invalid/auto and www.example.invalid');
    await expect(text).toContainText('by reference (javascript:alert(4))');

    // Clicking what looks like a link does nothing either.
    await text.getByText('click me').click();
    await text.getByText('a raw anchor').click();

    expect(dialogs).toEqual([]);
    expect(await app.evaluate(() => (window as unknown as PageWindow).__pwned)).toBeUndefined();
    const dom = await app.evaluate(() => ({
      inlineScripts: [...document.scripts].filter((s) => !s.src).length,
      foreignScripts: [...document.scripts].filter((s) => s.src && new URL(s.src).origin !== location.origin)
        .length,
      frames: document.querySelectorAll('iframe, frame, object, embed').length,
      anchors: document.querySelectorAll('a[href]').length,
      images: [...document.images].map((img) => img.getAttribute('src')),
      inTextElements: [
        ...new Set(
          [...document.querySelectorAll('.markdown *')].map((element) => element.tagName.toLowerCase()),
        ),
      ].sort(),
      handlers: [...document.querySelectorAll('.markdown *')].flatMap((element) =>
        [...element.attributes].map((a) => a.name).filter((name) => name.startsWith('on')),
      ),
    }));
    expect(dom.inlineScripts).toBe(0);
    expect(dom.foreignScripts).toBe(0);
    expect(dom.frames).toBe(0);
    expect(dom.anchors).toBe(0);
    expect(dom.images).toEqual([]);
    expect(dom.handlers).toEqual([]);
    // Only what Markdown itself makes: no svg, script, iframe, details, a or img from the HTML.
    expect(dom.inTextElements).toEqual(['p', 'span', 'strong']);
    expect(app.url()).toMatch(/\/$/);
  });

  test('shows its vault images, and the attached ones the text does not name after it', async ({ app }) => {
    await createVaultAndEnter(app, PASSPHRASE);
    const entry = await invoke<{ id: string }>(app, 'entries:create', { title: 'Garden', body: 'draft' });
    const png = gradientPng(120, 80).toString('base64');
    const named = await invoke<{ id: string }>(app, 'attachments:add', {
      entryId: entry.id,
      name: 'wall.png',
      dataBase64: png,
    });
    await invoke(app, 'attachments:add', { entryId: entry.id, name: 'imported.png', dataBase64: png });
    await invoke(app, 'entries:update', {
      id: entry.id,
      title: 'Garden',
      body: `The wall after the rain:\n\n![The wet garden wall](attachment:${named.id})`,
    });
    await openEntry(app, 'Garden');

    const article = app.getByRole('article');
    const inText = article.locator('.markdown').getByRole('img', { name: 'The wet garden wall' });
    await expect(inText).toBeVisible();
    const gallery = article.getByRole('region', { name: 'Images attached to this entry' });
    const attached = gallery.getByRole('img', { name: 'Attached image 1 of 1' });
    await expect(attached).toBeVisible();
    for (const image of [inText, attached]) {
      await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(120);
      expect(await image.getAttribute('src')).toMatch(/^blob:/);
    }
    await expect(gallery.getByRole('img')).toHaveCount(1);
  });

  test('says so when a named image is no longer in the journal', async ({ app }) => {
    await createVaultAndEnter(app, PASSPHRASE);
    await invoke(app, 'entries:create', {
      title: 'Gone',
      body: '![The old photo](attachment:0123456789abcdef0123456789abcdef)',
    });
    await openEntry(app, 'Gone');
    await expect(app.getByRole('article')).toContainText(
      'The old photo — This image is no longer in the journal.',
    );
    await expect(app.locator('img')).toHaveCount(0);
  });
});

const RICH = {
  en: {
    title: 'A slow Sunday',
    body: (image: string) =>
      [
        '# Morning',
        '',
        'Woke up *early* and made **real coffee**. The garden was still wet.',
        '',
        `![The garden wall after the rain](attachment:${image})`,
        '',
        '## Things I want to keep',
        '',
        '- the smell of the rain',
        '- a call with my sister, long and easy',
        '  1. she laughed at my story',
        '  2. we planned a walk',
        '',
        '> Rest is not a reward. It is part of the work.',
        '',
        '### This week',
        '',
        '- [x] write three lines a day',
        '- [ ] go to bed before midnight',
        '',
        '| Day | Sleep | Walk |',
        '| --- | ---: | --- |',
        '| Sat | 7 h | park |',
        '| Sun | 8 h | river |',
        '',
        'The article I read: [on slowness](https://example.invalid/slow), and `inline code` too.',
        '',
        '```',
        'breathe in  4',
        'hold        4',
        'breathe out 6',
        '```',
        '',
        '![a picture from the web](https://example.invalid/sky.jpg)',
      ].join('\n'),
    galleryName: 'Images attached to this entry',
  },
  fr: {
    title: 'Un dimanche tranquille',
    body: (image: string) =>
      [
        '# Matin',
        '',
        'Réveil *tôt*, et un **vrai café**. Le jardin était encore mouillé.',
        '',
        `![Le mur du jardin après la pluie](attachment:${image})`,
        '',
        '## Ce que je veux garder',
        '',
        '- l’odeur de la pluie',
        '- un appel avec ma sœur, long et facile',
        '  1. elle a ri de mon histoire',
        '  2. on a prévu une promenade',
        '',
        '> Le repos n’est pas une récompense. Il fait partie du travail.',
        '',
        '### Cette semaine',
        '',
        '- [x] écrire trois lignes par jour',
        '- [ ] me coucher avant minuit',
        '',
        '| Jour | Sommeil | Marche |',
        '| --- | ---: | --- |',
        '| sam. | 7 h | parc |',
        '| dim. | 8 h | rivière |',
        '',
        'L’article lu\u00a0: [sur la lenteur](https://example.invalid/lent), et du `code` aussi.',
        '',
        '```',
        'inspirer  4',
        'retenir   4',
        'expirer   6',
        '```',
        '',
        '![une image du web](https://example.invalid/ciel.jpg)',
      ].join('\n'),
    galleryName: 'Images jointes à cette entrée',
  },
} as const;

const COMBINATIONS = [
  { locale: 'en-US', colorScheme: 'light', tag: 'en-light', lang: 'en' },
  { locale: 'en-US', colorScheme: 'dark', tag: 'en-dark', lang: 'en' },
  { locale: 'fr-FR', colorScheme: 'light', tag: 'fr-light', lang: 'fr' },
  { locale: 'fr-FR', colorScheme: 'dark', tag: 'fr-dark', lang: 'fr' },
] as const;

for (const combination of COMBINATIONS) {
  test.describe(`a rich entry in ${combination.tag}`, () => {
    test.use({ locale: combination.locale, colorScheme: combination.colorScheme });

    test('reads well and passes axe', async ({ app, shoot }) => {
      // A vault, three images through the bridge, a full-page capture and axe: over a minute on a
      // loaded machine (it timed out at 60 s under a load average of 23 on two cores).
      test.slow();
      const s = RICH[combination.lang];
      await createVaultAndEnter(app, PASSPHRASE, combination.lang);
      const entry = await invoke<{ id: string }>(app, 'entries:create', { title: s.title, body: '…' });
      const png = gradientPng(480, 300).toString('base64');
      const shown = await invoke<{ id: string }>(app, 'attachments:add', {
        entryId: entry.id,
        dataBase64: png,
      });
      for (let i = 0; i < 2; i++)
        await invoke(app, 'attachments:add', {
          entryId: entry.id,
          dataBase64: gradientPng(200, 200).toString('base64'),
        });
      await invoke(app, 'entries:update', { id: entry.id, title: s.title, body: s.body(shown.id) });
      await openEntry(app, s.title);

      const article = app.getByRole('article');
      await expect(article.locator('.markdown table')).toBeVisible();
      const images = article.getByRole('img');
      await expect(images).toHaveCount(3);
      for (const image of await images.all())
        await expect
          .poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth))
          .toBeGreaterThan(0);
      await expect(article.getByRole('region', { name: s.galleryName }).getByRole('img')).toHaveCount(2);
      await shoot(`markdown-entry-${combination.tag}`);
      await expectNoAxeViolations(app);
    });
  });
}
