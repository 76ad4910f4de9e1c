import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/ipc/contract';
import { readTree, startCore, withRawVault, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
const YEAR = { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
const DAILY = { packId: 'daily-reflection', promptId: 'daily-one-word' };

let h: Harness;
afterEach(async () => h?.dispose());

async function unlockedCore(): Promise<Harness> {
  h = startCore();
  await h.value('vault:create', { passphrase: PASSPHRASE });
  return h;
}

/** Writes entries a minute apart (the clock moves), oldest first; returns their ids. */
async function write(titles: string[]): Promise<string[]> {
  const ids: string[] = [];
  for (const title of titles) {
    h.clock.ms += 60_000;
    ids.push((await h.value('entries:create', { title, body: `about ${title}` })).id);
  }
  return ids;
}

/** Every title of the timeline, paging `limit` at a time (so the cursor is exercised). */
async function timeline(limit = 2, filter: Partial<Input<'entries:list'>> = {}): Promise<string[]> {
  const titles: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await h.value('entries:list', { limit, ...filter, ...(cursor ? { cursor } : {}) });
    for (const e of page.entries) titles.push(e.damaged ? '(damaged)' : e.title);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return titles;
}

async function searchTitles(query: string): Promise<string[]> {
  for (;;) {
    const result = await h.value('search:query', { query, limit: 20 });
    if (result.indexed === result.total)
      return result.hits.map((hit) => hit.title.map((p) => p.text).join(''));
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function exportRequest(entryIds: string[]): Input<'export:preview'> {
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
  };
}

describe('pinned entries', () => {
  it('come first, newest first among them, then the rest newest first, page after page', async () => {
    await unlockedCore();
    const [a, b, , d] = await write(['a', 'b', 'c', 'd', 'e']);
    await h.value('entries:setPinned', { id: a!, pinned: true });
    await h.value('entries:setPinned', { id: d!, pinned: true });
    expect(await timeline(2)).toEqual(['d', 'a', 'e', 'c', 'b']);
    expect(await timeline(1)).toEqual(['d', 'a', 'e', 'c', 'b']);

    await h.value('entries:setPinned', { id: d!, pinned: false });
    expect(await timeline(2)).toEqual(['a', 'e', 'd', 'c', 'b']);
    expect((await h.value('entries:get', { id: a! })).pinned).toBe(true);
    expect((await h.value('entries:get', { id: b! })).pinned).toBe(false);
  });

  it('is not an edit: the entry keeps its updatedAt', async () => {
    await unlockedCore();
    const [a] = await write(['a']);
    const before = await h.value('entries:get', { id: a! });
    h.clock.ms += 3_600_000;
    const pinned = await h.value('entries:setPinned', { id: a!, pinned: true });
    expect(pinned).toEqual({ ...before, pinned: true });
  });

  it('stay pinned across lock and unlock (the head snapshot and the full timeline agree)', async () => {
    await unlockedCore();
    const ids = await write(['a', 'b', 'c']);
    await h.value('entries:setPinned', { id: ids[0]!, pinned: true });
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect(await timeline(10)).toEqual(['a', 'c', 'b']); // first page: from the head
    expect(await timeline(1)).toEqual(['a', 'c', 'b']); // later pages: the full timeline
  });

  it('still obey the timeline filters', async () => {
    await unlockedCore();
    h.clock.ms += 60_000;
    const fromPrompt = await h.value('entries:create', { title: 'prompted', body: 'x', prompt: DAILY });
    const [plain] = await write(['plain', 'newer prompted is below']);
    await h.value('entries:setPinned', { id: plain!, pinned: true });
    await h.value('entries:setPinned', { id: fromPrompt.id, pinned: true });
    expect(await timeline(5, { packs: [DAILY.packId] })).toEqual(['prompted']);
  });
});

describe('backdating', () => {
  it('gives a new entry its own date and moves an edited one, reordering the timeline', async () => {
    await unlockedCore();
    const old = await h.value('entries:create', {
      title: 'remembered',
      body: 'from last winter',
      createdAt: '2025-12-24T18:30:00.000Z',
    });
    expect(old).toMatchObject({
      createdAt: '2025-12-24T18:30:00.000Z',
      updatedAt: '2026-03-01T09:00:00.000Z',
    });
    const [x, y] = await write(['x', 'y']);
    expect(await timeline()).toEqual(['y', 'x', 'remembered']);

    const moved = await h.value('entries:update', {
      id: y!,
      title: 'y',
      body: 'about y',
      createdAt: '2020-06-01T08:00:00.000Z',
    });
    expect(moved.createdAt).toBe('2020-06-01T08:00:00.000Z');
    expect(await timeline()).toEqual(['x', 'remembered', 'y']);
    // An edit without a date keeps the one the entry has.
    await h.value('entries:update', { id: x!, title: 'x', body: 'edited' });
    expect((await h.value('entries:get', { id: x! })).createdAt).toBe('2026-03-01T09:01:00.000Z');
    const { entries } = await h.value('entries:between', {
      since: '2020-01-01T00:00:00.000Z',
      before: '2021-01-01T00:00:00.000Z',
    });
    expect(entries.map((e) => e.id)).toEqual([y]);
  });

  it('refuses a date before 1900 or more than a day ahead, saying which', async () => {
    await unlockedCore();
    const tooOld = await h.call('entries:create', { body: 'x', createdAt: '1899-12-31T23:59:59.000Z' });
    expect(tooOld).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!tooOld.ok && tooOld.error.message).toContain('before 1900');

    // The core's clock decides (here 2026-03-01T09:00Z), not the caller's.
    const ahead = new Date(h.clock.ms + 25 * 3_600_000).toISOString();
    const tooNew = await h.call('entries:create', { body: 'x', createdAt: ahead });
    expect(tooNew).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(!tooNew.ok && tooNew.error.message).toContain('more than a day ahead');

    const notADate = await h.call('entries:create', { body: 'x', createdAt: 'yesterday' });
    expect(notADate).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });

    const tonight = new Date(h.clock.ms + 12 * 3_600_000).toISOString();
    expect((await h.value('entries:create', { body: 'x', createdAt: tonight })).createdAt).toBe(tonight);
    expect(
      (await h.value('entries:create', { body: 'x', createdAt: '1900-01-01T00:00:00.000Z' })).createdAt,
    ).toBe('1900-01-01T00:00:00.000Z');
  });
});

