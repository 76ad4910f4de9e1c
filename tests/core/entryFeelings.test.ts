import Database from 'better-sqlite3';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initSodium } from '../../electron/core/crypto/sodium';
import { Timeline } from '../../electron/core/journal/timeline';
import { filesContaining, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
let h: Harness;
afterEach(async () => h?.dispose());
beforeAll(() => initSodium());

async function unlockedCore(dataDir?: string): Promise<Harness> {
  h = startCore(dataDir);
  await h.value('vault:create', { passphrase: PASSPHRASE });
  return h;
}

describe('feelings named on entries', () => {
  it('are saved with the entry, changed by an edit, and shown in the timeline', async () => {
    await unlockedCore();
    const created = await h.value('entries:create', {
      body: 'The meeting went better than I feared.',
      emotions: [
        { id: 'relief', intensity: 7 },
        { id: 'anxiety', intensity: 3 },
      ],
    });
    expect(created.emotions).toEqual([
      { id: 'relief', intensity: 7 },
      { id: 'anxiety', intensity: 3 },
    ]);
    const updated = await h.value('entries:update', {
      id: created.id,
      title: '',
      body: created.body,
      emotions: [{ id: 'pride', intensity: 5 }],
    });
    expect(updated.emotions).toEqual([{ id: 'pride', intensity: 5 }]);
    expect((await h.value('entries:get', { id: created.id })).emotions).toEqual(updated.emotions);
    const [summary] = (await h.value('entries:list', { limit: 5 })).entries;
    expect(summary).toMatchObject({ damaged: false, emotions: [{ id: 'pride', intensity: 5 }] });
  });

  it('default to none when an entry is written without them', async () => {
    await unlockedCore();
    const { id } = await h.value('entries:create', { body: 'Groceries, then the bus.' });
    expect((await h.value('entries:get', { id })).emotions).toEqual([]);
    expect((await h.value('entries:list', { limit: 5 })).entries[0]).toMatchObject({ emotions: [] });
  });

  it('are refused when unknown, repeated, more than three or out of range, and nothing is written', async () => {
    await unlockedCore();
    const bad = [
      [{ id: 'schadenfreude', intensity: 5 }],
      [
        { id: 'joy', intensity: 5 },
        { id: 'joy', intensity: 6 },
      ],
      [
        { id: 'joy', intensity: 1 },
        { id: 'calm', intensity: 1 },
        { id: 'hope', intensity: 1 },
        { id: 'pride', intensity: 1 },
      ],
      [{ id: 'joy', intensity: 11 }],
      [{ id: 'joy', intensity: 2.5 }],
    ];
    for (const emotions of bad) {
      expect(await h.call('entries:create', { body: 'text', emotions })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect((await h.value('entries:list', { limit: 5 })).entries).toEqual([]);
  });

  it('are listed for insights newest first, within a period, without any entry text', async () => {
    await unlockedCore();
    await h.value('entries:create', { body: 'old', emotions: [{ id: 'sadness', intensity: 6 }] });
    h.clock.ms += 86_400_000;
    const since = new Date(h.clock.ms).toISOString();
    await h.value('entries:create', { body: 'no feelings named' });
    h.clock.ms += 60_000;
    await h.value('entries:create', { body: 'new', emotions: [{ id: 'joy', intensity: 8 }] });

    const all = await h.value('entries:feelings', {});
    expect(all.moments.map((m) => m.emotions[0]!.id)).toEqual(['joy', 'sadness']);
    const recent = await h.value('entries:feelings', { since });
    expect(recent.moments).toEqual([
      { at: new Date(h.clock.ms).toISOString(), emotions: [{ id: 'joy', intensity: 8 }] },
    ]);
    const earlier = await h.value('entries:feelings', { before: since });
    expect(earlier.moments.map((m) => m.emotions[0]!.id)).toEqual(['sadness']);
    expect(JSON.stringify(all)).not.toMatch(/old|new/);
  });

  it('survive a restart (from the timeline snapshot) and never reach the disk in clear', async () => {
    const { dataDir } = await unlockedCore();
    await h.value('entries:create', { body: 'x', emotions: [{ id: 'despair', intensity: 9 }] });
    await h.core.close();
    expect(filesContaining(dataDir, ['despair', 'intensity'])).toEqual([]);
    h = startCore(dataDir);
    await h.value('vault:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect((await h.value('entries:feelings', {})).moments[0]?.emotions).toEqual([
      { id: 'despair', intensity: 9 },
    ]);
  });
});

describe('an entry kept out of exports', () => {
  it('says so in its summary and in the period an export offers, and can be shared again', async () => {
    await unlockedCore();
    const kept = await h.value('entries:create', { body: 'Only for me.', notForSharing: true });
    expect(kept.notForSharing).toBe(true);
    h.clock.ms += 60_000; // a minute later: the period lists oldest first
    await h.value('entries:create', { body: 'Fine to share.' });
    const offered = await h.value('entries:between', {
      since: '2026-01-01T00:00:00.000Z',
      before: '2027-01-01T00:00:00.000Z',
    });
    expect(offered.entries.map((e) => !e.damaged && e.notForSharing)).toEqual([true, false]);
    const shared = await h.value('entries:update', { id: kept.id, title: '', body: kept.body });
    expect(shared.notForSharing).toBe(false);
  });
});

describe('a timeline snapshot taken before entries carried feelings', () => {
  it('opens, gains the column, and lists its summaries with no feelings', () => {
    const old = new Database(':memory:');
    old.exec(`CREATE TABLE summaries (
      id TEXT PRIMARY KEY, version INTEGER NOT NULL, damaged INTEGER NOT NULL,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL, title TEXT NOT NULL, excerpt TEXT NOT NULL
    ) WITHOUT ROWID`);
    old
      .prepare('INSERT INTO summaries VALUES (?, 1, 0, ?, ?, ?, ?)')
      .run('a'.repeat(32), '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', 'title', 'excerpt');
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
      expect(timeline.feelings()).toEqual([]);
    } finally {
      timeline.close();
    }
  });
});
