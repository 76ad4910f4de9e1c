import { afterEach, describe, expect, it } from 'vitest';
import { displayTitle } from '../../shared/domain/entry';
import type { SearchResult } from '../../shared/domain/search';
import {
  fold,
  guessLanguage,
  highlight,
  indexTerms,
  queryTerms,
  snippet,
} from '../../electron/core/search/textAnalysis';
import { filesContaining, startCore, withRawVault, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
let h: Harness;
afterEach(async () => h?.dispose());

/** Searches once the background index has caught up. */
async function search(query: string): Promise<SearchResult> {
  for (;;) {
    const result = await h.value('search:query', { query, limit: 30 });
    if (result.indexed === result.total) return result;
    await new Promise((r) => setTimeout(r, 20));
  }
}
const titles = (r: SearchResult) => r.hits.map((hit) => hit.title.map((s) => s.text).join(''));

async function journal(entries: Array<{ title: string; body: string }>): Promise<string[]> {
  h = startCore();
  await h.value('vault:create', { passphrase: PASSPHRASE });
  const ids: string[] = [];
  for (const e of entries) {
    h.clock.ms += 1000;
    ids.push((await h.value('entries:create', e)).id);
  }
  return ids;
}

describe('text analysis', () => {
  it('folds accents and ligatures', () => {
    expect(fold('Anxiété Œuvre Straße')).toBe('anxiete oeuvre strasse');
  });
  it('reduces French and English inflections to shared stems', () => {
    expect(indexTerms('colères')).toBe(indexTerms('colère'));
    expect(indexTerms('arguments')).toContain(indexTerms('argument'));
  });
  it('stems a text in its own language when its function words say which', () => {
    expect(guessLanguage('je suis allée au marché avec ma sœur'.split(' '))).toBe('fr');
    expect(guessLanguage('I went to the market with my sister'.split(' '))).toBe('en');
    expect(guessLanguage(['lanterns'])).toBeNull();
    // English text: one (English) stem per word; the query tries both stemmers, so it still meets it.
    expect(indexTerms('the arguments were endless')).toBe('the argument were endless');
  });

  it('highlights whole matching words only', () => {
    expect(highlight('La colère monte, colérique.', queryTerms('colère'))).toEqual([
      { text: 'La ', hit: false },
      { text: 'colère', hit: true },
      { text: ' monte, ', hit: false },
      { text: 'colérique', hit: true },
      { text: '.', hit: false },
    ]);
  });
  it('cuts a snippet around the first match, at word boundaries', () => {
    const body = `${'avant '.repeat(60)}la dispute a commencé ${'après '.repeat(60)}`;
    const segments = snippet(body, queryTerms('dispute'), 80);
    expect(segments[0]).toEqual({ text: '…', hit: false });
    expect(segments.at(-1)).toEqual({ text: '…', hit: false });
    expect(segments.filter((s) => s.hit).map((s) => s.text)).toEqual(['dispute']);
    expect(segments.map((s) => s.text).join('').length).toBeLessThanOrEqual(84);
  });
});

describe('search', () => {
  it('finds entries across accents, inflections and both languages, by prefix', async () => {
    await journal([
      { title: 'Lundi', body: 'Beaucoup d’anxiété avant la réunion.' },
      { title: 'Tuesday', body: 'Arguing again about money; the arguments never end.' },
      { title: 'Mercredi', body: 'Une journée calme au jardin.' },
    ]);
    expect(titles(await search('anxiete'))).toEqual(['Lundi']);
    expect(titles(await search('ANXIÉTÉ'))).toEqual(['Lundi']);
    expect(titles(await search('argument'))).toEqual(['Tuesday']);
    expect(titles(await search('jard'))).toEqual(['Mercredi']);
    expect(titles(await search('calme jardin'))).toEqual(['Mercredi']);
    expect(titles(await search('calme argument'))).toEqual([]);
    expect((await search('   ')).hits).toEqual([]);
  });

  it('ranks a match in the title above one in the body, with highlighted snippets', async () => {
    await journal([
      { title: 'Morning pages', body: 'Some words about gratitude and the garden.' },
      { title: 'Gratitude', body: 'Three things went well today.' },
    ]);
    const result = await search('gratitude');
    expect(titles(result)).toEqual(['Gratitude', 'Morning pages']);
    expect(result.hits[0]!.title).toEqual([{ text: 'Gratitude', hit: true }]);
    expect(result.hits[1]!.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['gratitude']);
  });

  it('names an untitled entry by its first sentence, as its card in the timeline does', async () => {
    await journal([{ title: '', body: '**The harbour** at dawn. Then coffee, and the harbour again.' }]);
    const [hit] = (await search('harbour')).hits;
    expect(hit!.title).toEqual([
      { text: 'The ', hit: false },
      { text: 'harbour', hit: true },
      { text: ' at dawn', hit: false },
    ]);
    const [summary] = (await h.value('entries:list', { limit: 1 })).entries;
    if (!summary || summary.damaged) throw new Error('expected a readable entry');
    expect(displayTitle(summary)).toBe('The harbour at dawn');
  });

  it('follows edits and deletions at once', async () => {
    const [id] = await journal([{ title: 'Draft', body: 'about the lighthouse' }]);
    expect(titles(await search('lighthouse'))).toEqual(['Draft']);
    await h.value('entries:update', { id: id!, title: 'Draft', body: 'about the harbour' });
    expect(titles(await search('lighthouse'))).toEqual([]);
    expect(titles(await search('harbour'))).toEqual(['Draft']);
    await h.value('entries:delete', { id: id! });
    expect(titles(await search('harbour'))).toEqual([]);
  });

  it('rebuilds the index in the background after unlock, reporting progress, and drops it on lock', async () => {
    const entries = Array.from({ length: 450 }, (_, i) => ({
      title: `n${i}`,
      body: i === 7 ? 'the word serendipity' : 'plain',
    }));
    await journal(entries);
    await h.value('vault:lock', undefined);
    expect(await h.call('search:query', { query: 'serendipity', limit: 5 })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_LOCKED' },
    });
    h.events.length = 0;
    await h.value('vault:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    // The timeline answers right away, whatever the index is doing.
    expect((await h.value('entries:list', { limit: 5 })).entries).toHaveLength(5);
    expect(titles(await search('serendipity'))).toEqual(['n7']);
    while (indexProgress().length === 0) await new Promise((r) => setTimeout(r, 20));
    const progress = indexProgress();
    const last = progress.at(-1)!;
    expect(last.done).toBe(last.total);
    expect(progress.map((p) => p.done)).toEqual([...progress.map((p) => p.done)].sort((a, b) => a - b));
  });
});

function indexProgress() {
  return h.events
    .filter((e) => e.event === 'vault:progress')
    .map((e) => e.payload as { task: string; done: number; total: number })
    .filter((p) => p.task === 'index');
}

/** Unlocks and waits until the background indexing has finished (and its snapshot is written). */
async function relock(): Promise<void> {
  await h.value('vault:lock', undefined);
  h.events.length = 0;
  await h.value('vault:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
  await search('anything');
  while (indexProgress().at(-1)?.done !== indexProgress().at(-1)?.total || indexProgress().length === 0) {
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('index snapshots', () => {
  it('are written at lock, so the next unlock restores them and re-indexes nothing', async () => {
    await journal(Array.from({ length: 60 }, (_, i) => ({ title: `n${i}`, body: 'plain words' })));
    await relock();
    expect(indexProgress().at(-1)).toEqual({ task: 'index', done: 0, total: 0 });
    expect(titles(await search('plain')).length).toBe(30);
  });

  it('after a crash (no snapshot at lock), let the next unlock re-index only what changed', async () => {
    const ids = await journal(
      Array.from({ length: 60 }, (_, i) => ({ title: `n${i}`, body: 'plain words' })),
    );
    await h.value('vault:lock', undefined); // snapshots written
    // Another session edits and "crashes": its changes are in the rows, not in the snapshots.
    const { VaultEngine } = await import('../../electron/core/vault/vaultEngine');
    const { initSodium } = await import('../../electron/core/crypto/sodium');
    await initSodium();
    const crashed = VaultEngine.unlock(h.dataDir, { method: 'passphrase', passphrase: PASSPHRASE });
    crashed.entries.update(ids[5]!, { title: 'n5', body: 'now about kayaks' }, '2026-03-02T10:00:00.000Z');
    crashed.deleteEntry(ids[6]!, '2026-03-02T10:01:00.000Z'); // the crash leaves it unpurged

    h.events.length = 0;
    expect(await h.unlockVerdict({ method: 'passphrase', passphrase: PASSPHRASE })).toBe('verified');
    expect(titles(await search('kayak'))).toEqual(['n5']);
    expect(indexProgress().at(-1)).toEqual({ task: 'index', done: 1, total: 1 });
    const listed = (await h.value('entries:list', { limit: 100 })).entries;
    expect(listed).toHaveLength(59);
    expect(listed.some((e) => e.id === ids[6])).toBe(false);
    await h.value('vault:lock', undefined);
    crashed.close();
  });

  it('are encrypted, and a damaged snapshot is rebuilt from the entries without losing anything', async () => {
    await journal([{ title: 'Snapshot', body: 'CANARY-SNAP-41af inside the index' }]);
    await relock();
    await h.value('vault:lock', undefined);
    const snapshotCount = withRawVault(h.dataDir, (db) => {
      const rows = db.prepare('SELECT id, data FROM snapshots').all() as Array<{ id: string; data: Buffer }>;
      for (const row of rows) {
        row.data[row.data.length - 5]! ^= 1;
        db.prepare('UPDATE snapshots SET data = ? WHERE id = ?').run(row.data, row.id);
      }
      return rows.length;
    });
    expect(snapshotCount).toBe(3); // timeline, its head, search
    expect(filesContaining(h.dataDir, ['CANARY-SNAP-41af', 'canary', 'snap41af'])).toEqual([]);
    await h.value('vault:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect((await h.value('entries:list', { limit: 5 })).entries).toMatchObject([{ title: 'Snapshot' }]);
    expect(titles(await search('canary'))).toEqual(['Snapshot']);
  });
});

describe('a search narrowed by tag, feeling, worksheet and date', () => {
  it('keeps only the matches that carry the tag, name the feeling, hold the worksheet or fall in the range', async () => {
    await journal([]);
    const work = await h.value('tags:create', { name: 'work', colour: 'blue' });
    const home = await h.value('tags:create', { name: 'home', colour: 'green' });
    const write = async (title: string, extra: object) => {
      h.clock.ms += 24 * 60 * 60 * 1000; // one a day
      return h.value('entries:create', { title, body: 'the meeting ran late', ...extra });
    };
    await write('work, anxious', { tags: [work.id], emotions: [{ id: 'anxiety', intensity: 6 }] });
    const second = await write('home, calm', { tags: [home.id], emotions: [{ id: 'calm', intensity: 3 }] });
    await write('both', { tags: [work.id, home.id] });
    await write('worksheet', {
      body: '',
      worksheet: {
        kind: 'thought-record',
        lang: 'en',
        situation: 'The meeting ran late again.',
        emotions: [{ id: 'anxiety', rating: 80, after: 40 }],
        thoughts: [{ text: 'They will think I am slow.', belief: 90, hot: true }],
        traps: ['mind-reading'],
        evidenceFor: '',
        evidenceAgainst: '',
        balancedThought: '',
        balancedBelief: 50,
      },
    });
    await write('untagged, unrelated words', { body: 'a quiet walk' });

    const narrowed = async (narrowing: object) => {
      for (;;) {
        const result = await h.value('search:query', { query: 'meeting', limit: 30, ...narrowing });
        if (result.indexed === result.total) return titles(result).sort();
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    expect(await narrowed({})).toEqual(['both', 'home, calm', 'work, anxious', 'worksheet']);
    expect(await narrowed({ tags: [work.id] })).toEqual(['both', 'work, anxious']);
    expect(await narrowed({ tags: [work.id, home.id] })).toEqual(['both', 'home, calm', 'work, anxious']);
    expect(await narrowed({ emotions: ['calm'] })).toEqual(['home, calm']);
    expect(await narrowed({ kinds: ['thought-record'] })).toEqual(['worksheet']);
    expect(await narrowed({ since: second.createdAt })).toEqual(['both', 'home, calm', 'worksheet']);
    expect(await narrowed({ before: second.createdAt })).toEqual(['work, anxious']);
    expect(await narrowed({ tags: [home.id], emotions: ['anxiety'] })).toEqual([]);
    // The limit counts the kept matches, not the ones looked at.
    const one = await h.value('search:query', { query: 'meeting', limit: 1, tags: [home.id] });
    expect(one.hits).toHaveLength(1);
  });

  it('refuses a tag that is not a tag id', async () => {
    await journal([{ title: 'a', body: 'meeting' }]);
    const result = await h.call('search:query', { query: 'meeting', limit: 5, tags: ['work'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
