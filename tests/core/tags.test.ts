import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
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

async function tagIdsOf(h: Harness, entryId: string): Promise<string[]> {
  return (await h.value('entries:get', { id: entryId })).tags;
}

describe('the tag catalogue', () => {
  it('creates tags with a trimmed NFC name and a palette colour, listed by name', async () => {
    const h = await unlockedCore();
    const work = await h.value('tags:create', { name: '  Travail  ', colour: 'blue' });
    expect(work).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'Travail', colour: 'blue' });
    const decomposed = 'e\u0301te\u0301'; // "été" written with combining accents
    const summer = await h.value('tags:create', { name: decomposed, colour: 'amber' });
    expect(summer.name).toBe('\u00e9t\u00e9');
    const body = await h.value('tags:create', { name: 'body', colour: 'rose' });
    expect(await h.value('tags:list', undefined)).toEqual({ tags: [body, summer, work], damaged: 0 });
  });

  it('refuses a name another tag has, whatever its case or accents, an empty name and an unknown colour', async () => {
    const h = await unlockedCore();
    const first = await h.value('tags:create', { name: 'Été', colour: 'amber' });
    for (const name of ['été', 'ETE', ' ete ']) {
      expect(await h.call('tags:create', { name, colour: 'green' })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(await h.call('tags:create', { name: '   ', colour: 'green' })).toMatchObject({ ok: false });
    expect(await h.call('tags:create', { name: 'x'.repeat(61), colour: 'green' })).toMatchObject({
      ok: false,
    });
    expect(await h.call('tags:create', { name: 'ok', colour: 'crimson' as never })).toMatchObject({
      ok: false,
    });
    const other = await h.value('tags:create', { name: 'Hiver', colour: 'teal' });
    expect(await h.call('tags:update', { id: other.id, name: 'ete' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    // Renaming a tag to another case of its own name is allowed.
    expect(await h.value('tags:update', { id: first.id, name: 'ÉTÉ' })).toMatchObject({ name: 'ÉTÉ' });
  });

  it('renames and recolours in one row: entries keep the id and show the new name', async () => {
    const h = await unlockedCore();
    const tag = await h.value('tags:create', { name: 'therapy', colour: 'slate' });
    const entry = await h.value('entries:create', { body: 'After the session.', tags: [tag.id] });
    expect(entry.tags).toEqual([tag.id]);
    const entryVersion = () =>
      withRawVault(h.dataDir, (db) => db.prepare('SELECT version FROM entries WHERE id = ?').get(entry.id));
    const before = entryVersion();
    const renamed = await h.value('tags:update', { id: tag.id, name: 'Therapy sessions', colour: 'violet' });
    expect(renamed).toEqual({ id: tag.id, name: 'Therapy sessions', colour: 'violet' });
    expect(entryVersion()).toEqual(before);
    expect(await tagIdsOf(h, entry.id)).toEqual([tag.id]);
    expect((await h.value('tags:list', undefined)).tags).toEqual([renamed]);
  });

  it('merges tags: every entry carrying one carries the target once, in one transaction, then they are gone', async () => {
    const h = await unlockedCore();
    const a = await h.value('tags:create', { name: 'anxiety', colour: 'rose' });
    const b = await h.value('tags:create', { name: 'anxious', colour: 'amber' });
    const c = await h.value('tags:create', { name: 'worry', colour: 'teal' });
    const other = await h.value('tags:create', { name: 'sleep', colour: 'blue' });
    const both = await h.value('entries:create', { body: 'one', tags: [a.id, other.id, b.id] });
    const onlyB = await h.value('entries:create', { body: 'two', tags: [b.id] });
    const none = await h.value('entries:create', { body: 'three', tags: [other.id] });
    const counter = () =>
      withRawVault(h.dataDir, (db) =>
        db.prepare("SELECT length(value) AS n FROM vault_meta WHERE key = 'integrity'").get(),
      );
    expect(counter()).toBeDefined();

    const into = await h.value('tags:merge', { from: [a.id, b.id], into: c.id });
    expect(into).toEqual(c);
    expect(await tagIdsOf(h, both.id)).toEqual([c.id, other.id]);
    expect(await tagIdsOf(h, onlyB.id)).toEqual([c.id]);
    expect(await tagIdsOf(h, none.id)).toEqual([other.id]);
    expect((await h.value('tags:list', undefined)).tags.map((t) => t.name)).toEqual(['sleep', 'worry']);
    // The timeline filter follows at once.
    const filtered = await h.value('entries:list', { limit: 10, tags: [c.id] });
    expect(filtered.entries.map((e) => e.id).sort()).toEqual([both.id, onlyB.id].sort());
    // And the ledger agrees with every rewritten row.
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect(await tagIdsOf(h, both.id)).toEqual([c.id, other.id]);
  });

  it('a merge naming an unknown tag changes nothing', async () => {
    const h = await unlockedCore();
    const a = await h.value('tags:create', { name: 'a', colour: 'rose' });
    const b = await h.value('tags:create', { name: 'b', colour: 'rose' });
    const entry = await h.value('entries:create', { body: 'x', tags: [a.id] });
    const ghost = 'f'.repeat(32);
    expect(await h.call('tags:merge', { from: [a.id, ghost], into: b.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await tagIdsOf(h, entry.id)).toEqual([a.id]);
    expect((await h.value('tags:list', undefined)).tags).toHaveLength(2);
  });

  it('deletes a tag and takes it off the entries, which stay', async () => {
    const h = await unlockedCore();
    const a = await h.value('tags:create', { name: 'a', colour: 'rose' });
    const b = await h.value('tags:create', { name: 'b', colour: 'green' });
    const entry = await h.value('entries:create', { body: 'kept', tags: [a.id, b.id] });
    expect(await h.value('tags:delete', { id: a.id })).toEqual({ id: a.id });
    expect(await tagIdsOf(h, entry.id)).toEqual([b.id]);
    expect(await h.call('tags:delete', { id: a.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await h.value('entries:list', { limit: 10, tags: [a.id] })).entries).toEqual([]);
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
  });

  it('drops unknown tag ids when an entry is saved, and keeps its tags on an update that does not name them', async () => {
    const h = await unlockedCore();
    const a = await h.value('tags:create', { name: 'a', colour: 'rose' });
    const entry = await h.value('entries:create', { body: 'x', tags: ['0'.repeat(32), a.id] });
    expect(entry.tags).toEqual([a.id]);
    const updated = await h.value('entries:update', { id: entry.id, body: 'y' });
    expect(updated.tags).toEqual([a.id]);
    const cleared = await h.value('entries:update', { id: entry.id, body: 'y', tags: [] });
    expect(cleared.tags).toEqual([]);
    expect(await h.call('entries:create', { body: 'x', tags: [a.id, a.id] })).toMatchObject({ ok: false });
  });

  it('filters the timeline by tag, with pages, and combined with the other filters', async () => {
    const h = await unlockedCore();
    const a = await h.value('tags:create', { name: 'a', colour: 'rose' });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      h.clock.ms += 60_000;
      ids.push((await h.value('entries:create', { body: `n${i}`, tags: i % 2 === 0 ? [a.id] : [] })).id);
    }
    const first = await h.value('entries:list', { limit: 2, tags: [a.id] });
    expect(first.entries.map((e) => e.id)).toEqual([ids[4], ids[2]]);
    const second = await h.value('entries:list', { limit: 2, tags: [a.id], cursor: first.nextCursor! });
    expect(second).toEqual({
      entries: [expect.objectContaining({ id: ids[0], tags: [a.id] })],
      nextCursor: null,
    });
    expect(
      (await h.value('entries:list', { limit: 10, tags: [a.id], packs: ['gratitude'] })).entries,
    ).toEqual([]);
  });

  it('keeps every tag name encrypted: no name in the vault files, also after a data-key rotation', async () => {
    const h = await unlockedCore();
    const tag = await h.value('tags:create', { name: 'CANARY-TAG-91c2', colour: 'violet' });
    await h.value('entries:create', { body: 'x', tags: [tag.id] });
    await h.value('vault:lock', undefined);
    expect(filesContaining(h.dataDir, ['CANARY-TAG-91c2', 'violet'])).toEqual([]);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    await h.value('vault:rotateDataKey', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    expect(filesContaining(h.dataDir, ['CANARY-TAG-91c2'])).toEqual([]);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect((await h.value('tags:list', undefined)).tags).toEqual([tag]);
  }, 90_000); // two KDF runs and a rotation: slow on a shared machine

  it('a tag row removed behind the ledger is caught at unlock', async () => {
    const h = await unlockedCore();
    await h.value('tags:create', { name: 'a', colour: 'rose' });
    await h.value('vault:lock', undefined);
    withRawVault(h.dataDir, (db) => db.prepare('DELETE FROM tags').run());
    expect(await h.unlockVerdict(UNLOCK)).toBe('mismatch');
  });
});

describe('imports carry tags', () => {
  it('a JSON export writes tag names, and importing maps them to tags, reusing those with the same name', async () => {
    const files = makeTempDir('alcove-files-');
    const source = await unlockedCore(files);
    const work = await source.value('tags:create', { name: 'Work', colour: 'blue' });
    const rest = await source.value('tags:create', { name: 'Repos', colour: 'green' });
    const entry = await source.value('entries:create', { body: 'tagged', tags: [work.id, rest.id] });
    await source.value('entries:create', { body: 'untagged' });
    await source.value('export:write', {
      format: 'json',
      lang: 'en',
      entryIds: [entry.id],
      redactions: [],
      includeCheckins: false,
      includeSelfChecks: false,
      period: { from: '2026-01-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' },
      toBring: '',
      timeZone: 'UTC',
    });
    const written = fs.readdirSync(files).find((name) => name.endsWith('.json'))!;
    const document = JSON.parse(fs.readFileSync(path.join(files, written), 'utf8'));
    expect(document.entries[0].tags).toEqual(['Work', 'Repos']);

    const target = await unlockedCore(files);
    const existing = await target.value('tags:create', { name: 'work', colour: 'rose' });
    expect(await target.value('import:run', { kind: 'alcove' })).toMatchObject({
      status: 'imported',
      report: { imported: 1 },
    });
    const { tags } = await target.value('tags:list', undefined);
    expect(tags).toEqual([
      { id: expect.stringMatching(/^[0-9a-f]{32}$/), name: 'Repos', colour: 'slate' },
      existing,
    ]);
    const [imported] = (await target.value('entries:list', { limit: 10 })).entries;
    expect(imported).toMatchObject({ damaged: false, tags: [existing.id, tags[0]!.id] });
  });

  it('a jrnl import maps its @tags to tags, each once', async () => {
    const files = makeTempDir('alcove-files-');
    fs.writeFileSync(
      path.join(files, 'journal.json'),
      JSON.stringify({
        tags: { '@family': 2 },
        entries: [
          {
            title: 'One',
            body: 'x',
            date: '2025-05-01',
            time: '09:00',
            tags: ['@family', '@Family'],
            starred: false,
          },
          { title: 'Two', body: 'y', date: '2025-05-02', time: '09:00', tags: ['@family'], starred: false },
        ],
      }),
    );
    const h = await unlockedCore(files);
    expect(await h.value('import:run', { kind: 'jrnl' })).toMatchObject({ report: { imported: 2 } });
    const { tags } = await h.value('tags:list', undefined);
    expect(tags.map((t) => t.name)).toEqual(['family']);
    const listed = (await h.value('entries:list', { limit: 10, tags: [tags[0]!.id] })).entries;
    expect(listed).toHaveLength(2);
  });
});
