import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { toAlcoveJson } from '../../../electron/core/exchange/alcoveJsonExport';
import { importAlcoveJson } from '../../../electron/core/exchange/import/alcoveJsonImport';
import { ImportError } from '../../../electron/core/exchange/import/importError';
import { MAX_BODY_CHARS } from '../../../shared/domain/entry';
import { AlcoveExportSchema } from '../../../shared/exchange/alcoveExport';
import { makeTempDir } from '../support/coreHarness';
import { FIXTURES, checkin, entry, importOptions, selection, selfCheck } from './support/samples';

const TRICKY_BODIES = [
  'Des accents : é è à ç ù œ Æ — « guillemets » et l’apostrophe.',
  'Emoji 🌙🧡👩‍👩‍👧 and a flag 🇫🇷.',
  'Windows line ends\r\nsecond line\r\n\r\nthird paragraph',
  'שלום, מה שלומך? and مرحبا mixed with left-to-right text.',
  'A NUL \u0000 inside, and other controls \u0007\u001b.',
  '',
];

describe('the Alcove JSON export', () => {
  it('round-trips through a real file: entries with feelings, accents, emoji, CRLF, RTL and NUL come back the same', () => {
    const entries = TRICKY_BODIES.map((body, i) =>
      entry({
        title: i === 0 ? 'Séance — jeudi' : `Entry ${i}`,
        body,
        emotions:
          i % 2 === 0
            ? [
                { id: 'anxiety', intensity: 7 },
                { id: 'not-sure', intensity: 0 },
              ]
            : [],
        createdAt: `2026-03-0${i + 1}T10:00:00.000Z`,
        updatedAt: `2026-03-0${i + 1}T11:30:00.000Z`,
      }),
    );
    const file = path.join(makeTempDir('alcove-export-'), 'journal.alcove.json');
    fs.writeFileSync(file, toAlcoveJson(selection({ entries })), { mode: 0o600 });

    const back = importAlcoveJson(fs.readFileSync(file), importOptions());
    expect(back.skipped).toEqual([]);
    expect(back.entries).toEqual(
      entries.map((e) => ({
        title: e.title,
        body: e.body,
        createdAt: e.createdAt,
        updatedAt: e.updatedAt,
        emotions: e.emotions,
        tags: [],
      })),
    );
  });

  it('carries the format, version, app and the disclaimer, and validates against the schema', () => {
    const text = toAlcoveJson(selection({ lang: 'fr', app: { name: 'Alcove', version: '9.9.9' } }));
    const doc = JSON.parse(text);
    expect(doc).toMatchObject({
      format: 'alcove-export',
      version: 1,
      app: { name: 'Alcove', version: '9.9.9' },
    });
    expect(doc.disclaimer).toMatch(/ne remplace pas un accompagnement et personne ne le surveille/);
    expect(AlcoveExportSchema.safeParse(doc).success).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "entries": [');
  });

  it('takes the app version from package.json when none is given', () => {
    const pkg = JSON.parse(
      fs.readFileSync(path.resolve(import.meta.dirname, '../../../package.json'), 'utf8'),
    );
    expect(JSON.parse(toAlcoveJson(selection())).app).toEqual({ name: 'Alcove', version: pkg.version });
  });

  it('brings check-ins and self-check-ins back too', () => {
    const checkins = [
      checkin({ note: 'Nuit courte, réveil à 4 h.' }),
      checkin({ valence: null, energy: null }),
    ];
    const selfChecks = [
      selfCheck(),
      selfCheck({
        scale: 'who5',
        answers: [3, 3, 2, 2, 2],
        score: 48,
        band: 'below-threshold',
        version: 'WHO-5',
      }),
    ];
    const back = importAlcoveJson(
      Buffer.from(toAlcoveJson(selection({ checkins, selfChecks }))),
      importOptions(),
    );
    expect(back.checkins).toEqual(checkins);
    expect(back.selfChecks).toEqual(selfChecks);
  });

  it('copies only the fields of the format, whatever else the objects carry', () => {
    const withExtra = { ...entry(), passphrase: 'must never leak' } as ReturnType<typeof entry>;
    expect(toAlcoveJson(selection({ entries: [withExtra] }))).not.toContain('must never leak');
  });

  it('refuses to write what it would refuse to read: a body past the limit', () => {
    const huge = entry({ body: 'x'.repeat(MAX_BODY_CHARS + 1) });
    expect(() => toAlcoveJson(selection({ entries: [huge] }))).toThrow(/entries\[0\]\.body/);
  });

  it('reads the hand-written sample, dropping a feeling this version does not know', () => {
    const result = importAlcoveJson(
      fs.readFileSync(path.join(FIXTURES, 'alcove/export-v1.json')),
      importOptions(),
    );
    expect(result.entries.map((e) => e.emotions)).toEqual([
      [
        { id: 'anxiety', intensity: 7 },
        { id: 'relief', intensity: 3 },
      ],
      [{ id: 'calm', intensity: 5 }],
    ]);
    expect(result.skipped).toEqual([{ reason: 'unknown-feeling', where: 'entries[1]', count: 1 }]);
    expect(result.checkins).toHaveLength(1);
    expect(result.selfChecks).toHaveLength(1);
  });

  it('refuses another format, a newer version, and a damaged export, naming where', () => {
    const refuse = (doc: unknown) => {
      try {
        importAlcoveJson(Buffer.from(JSON.stringify(doc)), importOptions());
      } catch (error) {
        return error as ImportError;
      }
      throw new Error('not refused');
    };
    const good = JSON.parse(toAlcoveJson(selection()));
    expect(refuse({ entries: [] }).messageKey).toBe('import.wrongFormat');
    expect(refuse({ ...good, version: 2 }).messageKey).toBe('import.newerVersion');
    const damaged = refuse({ ...good, entries: [{ ...good.entries[0], createdAt: 12 }] });
    expect(damaged).toBeInstanceOf(ImportError);
    expect(damaged.messageKey).toBe('import.invalidContent');
    expect(damaged.message).toMatch(
      /entries\[0\]\.createdAt: Invalid input: expected string, received number/,
    );
  });

  it('skips an entry dated in the future and imports the rest', () => {
    const later = entry({ createdAt: '2031-01-01T00:00:00.000Z', updatedAt: '2031-01-01T00:00:00.000Z' });
    const result = importAlcoveJson(
      Buffer.from(toAlcoveJson(selection({ entries: [entry(), later] }))),
      importOptions(),
    );
    expect(result.entries).toHaveLength(1);
    expect(result.skipped).toEqual([{ reason: 'date-out-of-range', where: 'entries[1]' }]);
  });
});
