import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMarkdownFolder } from '../../../electron/core/exchange/import/markdownFolderImport';
import { makeTempDir } from '../support/coreHarness';
import { listFolder } from './support/folder';
import { FIXTURES, importOptions } from './support/samples';

/** The sample folder copied to a fresh temp dir (plus files a test adds), listed as the adapter would. */
function folderWith(extra: Record<string, string | Uint8Array> = {}) {
  const dir = makeTempDir('alcove-md-import-');
  fs.cpSync(path.join(FIXTURES, 'markdown'), dir, { recursive: true });
  for (const [name, content] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return listFolder(dir);
}

describe('importing a folder of Markdown files', () => {
  it('dates each file from its front matter or its file name, and titles it from front matter, heading or name', () => {
    const result = importMarkdownFolder(folderWith(), importOptions());
    expect(result.entries).toEqual([
      {
        title: 'Une journée',
        body: 'Ce matin, une marche au bord du canal.\n\n- le café\n- la pluie\n',
        createdAt: '2024-03-05T12:00:00.000Z',
        updatedAt: '2024-03-05T12:00:00.000Z',
        emotions: [],
        tags: [],
      },
      expect.objectContaining({
        title: 'Un matin calme',
        body: 'Rien de spécial, et c’est bien.\n',
        createdAt: '2024-03-07T12:00:00.000Z',
      }),
      expect.objectContaining({
        title: 'Soirée: difficile',
        body: 'On a parlé longtemps. **Je me suis senti écouté.**\n',
        createdAt: '2024-03-06T21:30:00.000Z',
        tags: ['partner', 'sleep'],
      }),
      expect.objectContaining({
        title: 'zoned',
        createdAt: '2024-03-08T06:15:00.000Z',
        tags: ['work', 'body'],
      }),
    ]);
    // Hidden folders (.obsidian) are passed over; the rest of what is left out is said.
    expect(result.skipped).toEqual([
      { reason: 'not-a-journal-file', where: 'readme.txt' },
      { reason: 'no-date', where: 'undated.md' },
    ]);
  });

  it('keeps CRLF bodies as written and reads front matter closed by CRLF lines', () => {
    const files = folderWith({
      'windows.md': '---\r\ndate: 2024-04-01\r\ntitle: Windows\r\n---\r\nline one\r\nline two\r\n',
    });
    const windows = importMarkdownFolder(files, importOptions()).entries.find((e) => e.title === 'Windows');
    expect(windows?.body).toBe('line one\r\nline two\r\n');
  });

  it('skips a file that is not UTF-8 and one whose date does not parse or lies ahead, and imports the rest', () => {
    const files = folderWith({
      'old/2019-05-01 latin1.md': Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), // "café" in Latin-1
      'bad-date.md': '---\ndate: 2024-02-30\n---\ntext',
      'future.md': '---\ndate: 2099-01-01\n---\ntext',
      'anchor.md': '---\ndate: &d 2024-01-01\n---\ntext',
    });
    const result = importMarkdownFolder(files, importOptions());
    expect(result.entries).toHaveLength(4);
    expect(result.skipped).toEqual(
      expect.arrayContaining([
        { reason: 'not-utf8', where: 'old/2019-05-01 latin1.md' },
        { reason: 'bad-date', where: 'bad-date.md' },
        { reason: 'date-out-of-range', where: 'future.md' },
        { reason: 'bad-date', where: 'anchor.md' },
      ]),
    );
  });

  it('never expands YAML aliases: a "billion laughs" front matter is just an unread key', () => {
    const laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
      .concat(
        Array.from(
          { length: 9 },
          (_, i) =>
            `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)},*${String.fromCharCode(97 + i)}]`,
        ),
      )
      .join('\n');
    const files = [{ path: '2024-01-01 bomb.md', bytes: Buffer.from(`---\n${laughs}\ntags: *i\n---\nbody`) }];
    const started = performance.now();
    const [imported] = importMarkdownFolder(files, importOptions()).entries;
    expect(performance.now() - started).toBeLessThan(500);
    expect(imported).toMatchObject({ title: 'bomb', body: 'body', tags: [] });
  });

  it('stays linear on pathological files (nothing backtracks)', () => {
    const files = [
      `# ${' '.repeat(1_000_000)}x`,
      `# x${'#'.repeat(1_000_000)}`,
      `${'\n'.repeat(1_000_000)}# late heading`,
      `---\ntitle:${' '.repeat(60_000)}#\ntags: [${'a,'.repeat(30_000)}]\n---\nbody`,
    ].map((text, i) => ({ path: `2024-01-0${i + 1}.md`, bytes: Buffer.from(text) }));
    const started = performance.now();
    expect(importMarkdownFolder(files, importOptions()).entries).toHaveLength(4);
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('refuses a folder with no Markdown file at all', () => {
    expect(() => importMarkdownFolder([{ path: 'a.txt', bytes: Buffer.from('x') }], importOptions())).toThrow(
      /no Markdown file/,
    );
  });
});
