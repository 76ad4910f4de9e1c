import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importJrnlJson } from '../../../electron/core/exchange/import/jrnlImport';
import { MAX_TITLE_CHARS } from '../../../shared/domain/entry';
import { FIXTURES, importOptions } from './support/samples';

const sample = () => fs.readFileSync(path.join(FIXTURES, 'jrnl/journal.json'));

describe('importing a jrnl JSON export', () => {
  it('reads title, body, wall-clock date and tags (without their @), and skips an impossible date', () => {
    const result = importJrnlJson(sample(), importOptions());
    expect(result.entries).toEqual([
      {
        title: 'This is the first sample entry.',
        body: 'This is the sample body text of the first sample entry.',
        createdAt: '2020-06-28T18:22:00.000Z',
        updatedAt: '2020-06-28T18:22:00.000Z',
        emotions: [],
        tags: [],
      },
      {
        title: 'Une journée à l’atelier.',
        body: 'Réunion difficile au @travail, puis un café 🌙 avec Zoé.\nUne deuxième ligne.',
        createdAt: '2020-07-01T20:00:00.000Z',
        updatedAt: '2020-07-01T20:00:00.000Z',
        emotions: [],
        tags: ['travail'],
      },
      expect.objectContaining({ title: 'An @idea for later.', body: '', tags: ['idea'] }),
    ]);
    expect(result.skipped).toEqual([{ reason: 'bad-date', where: 'entries[3]' }]);
  });

  it("reads jrnl's dates in the computer's own time zone by default", () => {
    const result = importJrnlJson(sample(), { now: () => new Date('2026-01-01T00:00:00Z') });
    expect(result.entries[0]!.createdAt).toBe(new Date(2020, 5, 28, 18, 22).toISOString());
  });

  it('moves a title longer than Alcove allows to the top of the body, losing no word', () => {
    const longTitle = `${'Une très longue première phrase '.repeat(20)}fin.`;
    expect(longTitle.length).toBeGreaterThan(MAX_TITLE_CHARS);
    const file = {
      entries: [
        { title: longTitle, body: 'La suite.', date: '2021-01-02', time: '08:00', tags: [], starred: false },
      ],
    };
    const [imported] = importJrnlJson(Buffer.from(JSON.stringify(file)), importOptions()).entries;
    expect(imported).toMatchObject({ title: '', body: `${longTitle}\n\nLa suite.` });
  });

  it('refuses a file whose entries are not what jrnl writes, naming where', () => {
    const file = {
      tags: {},
      entries: [{ title: 'x', body: 42, date: '2021-01-02', time: '08:00', tags: [] }],
    };
    expect(() => importJrnlJson(Buffer.from(JSON.stringify(file)), importOptions())).toThrow(
      /entries\[0\]\.body: Invalid input: expected string, received number/,
    );
    expect(() => importJrnlJson(Buffer.from('{"journal": []}'), importOptions())).toThrow(
      /not a jrnl JSON export/,
    );
  });
});
