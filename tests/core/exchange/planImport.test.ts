import { describe, expect, it } from 'vitest';
import { planImport } from '../../../electron/core/exchange/import/planImport';
import { importJrnlJson } from '../../../electron/core/exchange/import/jrnlImport';
import { excerptOf } from '../../../shared/domain/entry';
import type { ImportedEntry } from '../../../shared/exchange/importResult';
import { importOptions } from './support/samples';

const incoming = (body: string, createdAt = '2024-03-05T12:00:00.000Z'): ImportedEntry => ({
  title: '',
  body,
  createdAt,
  updatedAt: createdAt,
  emotions: [],
  tags: [],
});

describe('planning an import', () => {
  it('finds entries already in the journal by date and excerpt, even with a different title or spacing', () => {
    const existing = [
      { createdAt: '2024-03-05T12:00:00Z', title: 'Old title', excerpt: excerptOf('Same  text\nhere') },
    ];
    const plan = planImport(existing, [
      incoming('Same text here'),
      incoming('Same text here', '2024-03-06T12:00:00.000Z'),
    ]);
    expect(plan.toCreate.map((e) => e.createdAt)).toEqual(['2024-03-06T12:00:00.000Z']);
    expect(plan.duplicates).toEqual([{ entry: incoming('Same text here'), index: 0, of: 'existing' }]);
  });

  it('recognises an entry saved when excerpts still held Markdown marks, and one saved since', () => {
    const body = '# Morning\n\nHad **real coffee**.';
    const before = { createdAt: '2024-03-05T12:00:00Z', title: '', excerpt: excerptOf(body) };
    const since = { createdAt: '2024-03-06T12:00:00Z', title: '', excerpt: 'Morning Had real coffee.' };
    const plan = planImport(
      [before, since],
      [
        incoming(body),
        incoming(body, '2024-03-06T12:00:00.000Z'),
        incoming(body, '2024-03-07T12:00:00.000Z'),
      ],
    );
    expect(plan.toCreate.map((e) => e.createdAt)).toEqual(['2024-03-07T12:00:00.000Z']);
    expect(plan.duplicates.map((d) => [d.index, d.of])).toEqual([
      [0, 'existing'],
      [1, 'existing'],
    ]);
  });

  it('finds duplicates within the file itself, keeping the first', () => {
    const plan = planImport(
      [],
      [incoming('a'), incoming('b'), incoming('a'), incoming('a', '2024-03-06T00:00:00.000Z')],
    );
    expect(plan.toCreate.map((e) => e.body)).toEqual(['a', 'b', 'a']);
    expect(plan.duplicates.map((d) => [d.index, d.of])).toEqual([[2, 'incoming']]);
  });

  it('creates nothing when the same file is imported a second time', () => {
    const file = Buffer.from(
      JSON.stringify({
        entries: [
          { title: 'One', body: 'first', date: '2020-01-01', time: '10:00', tags: [] },
          { title: 'Two', body: 'second', date: '2020-01-02', time: '10:00', tags: [] },
        ],
      }),
    );
    const first = importJrnlJson(file, importOptions()).entries;
    const inVault = planImport([], first).toCreate.map((e) => ({
      createdAt: e.createdAt,
      title: e.title,
      excerpt: excerptOf(e.body),
    }));
    const again = planImport(inVault, importJrnlJson(file, importOptions()).entries);
    expect(again.toCreate).toEqual([]);
    expect(again.duplicates.map((d) => d.of)).toEqual(['existing', 'existing']);
  });
});
