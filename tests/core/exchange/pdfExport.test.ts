import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ContentLang } from '../../../shared/content/emotions';
import type { Checkin } from '../../../shared/domain/checkin';
import { EXPORT_DISCLAIMER, REDACTION_MARKER } from '../../../shared/exchange/exportText';
import type { ExportSelection } from '../../../shared/exchange/exportSelection';
import { toPdf } from '../../../electron/core/exchange/pdfExport';
import { makeTempDir } from '../support/coreHarness';
import { checkin, entry, selection, selfCheck } from './support/samples';

const ROOT = path.resolve(import.meta.dirname, '../../..');
/** Where a human looks at the rendered pages (not committed: test-results/ is ignored). */
const SCREENS = path.join(ROOT, 'test-results', 'screens');

/** poppler-utils renders and reads PDFs; without it the rendering checks are skipped, loudly. */
const POPPLER = ['pdftoppm', 'pdftotext'].every((tool) => !spawnSync(tool, ['-v']).error);
if (!POPPLER)
  console.warn(
    'pdfExport.test.ts: pdftoppm/pdftotext not found (apt-get install poppler-utils): the rendering checks are skipped.',
  );

const HIDDEN = 'the thing with Camille at the station';

/** About `count` words of ordinary prose, in paragraphs, the same every run. */
function longText(count: number): string {
  const words =
    'we talked about the week and the way the evenings feel long when nobody calls and I keep thinking about what she said on Sunday'.split(
      ' ',
    );
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  for (let i = 0; i < count; i++) {
    paragraph.push(words[(i * 7) % words.length]!);
    if (paragraph.length === 90) {
      paragraphs.push(`${paragraph.join(' ')}.`);
      paragraph = [];
    }
  }
  if (paragraph.length > 0) paragraphs.push(`${paragraph.join(' ')}.`);
  return paragraphs.join('\n\n');
}

/** Ten days of check-ins: grid points, words only, and one that names only "not sure". */
function tenDaysOfCheckins(): Checkin[] {
  const out: Checkin[] = [];
  const valences = [-2, -1, 0, 1, -3, 2, 1, -1, 2, 3];
  valences.forEach((valence, i) => {
    const day = `2026-03-${String(i + 1).padStart(2, '0')}`;
    out.push(checkin({ at: `${day}T08:00:00.000Z`, valence, energy: 1 }));
    if (i % 3 === 0)
      out.push(
        checkin({
          at: `${day}T19:00:00.000Z`,
          valence: null,
          energy: null,
          labels: [
            { id: 'calm', intensity: 5 },
            { id: 'gratitude', intensity: 4 },
          ],
        }),
      );
  });
  out.push(
    checkin({
      at: '2026-03-04T12:00:00.000Z',
      valence: null,
      energy: null,
      labels: [{ id: 'not-sure', intensity: 3 }],
    }),
  );
  return out;
}

