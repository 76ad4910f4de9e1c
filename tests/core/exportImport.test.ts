import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/ipc/contract';
import { TINY_PNG } from './exchange/support/samples';
import { buildZip } from './exchange/support/zipFile';
import { makeTempDir, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const harnesses: Harness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.dispose();
});

async function unlockedCore(dialogDir?: string): Promise<Harness> {
  const h = startCore(undefined, dialogDir);
  harnesses.push(h);
  await h.value('vault:create', { passphrase: PASSPHRASE });
  return h;
}

const YEAR = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };

function request(
  entryIds: string[],
  overrides: Partial<Input<'export:preview'>> = {},
): Input<'export:preview'> {
  return {
    format: 'markdown',
    lang: 'en',
    entryIds,
    redactions: [],
    includeCheckins: false,
    includeSelfChecks: false,
    period: YEAR,
    toBring: '',
    timeZone: 'UTC',
    ...overrides,
  };
}

/** Three entries a day apart (the clock moves), with feelings, accents, emoji and line breaks. */
async function writeThree(h: Harness): Promise<string[]> {
  const ids: string[] = [];
  const drafts = [
    { title: 'Lundi', body: 'J’ai dit non, et ça s’est bien passé. 🌱\r\nDeuxième ligne.' },
    {
      title: 'A hard one',
      body: 'The part I keep to myself.\n\nThe part for my therapist.',
      emotions: [
        { id: 'shame', intensity: 6 },
        { id: 'relief', intensity: 3 },
      ],
    },
    { title: '', body: '<script>alert(1)</script> and a plain line' },
  ];
  for (const draft of drafts) {
    h.clock.ms += 86_400_000;
    ids.push((await h.value('entries:create', draft)).id);
  }
  return ids;
}

