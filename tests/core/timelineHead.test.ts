import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { initSodium } from '../../electron/core/crypto/sodium';
import { VaultEngine } from '../../electron/core/vault/vaultEngine';
import { VAULT_FILE } from '../../electron/core/vault/vaultFiles';
import { makeTempDir } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
const engines: VaultEngine[] = [];
afterEach(() => {
  for (const e of engines.splice(0)) e.close();
});
beforeAll(() => initSodium());

function unlock(dir: string): VaultEngine {
  const engine = VaultEngine.unlock(dir, UNLOCK);
  engines.push(engine);
  return engine;
}

/** 450 entries a minute apart (the head holds 200), then locked. */
function vaultWith450(): string {
  const dir = makeTempDir();
  const { engine } = VaultEngine.create(dir, PASSPHRASE, 'floor');
  engine.entries.createMany(
    Array.from({ length: 450 }, (_, i) => ({
      title: `entry ${i}`,
      body: `body ${i}`,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    })),
  );
  engine.close();
  return dir;
}

function allPages(engine: VaultEngine, limit: number): string[] {
  const titles: string[] = [];
  let cursor: string | undefined;
  do {
    const page = engine.listEntries(limit, cursor);
    titles.push(...page.entries.map((e) => (e.damaged ? 'damaged' : e.title)));
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return titles;
}

describe('the first screen after unlock', () => {
  it('comes from the small head snapshot, exactly as the full timeline would give it', () => {
    const dir = vaultWith450();
    const fromHead = unlock(dir);
    expect(fromHead.timelineReady).toBe(false);
    const first = fromHead.listEntries(50);
    expect(fromHead.timelineReady).toBe(false);
    expect(first.entries[0]).toMatchObject({ title: 'entry 449' });
    fromHead.close();
    engines.pop();

    const full = unlock(dir);
    full.ensureTimeline();
    expect(full.listEntries(50)).toEqual(first);
    expect(full.listEntries(200)).toEqual(
      (() => {
        const again = unlock(dir);
        return again.listEntries(200);
      })(),
    );
  });

  it('pages on from the head’s cursor into the full timeline, each entry once', () => {
    const dir = vaultWith450();
    const engine = unlock(dir);
    const titles = allPages(engine, 50);
    expect(engine.timelineReady).toBe(true);
    expect(titles).toEqual(Array.from({ length: 450 }, (_, i) => `entry ${449 - i}`));
  });

  it('loads the full timeline before any write, and the next unlock’s head includes it', () => {
    const dir = vaultWith450();
    const engine = unlock(dir);
    engine.entries.create(
      { title: 'newest', body: 'written right after unlock' },
      '2026-02-01T00:00:00.000Z',
    );
    expect(engine.timelineReady).toBe(true);
    engine.close();
    engines.pop();
    const next = unlock(dir);
    expect(next.timelineReady).toBe(false);
    expect(next.listEntries(2).entries.map((e) => (e.damaged ? '' : e.title))).toEqual([
      'newest',
      'entry 449',
    ]);
  });

  it('falls back to the full timeline when the head snapshot is missing or behind', () => {
    const dir = vaultWith450();
    const db = new Database(path.join(dir, VAULT_FILE));
    db.prepare("DELETE FROM snapshots WHERE id = 'head'").run();
    db.close();
    const engine = unlock(dir);
    expect(engine.timelineReady).toBe(true);
    expect(engine.listEntries(3).entries).toHaveLength(3);
    engine.close(); // writes a new head
    engines.pop();
    expect(unlock(dir).timelineReady).toBe(false);
  });
});

describe('paging the full timeline', () => {
  it('gives every entry once, in order across pinned, readable and damaged, whatever the page size', () => {
    const dir = makeTempDir();
    const { engine: writer } = VaultEngine.create(dir, PASSPHRASE, 'floor');
    // Twelve entries; three share one instant, so the order falls back to the id there.
    const created = writer.entries.createMany(
      Array.from({ length: 12 }, (_, i) => ({
        title: `entry ${i}`,
        body: `body ${i}`,
        createdAt: new Date(Date.UTC(2026, 0, 1, 0, i < 3 ? 0 : i)).toISOString(),
      })),
    );
    for (const i of [2, 7, 10]) writer.entries.setPinned(created[i]!, true);
    writer.close();
    // Two entries whose header no longer opens (one of them pinned): they become damaged.
    const db = new Database(path.join(dir, VAULT_FILE));
    for (const i of [5, 10]) {
      const { header } = db.prepare('SELECT header FROM entries WHERE id = ?').get(created[i]!) as {
        header: Buffer;
      };
      header.writeUInt8(header.readUInt8(header.length - 1) ^ 1, header.length - 1);
      db.prepare('UPDATE entries SET header = ? WHERE id = ?').run(header, created[i]!);
    }
    // Without its snapshots, the timeline is rebuilt from the headers, and finds them damaged.
    db.prepare('DELETE FROM snapshots').run();
    db.close();

    const engine = unlock(dir);
    engine.ensureTimeline();
    const whole = allPages(engine, 100);
    expect(whole.slice(0, 2)).toEqual(['entry 7', 'entry 2']); // pinned, newest first
    expect(whole.slice(-2)).toEqual(['damaged', 'damaged']);
    expect(whole).toHaveLength(12);
    for (const size of [1, 2, 3, 5]) expect(allPages(engine, size)).toEqual(whole);
  });
});
