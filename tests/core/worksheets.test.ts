import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blankWorksheet, type WorksheetOf } from '../../shared/domain/worksheet';
import { worksheetToMarkdown } from '../../shared/domain/worksheetMarkdown';
import type { Input } from '../../shared/ipc/contract';
import { filesContaining, makeTempDir, startCore, withRawVault, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
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

const record = (
  situation = 'Asked to speak first at the Thursday meeting.',
): WorksheetOf<'thought-record'> => ({
  kind: 'thought-record',
  lang: 'en',
  situation,
  emotions: [
    { id: 'anxiety', rating: 80, after: 40 },
    { text: 'wobbly', rating: 50, after: 30 },
  ],
  thoughts: [{ text: 'Everyone will see I have nothing to say.', belief: 90, hot: true }],
  traps: ['mind-reading'],
  evidenceFor: 'My voice shook last time.',
  evidenceAgainst: 'People asked me questions afterwards.',
  balancedThought: 'Some may notice I am nervous, and they still listen.',
  balancedBelief: 70,
});

type Row = { header: Buffer; body: Buffer; worksheet: Buffer | null; auth_tags: Buffer };
const rawRow = (h: Harness, id: string) =>
  withRawVault(h.dataDir, (db) =>
    db.prepare('SELECT header, body, worksheet, auth_tags FROM entries WHERE id = ?').get(id),
  ) as Row;

describe('an entry holding a worksheet', () => {
  it('keeps the structured data, and its body is the worksheet’s Markdown whatever body was sent', async () => {
    const h = await unlockedCore();
    const ws = record();
    const created = await h.value('entries:create', {
      title: 'Before the meeting',
      body: 'ignored',
      worksheet: ws,
    });
    expect(created.worksheet).toEqual(ws);
    expect(created.body).toBe(worksheetToMarkdown(ws));
    expect(await h.value('entries:get', { id: created.id })).toEqual(created);

    const { entries } = await h.value('entries:list', { limit: 10 });
    expect(entries[0]).toMatchObject({
      id: created.id,
      worksheet: 'thought-record',
      title: 'Before the meeting',
    });
    expect(entries[0]!.damaged === false && entries[0]!.excerpt).toMatch(/^Asked to speak first/);
  });

  it('is edited later with new values, and becomes a plain entry when saved without one', async () => {
    const h = await unlockedCore();
    const { id } = await h.value('entries:create', { body: '', worksheet: record() });
    const finished = { ...record(), balancedBelief: 85 };
    h.clock.ms += 60_000;
    const updated = await h.value('entries:update', { id, body: '', worksheet: finished });
    expect(updated.worksheet).toEqual(finished);
    expect(updated.body).toContain('(believed 85%)');
    expect(updated.updatedAt).not.toBe(updated.createdAt);

    const plain = await h.value('entries:update', { id, body: 'Just words now.' });
    expect(plain.worksheet).toBeUndefined();
    expect(await h.value('entries:get', { id })).toMatchObject({ body: 'Just words now.' });
    expect((await h.value('entries:list', { limit: 10 })).entries[0]).not.toHaveProperty('worksheet');
    await h.value('vault:lock', undefined);
    expect(rawRow(h, id).worksheet).toBeNull();
  });

  it('is refused at the contract when malformed, naming where', async () => {
    const h = await unlockedCore();
    const twoHot = {
      ...record(),
      thoughts: [...record().thoughts, { text: 'Another', belief: 10, hot: true }],
    };
    const result = await h.call('entries:create', { body: '', worksheet: twoHot });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!result.ok && result.error.message).toMatch(/worksheet\.thoughts/);
    const stray = {
      ...blankWorksheet('values-check', 'fr'),
      score: 3,
    } as Input<'entries:create'>['worksheet'];
    expect(await h.call('entries:create', { body: '', worksheet: stray })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect((await h.value('entries:list', { limit: 10 })).entries).toEqual([]);
  });

  it('is found by search through the words written in it', async () => {
    const h = await unlockedCore();
    const { id } = await h.value('entries:create', { body: '', worksheet: record() });
    await h.value('entries:create', { body: 'An ordinary day.' });
    const result = await h.value('search:query', { query: 'wobbly', limit: 10 });
    expect(result.hits.map((hit) => hit.id)).toEqual([id]);
  });

  it('survives locking, the timeline snapshot and a data key rotation', async () => {
    const h = await unlockedCore();
    const ws = {
      ...blankWorksheet('three-good-things', 'fr'),
      items: [
        { what: 'Un café au soleil', why: 'J’ai pris le temps.' },
        { what: '', why: '' },
        { what: '', why: '' },
      ],
    };
    const { id } = await h.value('entries:create', { body: '', worksheet: ws });
    await h.value('vault:lock', undefined);
    await h.value('vault:unlock', UNLOCK);
    expect((await h.value('entries:list', { limit: 10 })).entries[0]).toMatchObject({
      worksheet: 'three-good-things',
    });
    await h.value('vault:rotateDataKey', { passphrase: PASSPHRASE });
    expect((await h.value('entries:get', { id })).worksheet).toEqual(ws);
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect((await h.value('entries:get', { id })).worksheet).toEqual(ws);
  });
});

describe('filtering the timeline by worksheet', () => {
  it('lists only the kinds asked for, newest first, page by page, and refuses an unknown kind', async () => {
    const h = await unlockedCore();
    const ids: Record<string, string[]> = { thought: [], values: [], plain: [] };
    for (let i = 0; i < 3; i++) {
      h.clock.ms += 60_000;
      ids.thought!.push(
        (await h.value('entries:create', { body: '', worksheet: record(`situation ${i}`) })).id,
      );
      h.clock.ms += 60_000;
      const values = { ...blankWorksheet('values-check', 'en'), value: `value ${i}` };
      ids.values!.push((await h.value('entries:create', { body: '', worksheet: values })).id);
      h.clock.ms += 60_000;
      ids.plain!.push((await h.value('entries:create', { body: `plain ${i}` })).id);
    }
    const first = await h.value('entries:list', { limit: 2, kinds: ['thought-record'] });
    expect(first.entries.map((e) => e.id)).toEqual([ids.thought![2], ids.thought![1]]);
    const second = await h.value('entries:list', {
      limit: 2,
      kinds: ['thought-record'],
      cursor: first.nextCursor!,
    });
    expect(second).toEqual({ entries: [expect.objectContaining({ id: ids.thought![0] })], nextCursor: null });

    // A framework is the set of its kinds: here both CBT worksheets and the values check.
    const both = await h.value('entries:list', { limit: 10, kinds: ['thought-record', 'values-check'] });
    expect(both.entries).toHaveLength(6);
    expect((await h.value('entries:list', { limit: 20 })).entries).toHaveLength(9);
    expect((await h.value('entries:list', { limit: 10, kinds: ['three-good-things'] })).entries).toEqual([]);

    const unknown = await h.call('entries:list', { limit: 10, kinds: ['essay' as 'values-check'] });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('how a worksheet is stored', () => {
  it('keeps the timeline header to the kind: a longer worksheet changes the worksheet column only', async () => {
    const h = await unlockedCore();
    const short = await h.value('entries:create', { title: 'T', body: '', worksheet: record() });
    const long = await h.value('entries:create', {
      title: 'T',
      body: '',
      worksheet: { ...record(), evidenceAgainst: 'x'.repeat(4000), evidenceFor: 'y'.repeat(4000) },
    });
    await h.value('vault:lock', undefined);
    const a = rawRow(h, short.id);
    const b = rawRow(h, long.id);
    expect(b.header.length).toBe(a.header.length);
    expect(b.worksheet!.length).toBeGreaterThan(a.worksheet!.length + 7000);
    // Three sealed columns, three AEAD tags bound into the integrity ledger.
    expect(a.auth_tags.length).toBe(48);
  });

  it('lists the kind from the header alone, and says loudly when the worksheet bytes were tampered with', async () => {
    const h = await unlockedCore();
    const { id } = await h.value('entries:create', { title: 'Tampered', body: '', worksheet: record() });
    const other = await h.value('entries:create', { title: 'Fine', body: 'untouched' });
    await h.value('vault:lock', undefined);
    withRawVault(h.dataDir, (db) => {
      const row = db.prepare('SELECT worksheet FROM entries WHERE id = ?').get(id) as { worksheet: Buffer };
      const flipped = Buffer.from(row.worksheet);
      flipped[flipped.length - 20]! ^= 0x01;
      db.prepare('UPDATE entries SET worksheet = ? WHERE id = ?').run(flipped, id);
      db.prepare('DELETE FROM snapshots').run(); // every header is read again
    });
    await h.value('vault:unlock', UNLOCK);
    const { entries } = await h.value('entries:list', { limit: 10 });
    expect(entries.find((e) => e.id === id)).toMatchObject({ damaged: false, worksheet: 'thought-record' });
    expect(await h.call('entries:get', { id })).toMatchObject({
      ok: false,
      error: { code: 'DAMAGED_RECORD' },
    });
    expect(await h.value('entries:get', { id: other.id })).toMatchObject({ body: 'untouched' });
  });

  it('treats a removed worksheet, or one grafted onto a plain entry, as damage', async () => {
    const h = await unlockedCore();
    const ws = await h.value('entries:create', { body: '', worksheet: record() });
    const plain = await h.value('entries:create', { body: 'plain' });
    await h.value('vault:lock', undefined);
    withRawVault(h.dataDir, (db) => {
      const { worksheet } = db.prepare('SELECT worksheet FROM entries WHERE id = ?').get(ws.id) as {
        worksheet: Buffer;
      };
      db.prepare('UPDATE entries SET worksheet = NULL WHERE id = ?').run(ws.id);
      db.prepare('UPDATE entries SET worksheet = ? WHERE id = ?').run(worksheet, plain.id);
    });
    await h.value('vault:unlock', UNLOCK);
    for (const id of [ws.id, plain.id]) {
      expect(await h.call('entries:get', { id })).toMatchObject({
        ok: false,
        error: { code: 'DAMAGED_RECORD' },
      });
    }
  });

  it('writes none of its words to disk in clear, with the WAL live and after locking', async () => {
    const h = await unlockedCore();
    const canaries = ['CANARY-SITUATION-5b1e the landlord', 'CANARY-OWN-FEELING-c0de', 'CANARY-VALUE-77aa'];
    const { id } = await h.value('entries:create', {
      body: '',
      worksheet: {
        ...record(canaries[0]),
        emotions: [{ text: canaries[1]!, rating: 60, after: null }],
      },
    });
    await h.value('entries:create', {
      body: '',
      worksheet: { ...blankWorksheet('values-check', 'en'), value: canaries[2]!, area: 'family' },
    });
    await h.value('entries:update', { id, body: '', worksheet: record(`${canaries[0]} (again)`) });
    expect(filesContaining(h.dataDir, canaries)).toEqual([]);
    await h.value('vault:lock', undefined);
    expect(filesContaining(h.dataDir, canaries)).toEqual([]);
  });
});

describe('a worksheet leaving and coming back', () => {
  const YEAR = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
  const jsonRequest = (entryIds: string[], redactions: Input<'export:preview'>['redactions'] = []) =>
    ({
      format: 'json',
      lang: 'en',
      entryIds,
      redactions,
      includeCheckins: false,
      includeSelfChecks: false,
      period: YEAR,
      toBring: '',
      timeZone: 'UTC',
    }) satisfies Input<'export:preview'>;

  it('is in the JSON export as data, and the Alcove import restores it', async () => {
    const files = makeTempDir('alcove-files-');
    const source = await unlockedCore(files);
    const ws = record();
    const { id } = await source.value('entries:create', {
      title: 'Before the meeting',
      body: '',
      worksheet: ws,
    });
    const written = await source.value('export:write', jsonRequest([id]));
    expect(written).toMatchObject({ status: 'written' });
    const file = JSON.parse(
      fs.readFileSync(path.join(files, written.status === 'written' ? written.fileName : ''), 'utf8'),
    );
    expect(file.entries[0].worksheet).toEqual(ws);
    expect(file.entries[0].body).toBe(worksheetToMarkdown(ws));

    const target = await unlockedCore(files);
    expect(await target.value('import:run', { kind: 'alcove' })).toMatchObject({ report: { imported: 1 } });
    const [summary] = (await target.value('entries:list', { limit: 10 })).entries;
    expect(summary).toMatchObject({ worksheet: 'thought-record' });
    expect((await target.value('entries:get', { id: summary!.id })).worksheet).toEqual(ws);
    // Importing the same file again adds nothing: duplicates are recognised by the same excerpt.
    expect(await target.value('import:run', { kind: 'alcove' })).toMatchObject({
      report: { imported: 0, duplicates: 1 },
    });
  });

  it('is left out of an export in which a passage of it was hidden', async () => {
    const h = await unlockedCore();
    const { id, body } = await h.value('entries:create', { body: '', worksheet: record() });
    const start = body.indexOf('My voice shook');
    const preview = await h.value(
      'export:preview',
      jsonRequest(
        [id],
        [{ entryId: id, ranges: [{ start, end: start + 'My voice shook last time.'.length }] }],
      ),
    );
    expect(preview.text).not.toContain('My voice shook');
    expect(preview.text).toContain('[passage hidden]');
    expect(JSON.parse(preview.text).entries[0]).not.toHaveProperty('worksheet');
  });
});
