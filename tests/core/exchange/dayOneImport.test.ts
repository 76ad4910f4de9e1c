import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDayOne } from '../../../electron/core/exchange/import/dayOneImport';
import { makeTempDir } from '../support/coreHarness';
import { FIXTURES, importOptions, TINY_PNG } from './support/samples';
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
        // The photo's bytes are not an image Alcove shows: its link stays where it was.
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
      { reason: 'photo-unsupported', where: 'Journal.json: entries[0]', count: 1 },
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

  it('accepts the Journal.json alone, once unzipped (its photos are said to be missing)', async () => {
    const result = await importDayOne(journalJson(), importOptions());
    expect(result.entries).toHaveLength(2);
    expect(result.skipped).toContainEqual({
      reason: 'photo-missing',
      where: 'Journal.json: entries[0]',
      count: 1,
    });
  });

  it('attaches photos Alcove can show, drops their links from the text, and counts the others', async () => {
    const journal = JSON.stringify({
      metadata: { version: '1.0' },
      entries: [
        {
          uuid: 'C1',
          creationDate: '2024-05-01T08:00:00Z',
          text: 'Morning at the lake.\n\n![](dayone-moment://PNG1)\n\n![](dayone-moment://HEIC1)\n\nCold water.',
          photos: [
            { identifier: 'PNG1', md5: 'a'.repeat(32), type: 'png' },
            { identifier: 'HEIC1', md5: 'b'.repeat(32), type: 'heic' },
            { identifier: 'GONE1', md5: 'c'.repeat(32), type: 'jpeg' },
          ],
          videos: [{ identifier: 'V1' }],
        },
      ],
    });
    const zip = buildZip([
      { name: 'Journal.json', data: journal },
      { name: `photos/${'a'.repeat(32)}.png`, data: TINY_PNG, method: 'store' },
      { name: `photos/${'b'.repeat(32)}.heic`, data: Buffer.from('....ftypheic....'), method: 'store' },
      { name: `videos/${'d'.repeat(32)}.mov`, data: 'not read', method: 'store' },
    ]);
    const result = await importDayOne(zip, importOptions());
    expect(result.entries).toHaveLength(1);
    const [entry] = result.entries;
    expect(entry!.body).toBe('Morning at the lake.\n\n![](dayone-moment://HEIC1)\n\nCold water.');
    expect(entry!.images?.map((image) => [image.name, Buffer.from(image.bytes).toString('base64')])).toEqual([
      [`${'a'.repeat(32)}.png`, TINY_PNG.toString('base64')],
    ]);
    expect(result.skipped).toEqual([
      { reason: 'attachments-not-imported', where: 'Journal.json: entries[0]', count: 1 },
      { reason: 'photo-unsupported', where: 'Journal.json: entries[0]', count: 1 },
      { reason: 'photo-missing', where: 'Journal.json: entries[0]', count: 1 },
    ]);
  });

  it('refuses an archive without any journal, and a file that is neither zip nor JSON', async () => {
    const photosOnly = buildZip([{ name: 'photos/a.jpeg', data: 'x', method: 'store' }]);
    await expect(importDayOne(photosOnly, importOptions())).rejects.toThrow(/no Day One journal/);
    await expect(importDayOne(Buffer.from('%PDF-1.7'), importOptions())).rejects.toMatchObject({
      messageKey: 'import.notZip',
    });
  });
});
