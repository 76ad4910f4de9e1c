import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const DAY = 86_400_000;
let h: Harness;
afterEach(async () => h?.dispose());

/** One entry a day from 1 March 2026 (the harness clock) onwards, `n` of them; their ids, oldest first. */
async function entriesOnDays(n: number): Promise<string[]> {
  h = startCore();
  await h.value('vault:create', { passphrase: PASSPHRASE });
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    ids.push((await h.value('entries:create', { title: `day ${i}`, body: 'x' })).id);
    h.clock.ms += DAY;
  }
  return ids;
}

/** The entries as the timeline lists them, newest first. */
async function listed(): Promise<string[]> {
  return (await h.value('entries:list', { limit: 500 })).entries.map((e) => e.id);
}

describe('finding a date in the timeline', () => {
  it('gives the position of the first entry written before the end of that day', async () => {
    const ids = await entriesOnDays(10); // 1–10 March, 09:00 UTC
    const order = await listed();
    // The end of 4 March: the entry of 4 March comes first among the older ones.
    const { index, total } = await h.value('entries:indexOf', { before: '2026-03-05T00:00:00.000Z' });
    expect(total).toBe(10);
    expect(order[index]).toBe(ids[3]);
    expect(index).toBe(6);
  });

  it('lands on the closest older entry when the day itself has none', async () => {
    await entriesOnDays(3); // 1, 2, 3 March
    await h.value('entries:create', { title: 'much later', body: 'x' }); // 4 March
    h.clock.ms += 20 * DAY;
    await h.value('entries:create', { title: 'latest', body: 'x' }); // 24 March
    const order = await listed();
    const { index } = await h.value('entries:indexOf', { before: '2026-03-16T00:00:00.000Z' });
    expect(index).toBe(1);
    expect((await h.value('entries:get', { id: order[index]! })).title).toBe('much later');
  });

  it('counts the pinned entries, listed first, and the deleted ones not at all', async () => {
    const ids = await entriesOnDays(6); // 1–6 March
    await h.value('entries:setPinned', { id: ids[1]!, pinned: true }); // 2 March, now at the top
    await h.value('entries:delete', { id: ids[4]! }); // 5 March, waiting for its undo
    const order = await listed();
    expect(order[0]).toBe(ids[1]);
    const { index, total } = await h.value('entries:indexOf', { before: '2026-03-04T00:00:00.000Z' });
    expect(total).toBe(5);
    expect(order[index]).toBe(ids[2]); // 3 March, after the pinned one, 6 March and 4 March
    expect(index).toBe(3);
  });

  it('says when every entry is more recent, and when the date is past the newest', async () => {
    await entriesOnDays(4);
    expect(await h.value('entries:indexOf', { before: '2026-01-01T00:00:00.000Z' })).toEqual({
      index: 4,
      total: 4,
    });
    expect(await h.value('entries:indexOf', { before: '2027-01-01T00:00:00.000Z' })).toEqual({
      index: 0,
      total: 4,
    });
  });

  it('counts within the filter the list is shown with', async () => {
    await entriesOnDays(3); // 1, 2, 3 March, no prompt
    const prompt = { packId: 'gratitude', promptId: 'gratitude-three-good-things' };
    await h.value('entries:create', { body: 'rain', prompt }); // 4 March
    h.clock.ms += DAY;
    await h.value('entries:create', { body: 'unprompted' }); // 5 March
    h.clock.ms += DAY;
    await h.value('entries:create', { body: 'sun', prompt }); // 6 March
    const before = '2026-03-05T00:00:00.000Z';
    expect(await h.value('entries:indexOf', { before })).toEqual({ index: 2, total: 6 });
    expect(await h.value('entries:indexOf', { before, packs: ['gratitude'] })).toEqual({
      index: 1,
      total: 2,
    });
  });

  it('refuses a date that is not an instant', async () => {
    await entriesOnDays(1);
    expect(await h.call('entries:indexOf', { before: '4 March' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
