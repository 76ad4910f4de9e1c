import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDayOne } from '../../../electron/core/exchange/import/dayOneImport';
import { makeTempDir } from '../support/coreHarness';
import { FIXTURES, importOptions } from './support/samples';
import { buildZip } from './support/zipFile';

const journalJson = () => fs.readFileSync(path.join(FIXTURES, 'dayone/Journal.json'));

/** A Day One "JSON (.zip)" export as the app writes it, saved to a real file and read back. */
function dayOneZipFile(extra: { name: string; data: string }[] = []): Buffer {
  const zip = buildZip([
    { name: 'Journal.json', data: journalJson() },
    { name: 'photos/', data: '', method: 'store' },
    { name: 'photos/d41d8cd98f00b204e9800998ecf8427e.jpeg', data: 'not really a jpeg', method: 'store' },
    ...extra,
  ]);
  const file = path.join(makeTempDir('alcove-dayone-'), 'Export - Journal.zip');
  fs.writeFileSync(file, zip);
  return fs.readFileSync(file);
}

describe('importing a Day One export', () => {
  it('reads entries from the zip: title from a first-line heading, Markdown escapes resolved, tags, dates', async () => {
    const result = await importDayOne(dayOneZipFile(), importOptions());
    expect(result.entries).toEqual([
      {
        title: 'Noël chez mes parents',
        body:
          'Un repas long. Trop de questions (comme toujours)!\n\n' +
          '![](dayone-moment://76F9B0AC37954B51BF8B9146498B29C2)\n\nJ’ai tenu bon.',
        createdAt: '2023-12-25T03:04:32.000Z',
        updatedAt: '2023-12-25T09:10:00.000Z',
        emotions: [],
        tags: ['famille', 'fêtes'],
      },
      {
        title: '',
        body: 'No heading here, just a thought about the new year 🎆.',
        createdAt: '2024-01-02T18:45:00.000Z',
        updatedAt: '2024-01-02T18:45:00.000Z',
        emotions: [],
        tags: [],
      },
    ]);
    expect(result.skipped).toEqual([
      { reason: 'attachments-not-imported', where: 'Journal.json: entries[0]', count: 1 },
      { reason: 'bad-date', where: 'Journal.json: entries[2]' },
    ]);
  });

  it('reads every journal of a multi-journal export, and lists files it does not read', async () => {
    const second = JSON.stringify({
      metadata: { version: '1.0' },
      entries: [{ uuid: 'B', creationDate: '2024-02-01T10:00:00Z', text: 'Work journal.' }],
    });
    const result = await importDayOne(
      dayOneZipFile([
        { name: 'Work.json', data: second },
        { name: 'notes.txt', data: 'hello' },
      ]),
      importOptions(),
    );
    expect(result.entries.map((e) => e.body)).toContain('Work journal.');
    expect(result.entries).toHaveLength(3);
    expect(result.skipped).toContainEqual({ reason: 'not-a-journal-file', where: 'notes.txt' });
  });

  it('accepts the Journal.json alone, once unzipped', async () => {
    const result = await importDayOne(journalJson(), importOptions());
    expect(result.entries).toHaveLength(2);
  });

  it('refuses an archive without any journal, and a file that is neither zip nor JSON', async () => {
    const photosOnly = buildZip([{ name: 'photos/a.jpeg', data: 'x', method: 'store' }]);
    await expect(importDayOne(photosOnly, importOptions())).rejects.toThrow(/no Day One journal/);
    await expect(importDayOne(Buffer.from('%PDF-1.7'), importOptions())).rejects.toMatchObject({
      messageKey: 'import.notZip',
    });
  });
});