describe('export for a therapist', () => {
  it('previews exactly what will be written, in the order chosen, with hidden passages marked', async () => {
    const h = await unlockedCore();
    const [a, b] = await writeThree(h);
    const hide = { start: 0, end: 'The part I keep to myself.'.length };
    const preview = await h.value(
      'export:preview',
      request([b!, a!], {
        redactions: [{ entryId: b!, ranges: [hide] }],
        toBring: 'The argument on Sunday.',
      }),
    );
    expect(preview.counts).toEqual({
      entries: 2,
      unreadable: 0,
      checkins: 0,
      selfChecks: 0,
      hiddenPassages: 1,
      images: 0,
    });
    expect(preview.text).toContain('[passage hidden]');
    expect(preview.text).not.toContain('The part I keep to myself.');
    expect(preview.text).toContain('The part for my therapist.');
    expect(preview.text).toContain('shame 6/10, relief 3/10');
    expect(preview.text).toContain('The argument on Sunday.');
    expect(preview.text).toContain('not a substitute for care');
    expect(preview.text.indexOf('A hard one')).toBeLessThan(preview.text.indexOf('Lundi'));
    expect(preview.fileName).toMatch(/^alcove-export-\d{4}-\d{2}-\d{2}\.md$/);
  });

  it('writes nothing when the consent dialog is declined', async () => {
    const h = await unlockedCore();
    const ids = await writeThree(h);
    h.confirmations.answer = false;
    expect(await h.value('export:write', request(ids))).toEqual({ status: 'cancelled' });
    expect(fs.existsSync(h.dialogDir) ? fs.readdirSync(h.dialogDir) : []).toEqual([]);
    expect((await h.value('export:log', undefined)).records).toEqual([]);
  });

  it('writes the previewed text to a file only its owner can read, and logs it without its content', async () => {
    const h = await unlockedCore();
    const ids = await writeThree(h);
    const preview = await h.value('export:preview', request(ids));
    const written = await h.value('export:write', request(ids));
    expect(written).toMatchObject({ status: 'written', fileName: preview.fileName });
    const file = path.join(h.dialogDir, preview.fileName);
    expect(fs.readFileSync(file, 'utf8')).toBe(preview.text);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(h.dialogDir)).toEqual([preview.fileName]); // no temporary file beside it
    const { records } = await h.value('export:log', undefined);
    expect(records).toEqual([
      {
        at: new Date(h.clock.ms).toISOString(),
        format: 'markdown',
        entries: 3,
        checkins: 0,
        selfChecks: 0,
        hiddenPassages: 0,
        images: 0,
        fileName: preview.fileName,
        protected: false,
      },
    ]);
    expect(JSON.stringify(records)).not.toContain('Lundi');
  });

  it('draws the same selection as a PDF, on the paper asked for', async () => {
    const h = await unlockedCore();
    const ids = await writeThree(h);
    const written = await h.value('export:write', request(ids, { format: 'pdf', pageSize: 'A4' }));
    expect(written).toMatchObject({ status: 'written', counts: { entries: 3 } });
    const file = path.join(h.dialogDir, written.status === 'written' ? written.fileName : '');
    expect(file.endsWith('.pdf')).toBe(true);
    const bytes = fs.readFileSync(file);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.toString('latin1')).toContain('/MediaBox [0 0 595.28 841.89]');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect((await h.value('export:log', undefined)).records[0]).toMatchObject({ format: 'pdf', entries: 3 });
  });

  it('sums up the exercises of the period, in Markdown and on the PDF summary page', async () => {
    const h = await unlockedCore();
    const ids = await writeThree(h);
    const session = (kind: string, before: number | null, after: number | null) => ({
      kind,
      startedAt: new Date(h.clock.ms - 3_600_000).toISOString(),
      durationSec: 300,
      completed: true,
      distressBefore: before,
      distressAfter: after,
    });
    for (const draft of [
      session('breathing-coherence', 7, 4),
      session('breathing-coherence', 6, 4),
      session('breathing-coherence', null, null),
      session('grounding-54321', null, 2),
    ]) {
      await h.value('exercises:add', draft as Input<'exercises:add'>);
    }
    const md = await h.value('export:preview', request(ids, { includeExercises: true }));
    expect(md.text).toContain(
      '## Exercises done\n\n*The writer’s own ratings, 0–10; not a measure of how well an exercise works.*\n\n' +
        '- Cardiac coherence: 3 sessions; distress 6.5 → 4.0 on average (2 rated before and after)\n' +
        '- Grounding 5-4-3-2-1: 1 session',
    );
    const fr = await h.value('export:preview', request(ids, { includeExercises: true, lang: 'fr' }));
    expect(fr.text).toContain(
      '- Cohérence cardiaque\u00a0: 3\u00a0séances\u00a0; détresse 6,5 → 4,0 en moyenne',
    );
    expect((await h.value('export:preview', request(ids))).text).not.toContain('Exercises done');

    if (!POPPLER) return;
    const written = await h.value('export:write', request(ids, { format: 'pdf', includeExercises: true }));
    const file = path.join(h.dialogDir, written.status === 'written' ? written.fileName : '');
    const page1 = spawnSync('pdftotext', ['-enc', 'UTF-8', '-f', '1', '-l', '1', file, '-'], {
      encoding: 'utf8',
    });
    expect(page1.stdout.replace(/\s+/g, ' ')).toContain(
      'Cardiac coherence: 3 sessions; distress 6.5 → 4.0 on average (2 rated before and after)',
    );
  });

  it('refuses a hidden passage outside its entry, or for an entry not exported', async () => {
    const h = await unlockedCore();
    const [a, b] = await writeThree(h);
    for (const redactions of [
      [{ entryId: a!, ranges: [{ start: 0, end: 10_000 }] }],
      [{ entryId: b!, ranges: [{ start: 0, end: 3 }] }],
    ]) {
      expect(await h.call('export:preview', request([a!], { redactions }))).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
  });

  it('puts check-ins of the period in a CSV file', async () => {
    const h = await unlockedCore();
    await h.value('checkins:add', {
      valence: -2,
      energy: 1,
      labels: [{ id: 'anxiety', intensity: 7 }],
      note: '=HYPERLINK("x")',
      context: ['work'],
    });
    const preview = await h.value('export:preview', request([], { format: 'csv-checkins' }));
    expect(preview.counts).toMatchObject({ entries: 0, checkins: 1 });
    expect(preview.text.startsWith('\ufeff')).toBe(true);
    expect(preview.text).toContain('anxiety');
    expect(preview.text).toContain(`'=HYPERLINK`);
  });
});

