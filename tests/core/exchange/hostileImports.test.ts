import { describe, expect, it } from 'vitest';
import { importAlcoveJson } from '../../../electron/core/exchange/import/alcoveJsonImport';
import { importDayOne } from '../../../electron/core/exchange/import/dayOneImport';
import { ImportError } from '../../../electron/core/exchange/import/importError';
import { importJrnlJson } from '../../../electron/core/exchange/import/jrnlImport';
import { importMarkdownFolder } from '../../../electron/core/exchange/import/markdownFolderImport';
import type { ImportLimits } from '../../../electron/core/exchange/import/importLimits';
import { checkJsonDepth } from '../../../electron/core/exchange/import/safeJson';
import { MAX_BODY_CHARS } from '../../../shared/domain/entry';
import type { ImportProblem } from '../../../shared/exchange/importResult';
import { importOptions } from './support/samples';
import { buildZip, type ZipItem } from './support/zipFile';

const MiB = 1024 * 1024;
const opts = (limits: Partial<ImportLimits> = {}) => importOptions({ limits });

/** The error an import fails with; fails the test if it succeeds. */
async function refusal(run: () => unknown): Promise<ImportError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  throw new Error('the import was not refused');
}

async function expectRefused(run: () => unknown, key: ImportProblem, message: RegExp) {
  const error = await refusal(run);
  expect({ key: error.messageKey, message: error.message }).toEqual({
    key,
    message: expect.stringMatching(message),
  });
}

const jrnlEntry = (i: number) => ({ title: `t${i}`, body: 'b', date: '2020-01-01', time: '10:00', tags: [] });
const dayOneEntry = (i: number) => ({ uuid: `U${i}`, creationDate: '2024-01-01T10:00:00Z', text: `e${i}` });
const json = (value: unknown) => Buffer.from(JSON.stringify(value));
const dayOneZip = (items: ZipItem[]) => buildZip(items);

