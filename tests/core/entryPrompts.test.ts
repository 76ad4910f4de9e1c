import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initSodium } from '../../electron/core/crypto/sodium';
import { Timeline } from '../../electron/core/journal/timeline';
import type { Input } from '../../shared/ipc/contract';
import { makeTempDir, startCore, withRawVault, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
const DAILY = { packId: 'daily-reflection', promptId: 'daily-one-word' };
const GRATITUDE = { packId: 'gratitude', promptId: 'gratitude-three-good-things' };
const MINE = { packId: `mine-${'ab'.repeat(16)}`, promptId: 'my-own-question' };

const harnesses: Harness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.dispose();
});
beforeAll(() => initSodium());

async function unlockedCore(dialogDir?: string): Promise<Harness> {
  const h = startCore(undefined, dialogDir);
  harnesses.push(h);
  await h.value('vault:create', { passphrase: PASSPHRASE });
  return h;
}

describe('an entry written from a prompt', () => {
  it('remembers the prompt in the entry and its summary, keeps it on edit, and lets it go when detached', async () => {
    const h = await unlockedCore();
    const created = await h.value('entries:create', { title: 'One word', body: 'Tired.', prompt: DAILY });
    expect(created.prompt).toEqual(DAILY);
    expect(await h.value('entries:get', { id: created.id })).toEqual(created);
    expect((await h.value('entries:list', { limit: 10 })).entries[0]).toMatchObject({ prompt: DAILY });

    const edited = await h.value('entries:update', { id: created.id, title: '', body: 'Tired, and calm.' });
    expect(edited.prompt).toEqual(DAILY);
    const detached = await h.value('entries:update', { id: created.id, title: '', body: 'x', prompt: null });
    expect(detached.prompt).toBeUndefined();
    expect((await h.value('entries:list', { limit: 10 })).entries[0]).not.toHaveProperty('prompt');
    expect(await h.value('entries:get', { id: created.id })).not.toHaveProperty('prompt');
  });

  it('is refused at the contract when an id is not an id, and accepted for a pack that no longer exists', async () => {
    const h = await unlockedCore();
    for (const prompt of [
      { packId: 'Daily Reflection', promptId: 'daily-one-word' },
      { packId: 'daily-reflection', promptId: 'x'.repeat(81) },
      { packId: 'daily-reflection', promptId: 'a\u202eb' },
    ]) {
      expect(await h.call('entries:create', { body: 'x', prompt })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect((await h.value('entries:create', { body: 'mine', prompt: MINE })).prompt).toEqual(MINE);
  });

  it('is listed from the encrypted header alone, after the timeline is rebuilt, and survives a key rotation', async () => {
    const h = await unlockedCore();
    const { id } = await h.value('entries:create', { body: 'Grateful for the rain.', prompt: GRATITUDE });
    await h.value('vault:lock', undefined);
    const header = withRawVault(h.dataDir, (db) => {
      db.prepare('DELETE FROM snapshots').run(); // every header is read again
      return (db.prepare('SELECT header FROM entries WHERE id = ?').get(id) as { header: Buffer }).header;
    });
    expect(header.includes(Buffer.from('gratitude'))).toBe(false);
    await h.value('vault:unlock', UNLOCK);
    expect((await h.value('entries:list', { limit: 10 })).entries[0]).toMatchObject({
      id,
      prompt: GRATITUDE,
    });
    await h.value('vault:rotateDataKey', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    await h.value('vault:unlock', UNLOCK);
    expect((await h.value('entries:get', { id })).prompt).toEqual(GRATITUDE);
  });
});

describe('filtering the timeline by pack', () => {
  it('lists only entries from the packs asked for, newest first, page by page', async () => {
    const h = await unlockedCore();
    const ids: Record<'daily' | 'gratitude' | 'mine' | 'plain', string[]> = {
      daily: [],
      gratitude: [],
      mine: [],
      plain: [],
    };
    for (let i = 0; i < 3; i++) {
      for (const [key, prompt] of [
        ['daily', DAILY],
        ['gratitude', GRATITUDE],
        ['mine', MINE],
        ['plain', undefined],
      ] as const) {
        h.clock.ms += 60_000;
        ids[key].push(
          (await h.value('entries:create', { body: `${key} ${i}`, ...(prompt ? { prompt } : {}) })).id,
        );
      }
    }
    const first = await h.value('entries:list', { limit: 2, packs: ['daily-reflection'] });
    expect(first.entries.map((e) => e.id)).toEqual([ids.daily[2], ids.daily[1]]);
    const second = await h.value('entries:list', {
      limit: 2,
      packs: ['daily-reflection'],
      cursor: first.nextCursor!,
    });
    expect(second).toEqual({ entries: [expect.objectContaining({ id: ids.daily[0] })], nextCursor: null });

    const two = await h.value('entries:list', { limit: 10, packs: ['gratitude', MINE.packId] });
    expect(two.entries.map((e) => e.id).sort()).toEqual([...ids.gratitude, ...ids.mine].sort());
    expect((await h.value('entries:list', { limit: 10, packs: ['relationships'] })).entries).toEqual([]);
    expect((await h.value('entries:list', { limit: 20 })).entries).toHaveLength(12);

    // After an unlock the first page normally comes from the head snapshot: a filter must not.
    await h.value('vault:lock', undefined);
    await h.value('vault:unlock', UNLOCK);
    expect((await h.value('entries:list', { limit: 10, packs: ['daily-reflection'] })).entries).toHaveLength(
      3,
    );

    expect(await h.call('entries:list', { limit: 10, packs: ['not a pack'] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await h.call('entries:list', { limit: 10, packs: [] })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});

describe('a timeline snapshot taken before entries remembered their prompt', () => {
  it('opens, gains the columns, and lists its summaries without a prompt', () => {
    const old = new Database(':memory:');
    old.exec(`CREATE TABLE summaries (
      id TEXT PRIMARY KEY, version INTEGER NOT NULL, damaged INTEGER NOT NULL,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL, title TEXT NOT NULL, excerpt TEXT NOT NULL,
      emotions TEXT NOT NULL DEFAULT '[]', not_for_sharing INTEGER NOT NULL DEFAULT 0, worksheet TEXT
    ) WITHOUT ROWID`);
    old
      .prepare("INSERT INTO summaries VALUES (?, 1, 0, ?, ?, 'title', 'excerpt', '[]', 0, NULL)")
      .run('a'.repeat(32), '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
    const timeline = Timeline.fromSnapshot(old.serialize());
    old.close();
    try {
      expect(timeline.page(5).entries).toEqual([
        {
          damaged: false,
          id: 'a'.repeat(32),
          title: 'title',
          excerpt: 'excerpt',
          emotions: [],
          notForSharing: false,
          pinned: false,
          tags: [],
          createdAt: '2026-01-01T00:00:00.000Z',
          updatedAt: '2026-01-01T00:00:00.000Z',
        },
      ]);
      expect(timeline.page(5, undefined, undefined, ['daily-reflection']).entries).toEqual([]);
    } finally {
      timeline.close();
    }
  });
});

describe('the prompt of an entry leaving and coming back', () => {
  it('is in the JSON export as ids, and the Alcove import restores it', async () => {
    const files = makeTempDir('alcove-files-');
    const source = await unlockedCore(files);
    const withPrompt = await source.value('entries:create', {
      title: 'One word',
      body: 'Tired.',
      prompt: DAILY,
    });
    const without = await source.value('entries:create', { body: 'Just a day.' });
    const request = {
      format: 'json',
      lang: 'en',
      entryIds: [withPrompt.id, without.id],
      redactions: [],
      includeCheckins: false,
      includeSelfChecks: false,
      period: { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' },
      toBring: '',
      timeZone: 'UTC',
    } satisfies Input<'export:preview'>;
    const written = await source.value('export:write', request);
    expect(written).toMatchObject({ status: 'written' });
    const file = JSON.parse(
      fs.readFileSync(path.join(files, written.status === 'written' ? written.fileName : ''), 'utf8'),
    ) as { entries: Array<{ id: string; prompt?: unknown }> };
    expect(file.entries.find((e) => e.id === withPrompt.id)?.prompt).toEqual(DAILY);
    expect(file.entries.find((e) => e.id === without.id)).not.toHaveProperty('prompt');

    const target = await unlockedCore(files);
    expect(await target.value('import:run', { kind: 'alcove' })).toMatchObject({ report: { imported: 2 } });
    const { entries } = await target.value('entries:list', { limit: 10, packs: ['daily-reflection'] });
    expect(entries).toHaveLength(1);
    expect(await target.value('entries:get', { id: entries[0]!.id })).toMatchObject({
      title: 'One word',
      body: 'Tired.',
      prompt: DAILY,
    });
  });
});