// A therapist opens a protected export with standard tools, so the tests do too: 7-Zip for the zip,
// poppler for the PDF. Both come with .ci/run; elsewhere the checks say what to install.
const SEVEN_ZIP = ['7zz', '7z'].find((tool) => !spawnSync(tool, ['i']).error);
const POPPLER = !spawnSync('pdftotext', ['-v']).error;
if (!SEVEN_ZIP || !POPPLER) {
  console.warn(
    'exportImport.test.ts: 7zz/7z or pdftotext not found (apt-get install 7zip poppler-utils): the checks that open protected exports are skipped.',
  );
}
const PASSWORD = 'quiet-harbour-7341-lantern';

describe('a password-protected export', () => {
  it.skipIf(!SEVEN_ZIP)(
    'puts Markdown in an AES-256 zip that 7-Zip opens with the password, and only with it',
    async () => {
      const h = await unlockedCore();
      const ids = await writeThree(h);
      const preview = await h.value('export:preview', request(ids));
      const written = await h.value('export:write', { ...request(ids), password: PASSWORD });
      const zipName = preview.fileName.replace(/\.md$/, '.zip');
      expect(written).toMatchObject({ status: 'written', fileName: zipName });
      const file = path.join(h.dialogDir, zipName);
      expect(fs.readdirSync(h.dialogDir)).toEqual([zipName]);
      expect(fs.statSync(file).mode & 0o777).toBe(0o600);
      const raw = fs.readFileSync(file);
      for (const plain of ['Lundi', 'The part for my therapist', 'not a substitute']) {
        expect(raw.includes(Buffer.from(plain))).toBe(false);
      }

      const listing = spawnSync(SEVEN_ZIP!, ['l', '-slt', file], { encoding: 'utf8' }).stdout;
      expect(listing).toContain(`Path = ${preview.fileName}`);
      expect(listing).toContain('Encrypted = +');
      expect(listing).toMatch(/Method = AES-256/);
      const opened = spawnSync(SEVEN_ZIP!, ['x', '-so', `-p${PASSWORD}`, file], { encoding: 'utf8' });
      expect(opened.status).toBe(0);
      expect(opened.stdout).toBe(preview.text);
      const wrong = spawnSync(SEVEN_ZIP!, ['x', '-so', '-pnot-the-password-at-all', file], {
        encoding: 'utf8',
      });
      expect(wrong.status).not.toBe(0);
      expect(wrong.stdout).not.toContain('Lundi');

      expect((await h.value('export:log', undefined)).records[0]).toMatchObject({
        format: 'markdown',
        fileName: zipName,
        protected: true,
      });
    },
  );

  it.skipIf(!POPPLER)('encrypts a PDF itself (AES-256): a reader asks for the password', async () => {
    const h = await unlockedCore();
    const ids = await writeThree(h);
    const written = await h.value('export:write', { ...request(ids, { format: 'pdf' }), password: PASSWORD });
    expect(written).toMatchObject({ status: 'written', fileName: expect.stringMatching(/\.pdf$/) });
    const file = path.join(h.dialogDir, written.status === 'written' ? written.fileName : '');
    const info = spawnSync('pdfinfo', ['-upw', PASSWORD, file], { encoding: 'utf8' }).stdout;
    expect(info).toMatch(/Encrypted:\s+yes \(.*algorithm:AES-256\)/);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', '-upw', PASSWORD, file, '-'], { encoding: 'utf8' });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('The part for my therapist.');
    const locked = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(locked.status).not.toBe(0);
    expect(locked.stderr).toMatch(/password/i);
    expect((await h.value('export:log', undefined)).records[0]).toMatchObject({
      format: 'pdf',
      protected: true,
    });
  });

  it.skipIf(!SEVEN_ZIP)('zips Markdown with its images as a folder, with or without a password', async () => {
    const h = await unlockedCore();
    const ids = await writeThree(h);
    const [, withImage] = ids;
    const added = await h.value('attachments:add', {
      entryId: withImage!,
      name: 'lake.png',
      dataBase64: TINY_PNG.toString('base64'),
    });
    const preview = await h.value('export:preview', request(ids, { includeImages: true }));
    const link = `![Image 1](images/${added.id}.png)`;
    expect(preview.text).toContain(`The part for my therapist.\n\n${link}`);
    expect(preview.counts.images).toBe(1);
    const folder = preview.fileName.replace(/\.md$/, '');

    for (const password of [undefined, PASSWORD]) {
      const written = await h.value('export:write', {
        ...request(ids, { includeImages: true }),
        ...(password ? { password } : {}),
      });
      expect(written).toMatchObject({ status: 'written', fileName: `${folder}.zip` });
      const out = makeTempDir('alcove-unzipped-');
      const unzip = spawnSync(
        SEVEN_ZIP!,
        ['x', `-o${out}`, `-p${password ?? ''}`, path.join(h.dialogDir, `${folder}.zip`)],
        { encoding: 'utf8' },
      );
      expect(unzip.status).toBe(0);
      expect(fs.readFileSync(path.join(out, folder, preview.fileName), 'utf8')).toBe(preview.text);
      expect(fs.readFileSync(path.join(out, folder, 'images', `${added.id}.png`)).equals(TINY_PNG)).toBe(
        true,
      );
      fs.rmSync(path.join(h.dialogDir, `${folder}.zip`));
    }
    expect((await h.value('export:log', undefined)).records.map((r) => [r.images, r.protected])).toEqual([
      [1, true],
      [1, false],
    ]);
    // Without the option, the same export is the one Markdown file.
    expect((await h.value('export:preview', request(ids))).text).not.toContain('![Image');
  });

  it('refuses a password shorter than 12 characters, and writes nothing', async () => {
    const h = await unlockedCore();
    const ids = await writeThree(h);
    expect(await h.call('export:write', { ...request(ids), password: 'short-pw' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(fs.existsSync(h.dialogDir) ? fs.readdirSync(h.dialogDir) : []).toEqual([]);
  });
});

describe('a Day One export with photos', () => {
  it('adds each entry with its photos as encrypted images, once', async () => {
    const files = makeTempDir('alcove-files-');
    const journal = JSON.stringify({
      entries: [
        {
          creationDate: '2024-05-01T08:00:00Z',
          text: 'Morning at the lake.\n\n![](dayone-moment://P1)',
          photos: [{ identifier: 'P1', md5: 'a'.repeat(32), type: 'png' }],
        },
        { creationDate: '2024-05-02T08:00:00Z', text: 'No photo today.' },
      ],
    });
    fs.writeFileSync(
      path.join(files, 'Export.zip'),
      buildZip([
        { name: 'Journal.json', data: journal },
        { name: `photos/${'a'.repeat(32)}.png`, data: TINY_PNG, method: 'store' },
      ]),
    );
    const h = await unlockedCore(files);
    expect(await h.value('import:run', { kind: 'dayone' })).toMatchObject({
      status: 'imported',
      report: { imported: 2, duplicates: 0, images: 1, skipped: [] },
    });
    const listed = (await h.value('entries:list', { limit: 10 })).entries;
    const lake = listed.find((e) => !e.damaged && e.createdAt.startsWith('2024-05-01'));
    if (!lake || lake.damaged) throw new Error('the entry with the photo was not imported');
    expect((await h.value('entries:get', { id: lake.id })).body).toBe('Morning at the lake.');
    const { attachments } = await h.value('attachments:list', { entryId: lake.id });
    expect(attachments).toMatchObject([
      { type: 'image/png', bytes: TINY_PNG.length, createdAt: lake.createdAt },
    ]);
    const image = await h.value('attachments:get', { id: attachments[0]!.id });
    expect(Buffer.from(image.dataBase64, 'base64').equals(TINY_PNG)).toBe(true);

    // The same file again: nothing new, not even a second copy of the photo.
    expect(await h.value('import:run', { kind: 'dayone' })).toMatchObject({
      report: { imported: 0, duplicates: 2, images: 0 },
    });
    expect((await h.value('attachments:list', { entryId: lake.id })).attachments).toHaveLength(1);
  });
});

describe('moving a journal: JSON export, then import', () => {
  it('gives a fresh journal the same entries, and importing again adds nothing', async () => {
    const files = makeTempDir('alcove-files-');
    const source = await unlockedCore(files);
    const ids = await writeThree(source);
    await source.value('export:write', request(ids, { format: 'json' }));
    const originals = await Promise.all(ids.map((id) => source.value('entries:get', { id })));

    const target = await unlockedCore(files);
    const first = await target.value('import:run', { kind: 'alcove' });
    expect(first).toMatchObject({ status: 'imported', report: { imported: 3, duplicates: 0, skipped: [] } });
    const listed = (await target.value('entries:list', { limit: 10 })).entries;
    const copies = await Promise.all(listed.map((s) => target.value('entries:get', { id: s.id })));
    const content = (e: (typeof originals)[number]) => ({
      title: e.title,
      body: e.body,
      emotions: e.emotions,
      createdAt: e.createdAt,
      updatedAt: e.updatedAt,
    });
    expect(copies.map(content).reverse()).toEqual(originals.map(content));

    const again = await target.value('import:run', { kind: 'alcove' });
    expect(again).toMatchObject({ status: 'imported', report: { imported: 0, duplicates: 3 } });
    expect((await target.value('entries:list', { limit: 10 })).entries).toHaveLength(3);
  });

  it('refuses a hostile file with its reason and imports nothing', async () => {
    const files = makeTempDir('alcove-files-');
    const h = await unlockedCore(files);
    fs.writeFileSync(path.join(files, 'deep.json'), `${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    const result = await h.call('import:run', { kind: 'jrnl' });
    expect(result).toMatchObject({ ok: false, error: { code: 'BAD_IMPORT' } });
    expect(!result.ok && result.error.message.startsWith('import.tooDeep:')).toBe(true);
    expect((await h.value('entries:list', { limit: 10 })).entries).toEqual([]);
  });

  it('reads a Markdown folder without following a link that leads out of it', async () => {
    const files = makeTempDir('alcove-files-');
    const outside = makeTempDir('alcove-outside-');
    fs.writeFileSync(path.join(outside, '2026-01-05-secret.md'), 'Not part of the journal.');
    const folder = path.join(files, 'notes');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, '2026-02-01-walk.md'), '---\ntitle: A walk\n---\nCold and bright.');
    fs.symlinkSync(outside, path.join(folder, 'elsewhere'));
    const h = await unlockedCore(files);
    const result = await h.value('import:run', { kind: 'markdown' });
    expect(result).toMatchObject({ status: 'imported', report: { imported: 1 } });
    const [only] = (await h.value('entries:list', { limit: 10 })).entries;
    expect(only).toMatchObject({ title: 'A walk', excerpt: 'Cold and bright.' });
    fs.rmSync(outside, { recursive: true, force: true });
  });
});