describe('deleting with an undo', () => {
  it('hides the entry from the timeline, search, insights and exports at once, and restore brings it all back', async () => {
    await unlockedCore();
    h.clock.ms += 60_000;
    const kept = await h.value('entries:create', { title: 'kept', body: 'lighthouse keeper' });
    const gone = await h.value('entries:create', {
      title: 'gone',
      body: 'lighthouse at dusk',
      emotions: [{ id: 'pride', intensity: 3 }],
    });
    await h.value('entries:setPinned', { id: gone.id, pinned: true });
    expect(await searchTitles('lighthouse')).toHaveLength(2);

    expect(await h.value('entries:delete', { id: gone.id })).toEqual({ id: gone.id, restorable: true });
    expect(await timeline()).toEqual(['kept']);
    expect(await searchTitles('lighthouse')).toEqual(['kept']);
    expect((await h.value('entries:feelings', {})).moments).toEqual([]);
    expect((await h.value('entries:between', { since: YEAR.from, before: YEAR.to })).entries).toHaveLength(1);
    const preview = await h.value('export:preview', exportRequest([kept.id, gone.id]));
    expect(preview.counts).toMatchObject({ entries: 1, unreadable: 1 });
    expect(preview.text).not.toContain('dusk');
    expect(await h.call('entries:get', { id: gone.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await h.call('entries:update', { id: gone.id, body: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });

    const restored = await h.value('entries:restore', { id: gone.id });
    expect(restored).toEqual({ ...gone, pinned: true });
    expect(await timeline()).toEqual(['gone', 'kept']);
    expect(await searchTitles('dusk')).toEqual(['gone']);
    expect((await h.value('entries:feelings', {})).moments).toHaveLength(1);
    expect((await h.value('export:preview', exportRequest([gone.id]))).text).toContain('dusk');
    // Restored once: there is nothing left to restore, and a live entry cannot be purged.
    expect(await h.call('entries:restore', { id: gone.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await h.call('entries:purge', { id: gone.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect(await timeline()).toEqual(['gone', 'kept']);
  });

  it('purges for real: the row, its images and its index data are gone, and not a byte of it stays in the file', async () => {
    await unlockedCore();
    const canary = 'CANARY-PURGE-4e8b the night I finally said it';
    const entry = await h.value('entries:create', {
      title: 'CANARY-TITLE-a61f',
      body: `${canary}\n${'y'.repeat(6000)}`,
    });
    const image = Buffer.concat([
      Buffer.from('89504e470d0a1a0a', 'hex'),
      Buffer.from(`IHDR${'z'.repeat(3000)}`),
    ]);
    const meta = await h.value('attachments:add', {
      entryId: entry.id,
      name: 'beach.png',
      dataBase64: image.toString('base64'),
    });
    const other = await h.value('entries:create', { title: 'other', body: 'stays' });
    expect(await searchTitles('finally')).toEqual(['CANARY-TITLE-a61f']);
    await h.value('entries:delete', { id: entry.id });
    // Ciphertext as it stands now (the marked version): the purge must leave none of it either.
    const sealed = withRawVault(h.dataDir, (db) => ({
      row: db.prepare('SELECT header, body FROM entries WHERE id = ?').get(entry.id) as {
        header: Buffer;
        body: Buffer;
      },
      image: (db.prepare('SELECT data FROM attachments WHERE id = ?').get(meta.id) as { data: Buffer }).data,
    }));
    const needles = [
      sealed.row.header.subarray(30, 62),
      sealed.row.body.subarray(100, 164),
      sealed.row.body.subarray(4000, 4064),
      sealed.image.subarray(100, 164),
      Buffer.from(entry.id),
      Buffer.from(meta.id),
      Buffer.from(canary),
    ];

    expect(await h.value('entries:purge', { id: entry.id })).toEqual({ id: entry.id });
    expect(await h.call('entries:restore', { id: entry.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await h.call('attachments:get', { id: meta.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await searchTitles('finally')).toEqual([]);

    // While still unlocked: the purge checkpointed, so the WAL holds none of the old pages.
    const files = readTree(h.dataDir);
    expect(files.map((f) => path.basename(f.file))).toContain('journal.db');
    for (const { file, bytes } of files) {
      for (const [i, needle] of needles.entries())
        expect([file, i, bytes.includes(needle)]).toEqual([file, i, false]);
    }
    const rows = withRawVault(h.dataDir, (db) => ({
      entries: db.prepare('SELECT id FROM entries').pluck().all(),
      attachments: db.prepare('SELECT count(*) FROM attachments').pluck().get(),
    }));
    expect(rows).toEqual({ entries: [other.id], attachments: 0 });

    await h.value('vault:lock', undefined);
    for (const { file, bytes } of readTree(h.dataDir)) {
      for (const [i, needle] of needles.entries())
        expect([file, i, bytes.includes(needle)]).toEqual([file, i, false]);
    }
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect(await searchTitles('finally')).toEqual([]);
    expect(await timeline()).toEqual(['other']);
  });

  it('purges at lock what is still waiting, and leaves the vault verified', async () => {
    await unlockedCore();
    const [a, b] = await write(['a', 'b']);
    await h.value('entries:delete', { id: a! });
    await h.value('vault:lock', undefined);
    expect(withRawVault(h.dataDir, (db) => db.prepare('SELECT id FROM entries').pluck().all())).toEqual([b]);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect(await h.call('entries:restore', { id: a! })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await timeline()).toEqual(['b']);
  });

  it('purges at the next unlock what a crash left marked', async () => {
    await unlockedCore();
    const [a, b] = await write(['a', 'b']);
    await h.value('vault:lock', undefined);
    // A session that deletes and then "crashes": no lock, so no purge, and no snapshot.
    const { VaultEngine } = await import('../../electron/core/vault/vaultEngine');
    const { initSodium } = await import('../../electron/core/crypto/sodium');
    await initSodium();
    const crashed = VaultEngine.unlock(h.dataDir, UNLOCK);
    crashed.deleteEntry(a!, '2026-03-01T10:00:00.000Z');
    expect(fs.existsSync(path.join(h.dataDir, 'vault', 'journal.db-wal'))).toBe(true);
    expect(withRawVault(h.dataDir, (db) => db.prepare('SELECT count(*) FROM entries').pluck().get())).toBe(2);

    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect(await timeline()).toEqual(['b']);
    expect(await h.call('entries:restore', { id: a! })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(withRawVault(h.dataDir, (db) => db.prepare('SELECT id FROM entries').pluck().all())).toEqual([b]);
  });
});