describe('hostile archives are refused before they cost anything', () => {
  it('a real zip bomb (50 MB of zeros deflated to a few KB) is refused by its ratio, nothing inflated', async () => {
    const zeros = Buffer.alloc(50 * MiB);
    const bomb = dayOneZip([{ name: 'Journal.json', data: zeros }]);
    expect(bomb.length).toBeLessThan(MiB);
    const started = performance.now();
    await expectRefused(() => importDayOne(bomb, opts()), 'import.zipBomb', /compressed more than 100 to 1/);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('a bomb that lies about its size is stopped at the first byte past what it declared', async () => {
    const liar = dayOneZip([{ name: 'Journal.json', data: Buffer.alloc(50 * MiB), declaredSize: 1000 }]);
    const started = performance.now();
    await expectRefused(
      () => importDayOne(liar, opts()),
      'import.zipBomb',
      /inflates to more than it declares/,
    );
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('an archive declaring more uncompressed data than allowed in total is refused', async () => {
    const many = dayOneZip([
      { name: 'Journal.json', data: json({ entries: [] }) },
      { name: 'photos/a.jpeg', data: Buffer.alloc(600), method: 'store' },
      { name: 'photos/b.jpeg', data: Buffer.alloc(600), method: 'store' },
    ]);
    await expectRefused(
      () => importDayOne(many, opts({ maxUncompressedBytes: 1000 })),
      'import.zipBomb',
      /declares more uncompressed data than allowed/,
    );
  });

  it('an archive with more files than allowed is refused before any is read', async () => {
    const items = Array.from({ length: 6 }, (_, i) => ({
      name: `photos/${i}.jpeg`,
      data: 'x',
      method: 'store' as const,
    }));
    await expectRefused(
      () => importDayOne(dayOneZip(items), opts({ maxFiles: 5 })),
      'import.tooManyEntries',
      /6 files, more than the 5/,
    );
  });

  it.each([
    ['../evil.txt', /points outside it or is malformed/],
    ['/etc/passwd', /points outside it or is malformed/],
    ['C:/Windows/evil.json', /points outside it or is malformed/],
    ['photos\\..\\..\\evil.json', /points outside it or is malformed/],
    ['photos/../../evil.json', /points outside it or is malformed/],
    ['Journal.json\u0000.jpeg', /NUL or control character/],
    ['photos//a.jpeg', /empty or "." step/],
  ])('an entry named %j refuses the whole archive', async (name, message) => {
    const zip = dayOneZip([
      { name: 'Journal.json', data: json({ entries: [dayOneEntry(1)] }) },
      { name, data: 'x', method: 'store' },
    ]);
    await expectRefused(() => importDayOne(zip, opts()), 'import.unsafePath', message);
  });

  it('two files with the same name refuse the archive', async () => {
    const zip = dayOneZip([
      { name: 'Journal.json', data: json({ entries: [dayOneEntry(1)] }) },
      { name: 'Journal.json', data: json({ entries: [dayOneEntry(2)] }) },
    ]);
    await expectRefused(() => importDayOne(zip, opts()), 'import.duplicateName', /same name/);
  });

  it('a password-protected archive is refused with a way out', async () => {
    const zip = dayOneZip([{ name: 'Journal.json', data: json({ entries: [] }), encrypted: true }]);
    await expectRefused(() => importDayOne(zip, opts()), 'import.encryptedZip', /without a password/);
  });

  it('a damaged archive and an archive too large are refused', async () => {
    const zip = dayOneZip([{ name: 'Journal.json', data: json({ entries: [] }) }]);
    await expectRefused(
      () => importDayOne(zip.subarray(0, zip.length - 10), opts()),
      'import.notZip',
      /not a zip archive|damaged/,
    );
    await expectRefused(
      () => importDayOne(zip, opts({ maxFileBytes: 100 })),
      'import.tooLarge',
      /more than the/,
    );
  });
});

describe('hostile JSON is refused with a clear message, whatever the format', () => {
  const formats = {
    alcove: (bytes: Uint8Array, limits?: Partial<ImportLimits>) => importAlcoveJson(bytes, opts(limits)),
    jrnl: (bytes: Uint8Array, limits?: Partial<ImportLimits>) => importJrnlJson(bytes, opts(limits)),
    dayone: (bytes: Uint8Array, limits?: Partial<ImportLimits>) => importDayOne(bytes, opts(limits)),
  };

  it.each(Object.entries(formats))(
    '%s: nesting deeper than 64 levels, found before JSON.parse',
    async (_, read) => {
      const deep = Buffer.from(`{"entries":${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
      await expectRefused(() => read(deep), 'import.tooDeep', /nested more than 64 levels/);
    },
  );

  it.each(Object.entries(formats))('%s: invalid UTF-8', async (_, read) => {
    const bytes = Buffer.concat([
      Buffer.from('{"entries":[{"text":"caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}]}'),
    ]);
    await expectRefused(() => read(bytes), 'import.notUtf8', /not UTF-8/);
  });

  it.each(Object.entries(formats))('%s: text that is not JSON, without quoting it', async (_, read) => {
    const error = await refusal(() => read(Buffer.from('{"entries": [ my secret diary')));
    expect(error.messageKey).toBe('import.notJson');
    expect(error.message).not.toContain('secret');
  });

  it.each(Object.entries(formats))('%s: JSON larger than allowed', async (_, read) => {
    await expectRefused(
      () => read(json({ entries: [] }), { maxJsonBytes: 5 }),
      'import.tooLarge',
      /more than the/,
    );
  });

  it('more entries than the cap, in each format', async () => {
    const limits = { maxEntries: 3 };
    const four = [0, 1, 2, 3];
    await expectRefused(
      () => formats.jrnl(json({ entries: four.map(jrnlEntry) }), limits),
      'import.tooManyEntries',
      /4 entries, more than the 3/,
    );
    await expectRefused(
      () => formats.dayone(json({ entries: four.map(dayOneEntry) }), limits),
      'import.tooManyEntries',
      /4 entries/,
    );
    const alcove = { format: 'alcove-export', version: 1, entries: four };
    await expectRefused(() => formats.alcove(json(alcove), limits), 'import.tooManyEntries', /4 entries/);
    const twoJournals = dayOneZip([
      { name: 'A.json', data: json({ entries: [0, 1].map(dayOneEntry) }) },
      { name: 'B.json', data: json({ entries: [2, 3].map(dayOneEntry) }) },
    ]);
    await expectRefused(() => importDayOne(twoJournals, opts(limits)), 'import.tooManyEntries', /4 entries/);
    const files = four.map((i) => ({ path: `2024-01-0${i + 1}.md`, bytes: Buffer.from('x') }));
    await expectRefused(
      () => importMarkdownFolder(files, opts(limits)),
      'import.tooManyEntries',
      /more than 3 entries/,
    );
  });

  it('a huge string: a body past the 8 MB limit refuses the whole file', async () => {
    const huge = json({ entries: [jrnlEntry(0), { ...jrnlEntry(1), body: 'x'.repeat(MAX_BODY_CHARS + 1) }] });
    await expectRefused(
      () => formats.jrnl(huge),
      'import.textTooLong',
      /entries\[1\] is 8388609 characters long/,
    );
    const md = [{ path: '2024-01-01.md', bytes: Buffer.from('y'.repeat(2001)) }];
    await expectRefused(
      () => importMarkdownFolder(md, opts({ maxBodyChars: 2000 })),
      'import.textTooLong',
      /2001 characters/,
    );
  });

  it('wrong types are named with their path', async () => {
    await expectRefused(
      () => formats.dayone(json({ entries: [dayOneEntry(0), { ...dayOneEntry(1), creationDate: 5 }] })),
      'import.invalidContent',
      /entries\[1\]\.creationDate: Invalid input: expected string, received number/,
    );
    await expectRefused(
      () => formats.dayone(json({ entries: [{ ...dayOneEntry(0), tags: 'one' }] })),
      'import.invalidContent',
      /entries\[0\]\.tags/,
    );
  });

  it('the depth scan ignores brackets inside strings and escaped quotes', () => {
    expect(() => checkJsonDepth(JSON.stringify({ a: '[[[[{{{{\\"[[[[' }), 2)).not.toThrow();
    expect(() => checkJsonDepth('[[[]]]', 2)).toThrow(/more than 2 levels/);
  });
});

describe('hostile folder listings are refused before any file is read', () => {
  const md = (path: string) => ({ path, bytes: Buffer.from('# x') });

  it.each([
    ['../evil.md', /climbs out of its folder/],
    ['notes/../../evil.md', /climbs out of its folder/],
    ['/etc/passwd', /absolute path/],
    ['C:/journal/x.md', /absolute path/],
    ['notes\\x.md', /backslash/],
    ['x\u0000.md', /NUL or control character/],
    ['./x.md', /empty or "." step/],
  ])('a path %j refuses the folder', async (path, message) => {
    await expectRefused(
      () => importMarkdownFolder([md('2024-01-01 ok.md'), md(path)], opts()),
      'import.unsafePath',
      message,
    );
  });

  it('the same path twice (also when only its Unicode form differs) refuses the folder', async () => {
    await expectRefused(
      () => importMarkdownFolder([md('2024-01-01 café.md'), md('2024-01-01 cafe\u0301.md')], opts()),
      'import.duplicateName',
      /same name/,
    );
  });

  it('a folder larger than allowed is refused', async () => {
    await expectRefused(
      () => importMarkdownFolder([md('2024-01-01.md')], opts({ maxFileBytes: 2 })),
      'import.tooLarge',
      /the folder is/,
    );
  });

  it('error messages never repeat a file name (names can be journal text too)', async () => {
    const error = await refusal(() => importMarkdownFolder([md('../my affair.md')], opts()));
    expect(error.message).not.toContain('affair');
  });
});