function therapistSelection(lang: ContentLang): ExportSelection {
  const secretBody =
    lang === 'fr'
      ? `J’ai parlé de ${HIDDEN} avec ma sœur.\n\nEnsuite, ça allait mieux.`
      : `I told my sister about ${HIDDEN}.\n\nAfter that, things felt lighter.`;
  const secret = entry({
    title: lang === 'fr' ? 'Un passage à cacher' : 'A passage to hide',
    body: secretBody,
    createdAt: '2026-03-04T18:00:00.000Z',
  });
  const start = secretBody.indexOf(HIDDEN);
  return selection({
    lang,
    entries: [
      entry({
        title: 'Séance de jeudi — « déçue »',
        body: [
          '# Ce que j’ai ressenti',
          'Je me suis sentie « déçue » après l’appel, puis à l’aise en marchant 🌙 avec Zoé.',
          'Une deuxième ligne du même paragraphe, écrite après un retour à la ligne.',
          '',
          '## What helped (in English)',
          'Breathing for five minutes — it’s “boring” but it works. **Not bold**, _not italic_, [a link](https://example.org).',
          '',
          `A very long word: ${'https://example.org/'.padEnd(220, 'abcdefghij')}`,
        ].join('\n'),
        emotions: [
          { id: 'anxiety', intensity: 7 },
          { id: 'disappointment', intensity: 5 },
          { id: 'relief', intensity: 3 },
        ],
        createdAt: '2026-03-02T17:30:00.000Z',
      }),
      secret,
      entry({
        title: lang === 'fr' ? 'Une longue soirée' : 'A long evening',
        body: longText(3000),
        emotions: [{ id: 'loneliness', intensity: 6 }],
        createdAt: '2026-03-07T21:10:00.000Z',
      }),
      entry({
        title: '',
        body: 'No title, so the date heads it. ✓ ♥ 😊👍🏽 🇫🇷',
        createdAt: '2026-03-09T07:00:00.000Z',
      }),
    ],
    redactions: { [secret.id]: [{ start, end: start + HIDDEN.length }] },
    checkins: tenDaysOfCheckins(),
    selfChecks: [
      selfCheck({ at: '2026-03-03T09:00:00.000Z' }),
      selfCheck({
        at: '2026-03-08T09:00:00.000Z',
        scale: 'who5',
        answers: [3, 2, 2, 2, 2],
        score: 44,
        band: 'below-threshold',
        version: 'WHO-5 Well-Being Index (WHO, 1998 version)',
      }),
    ],
    summary: {
      period: { from: '2026-03-01', to: '2026-03-10' },
      toBring:
        lang === 'fr'
          ? 'Parler de la dispute de dimanche et de pourquoi je me sens à l’aise seulement quand je marche.'
          : 'Talk about the argument on Sunday, and why I only feel at ease when I walk.',
    },
  });
}

function text(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('latin1');
}

function pageCount(bytes: Uint8Array): number {
  return text(bytes).match(/\/Type \/Page\b/g)?.length ?? 0;
}

function mediaBoxes(bytes: Uint8Array): string[] {
  return [...text(bytes).matchAll(/\/MediaBox \[([^\]]*)\]/g)].map((m) => m[1]!.trim().replace(/\s+/g, ' '));
}

/** The document information dictionary (pdfkit writes each value as its own object). */
function info(bytes: Uint8Array): Record<string, string> {
  const raw = text(bytes);
  const object = (id: string) => new RegExp(`\\n${id} 0 obj\\n([\\s\\S]*?)\\nendobj`).exec(raw)?.[1] ?? '';
  const id = /\/Info (\d+) 0 R/.exec(raw)?.[1] ?? '';
  return Object.fromEntries(
    [...object(id).matchAll(/\/(\w+) (\d+) 0 R/g)].map((m) => [m[1]!, object(m[2]!).trim()]),
  );
}

/** pdftotext's output on one line: breaks and no-break spaces as plain spaces. */
function extractText(file: string): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(result.status).toBe(0);
  return result.stdout.replace(/[\s\u00a0\u202f]+/g, ' ');
}

function render(file: string, page: number, out: string): string {
  const result = spawnSync('pdftoppm', [
    '-png',
    '-r',
    '100',
    '-f',
    `${page}`,
    '-l',
    `${page}`,
    '-singlefile',
    file,
    out,
  ]);
  expect(result.status).toBe(0);
  return `${out}.png`;
}

