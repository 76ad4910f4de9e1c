import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkinsToCsv, csvCell, selfChecksToCsv } from '../../../electron/core/exchange/csvExport';
import { makeTempDir } from '../support/coreHarness';
import { checkin, selfCheck } from './support/samples';

/** A strict RFC 4180 reader, to check what a spreadsheet app would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV exports', () => {
  it('quote commas, quotes and line breaks as RFC 4180 says', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r\nlf')).toBe('"cr\r\nlf"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(-2)).toBe('-2');
  });

  it('prefix cells that a spreadsheet would run as a formula', () => {
    for (const formula of [
      '=1+1',
      '+1',
      '-1',
      '@SUM(A1)',
      '\tx',
      '\rx',
      '=HYPERLINK("http://evil.example","x")',
    ])
      expect(parseCsv(`${csvCell(formula)}\r\n`)[0]![0], JSON.stringify(formula)).toBe(`'${formula}`);
    expect(csvCell('a=1')).toBe('a=1');
  });

  it('write one check-in per row, with a BOM, CRLF, local dates and feelings in words', () => {
    const csv = checkinsToCsv(
      [
        checkin({ note: 'Réunion, puis "pause"\nlongue.', context: ['work', 'sleep'] }),
        checkin({
          at: '2026-03-07T22:30:00.000Z',
          valence: null,
          energy: null,
          labels: [{ id: 'not-sure', intensity: 4 }],
          note: '=cmd|" /C calc"!A0',
          context: [],
        }),
      ],
      'fr',
      { timeZone: 'Europe/Paris' },
    );
    expect(csv.startsWith('\uFEFFDate,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parseCsv(csv.slice(1))).toEqual([
      ['Date', 'Valence (-3 à +3)', 'Énergie (-3 à +3)', 'Émotions (intensité /10)', 'Contexte', 'Note'],
      ['2026-03-06 09:00', '-1', '2', 'stress 6/10', 'work; sleep', 'Réunion, puis "pause"\nlongue.'],
      ['2026-03-07 23:30', '', '', 'je ne sais pas 4/10', '', `'=cmd|" /C calc"!A0`],
    ]);
  });

  it('write self-check-ins with instrument, version, date, item answers, score and band', () => {
    const csv = selfChecksToCsv(
      [
        selfCheck(),
        selfCheck({
          scale: 'who5',
          answers: [3, 3, 2, 2, 2],
          score: 48,
          band: 'below-threshold',
          version: 'WHO-5 (1998)',
        }),
      ],
      'en',
      { timeZone: 'UTC' },
    );
    const [header, phq9, who5] = parseCsv(csv.slice(1));
    expect(header).toEqual([
      'Instrument',
      'Version',
      'Date',
      ...Array.from({ length: 9 }, (_, i) => `Item ${i + 1}`),
      'Score',
      'Maximum score',
      'Band',
    ]);
    expect(phq9).toEqual([
      'PHQ-9 (mood)',
      'PHQ-9 (Kroenke, Spitzer & Williams 2001)',
      '2026-03-07 09:00',
      '1',
      '1',
      '1',
      '1',
      '1',
      '1',
      '1',
      '1',
      '0',
      '8',
      '27',
      'mild',
    ]);
    expect(who5!.slice(0, 3)).toEqual(['WHO-5 (well-being)', 'WHO-5 (1998)', '2026-03-07 09:00']);
    expect(who5!.slice(3, 12)).toEqual(['3', '3', '2', '2', '2', '', '', '', '']);
    expect(who5!.slice(12)).toEqual(['48', '100', expect.stringMatching(/^50 or below/)]);
  });

  it('reach disk as UTF-8 with the byte-order mark spreadsheet apps look for', () => {
    const file = path.join(makeTempDir('alcove-csv-'), 'checkins.csv');
    fs.writeFileSync(file, checkinsToCsv([checkin({ note: 'café' })], 'en', { timeZone: 'UTC' }));
    const bytes = fs.readFileSync(file);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('café');
  });
});