describe('the PDF export for a therapist', () => {
  it('is a complete PDF, A4 by default or Letter, with its font embedded and several pages', async () => {
    const a4 = await toPdf(therapistSelection('en'));
    const letter = await toPdf(therapistSelection('en'), { pageSize: 'LETTER' });
    for (const pdf of [a4, letter]) {
      expect(text(pdf.subarray(0, 5))).toBe('%PDF-');
      expect(text(pdf.subarray(-8)).trimEnd()).toMatch(/%%EOF$/);
      expect(text(pdf)).toMatch(/\/FontFile2 \d+ 0 R/);
      expect(text(pdf)).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
      expect(pageCount(pdf)).toBeGreaterThan(2);
    }
    expect(new Set(mediaBoxes(a4))).toEqual(new Set(['0 0 595.28 841.89']));
    expect(new Set(mediaBoxes(letter))).toEqual(new Set(['0 0 612 792']));
  });

  it('is the same bytes for the same selection, dated by the export, and says nothing about who or where', async () => {
    const first = await toPdf(therapistSelection('fr'));
    const second = await toPdf(therapistSelection('fr'));
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    expect(info(first)).toEqual({
      Title: '(Alcove export)',
      Producer: '(Alcove)',
      Creator: '(Alcove)',
      CreationDate: '(D:20260312100000Z)',
      ModDate: '(D:20260312100000Z)',
    });
    expect(text(first)).not.toMatch(/PDFKit|node_modules|dejavu-fonts-ttf|\/tmp\/|\/home\/|\/work\//i);
  });

  it('says there is no mood curve when there are no check-ins, and stays one page without entries', async () => {
    const pdf = await toPdf(selection({ entries: [], checkins: [], selfChecks: [] }));
    expect(pageCount(pdf)).toBe(1);
  });

  // Pathological bodies that once took minutes (quadratic grapheme splitting and word breaking):
  // each must be drawn, within the generous test timeout; speed itself is measured in the bench.
  it(
    'draws pathological bodies: one huge word, thousands of lines, emoji runs, hash runs',
    { timeout: 120_000 },
    async () => {
      const bodies = [
        'x'.repeat(100_000),
        `${'word '.repeat(50)}\n`.repeat(800),
        '🌙👍🏽'.repeat(10_000),
        `# ${' #'.repeat(20_000)}x`,
      ];
      for (const body of bodies) {
        const pdf = await toPdf(selection({ entries: [entry({ body })] }));
        expect(Buffer.from(pdf.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      }
    },
  );

  it.skipIf(!POPPLER)('says so when there are no check-ins (needs poppler-utils)', async () => {
    const dir = makeTempDir('alcove-pdf-');
    onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
    const file = path.join(dir, 'empty.pdf');
    fs.writeFileSync(file, await toPdf(selection({ lang: 'fr', entries: [], checkins: [], selfChecks: [] })));
    const content = extractText(file);
    expect(content).toContain('Aucun ressenti noté sur cette période : pas de courbe d’humeur.');
    expect(content).toContain('Page 1 / 1');
  });

  it.skipIf(!POPPLER)(
    'prints the disclaimer, page numbers, French intact, the marker instead of a hidden passage (needs poppler-utils)',
    async () => {
      const dir = makeTempDir('alcove-pdf-');
      onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
      fs.mkdirSync(SCREENS, { recursive: true });
      for (const lang of ['en', 'fr'] as const) {
        const pdf = await toPdf(therapistSelection(lang));
        const file = path.join(dir, `export-${lang}.pdf`);
        fs.writeFileSync(file, pdf);
        const pages = pageCount(pdf);
        const content = extractText(file);

        expect(content).toContain(EXPORT_DISCLAIMER[lang].replace(/\u00a0/g, ' '));
        expect(content).toContain('Page 1 / ' + pages);
        expect(content).toContain(`Page ${pages} / ${pages}`);
        expect(content).toContain('« déçue »');
        expect(content).toContain('à l’aise');
        expect(content).toContain(REDACTION_MARKER[lang]);
        expect(content).not.toContain('Camille');
        expect(content).toContain(
          lang === 'fr' ? 'Parler de la dispute de dimanche' : 'Talk about the argument on Sunday',
        );
        expect(content).toContain(lang === 'fr' ? 'marchant [émoji] avec Zoé' : 'marchant [emoji] avec Zoé');
        expect(content).not.toMatch(/[\u{1F300}-\u{1FAFF}]/u);
        expect(content).toContain(lang === 'fr' ? 'anxiété 7/10' : 'anxiety 7/10');
        expect(content).toContain('Ce que j’ai ressenti');
        expect(content).not.toContain('# Ce que');
        expect(content).toContain('**Not bold**, _not italic_, [a link](https://example.org).');

        for (const page of [1, 2]) {
          const png = render(file, page, path.join(dir, `${lang}-p${page}`));
          expect(fs.statSync(png).size).toBeGreaterThan(20_000);
          fs.copyFileSync(png, path.join(SCREENS, `pdf-${lang}-p${page}.png`));
        }
      }
    },
  );
});
