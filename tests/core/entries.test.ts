import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
let h: Harness;
afterEach(async () => h?.dispose());

async function unlockedCore(dataDir?: string): Promise<Harness> {
  h = startCore(dataDir);
  await h.value('vault:create', { passphrase: PASSPHRASE });
  return h;
}

describe('entries', () => {
  it('creates, reads, updates and deletes an entry', async () => {
    await unlockedCore();
    const created = await h.value('entries:create', { title: 'Monday', body: 'I said no, and it was fine.' });
    expect(created).toMatchObject({ title: 'Monday', body: 'I said no, and it was fine.' });
    expect(created.createdAt).toBe('2026-03-01T09:00:00.000Z');

    h.clock.ms += 60_000;
    const updated = await h.value('entries:update', { id: created.id, title: 'Monday', body: 'Still fine.' });
    expect(updated).toMatchObject({ createdAt: created.createdAt, updatedAt: '2026-03-01T09:01:00.000Z' });
    expect(await h.value('entries:get', { id: created.id })).toEqual(updated);

    expect(await h.value('entries:delete', { id: created.id })).toEqual({ id: created.id, restorable: true });
    expect(await h.call('entries:get', { id: created.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect((await h.value('entries:list', { limit: 10 })).entries).toEqual([]);
  });

  it('lists newest first with an excerpt, and pages through everything exactly once', async () => {
    await unlockedCore();
    const ids: string[] = [];
    for (let i = 0; i < 25; i++) {
      h.clock.ms += 1000;
      ids.push((await h.value('entries:create', { title: `n${i}`, body: `body ${i}\n\nmore` })).id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await h.value('entries:list', { limit: 10, ...(cursor ? { cursor } : {}) });
      seen.push(...page.entries.map((e) => e.id));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toEqual([...ids].reverse());
    const first = (await h.value('entries:list', { limit: 1 })).entries[0];
    expect(first).toMatchObject({ damaged: false, title: 'n24', excerpt: 'body 24 more' });
  });

  it('keeps entries across lock/unlock and across a restart of the app', async () => {
    const { dataDir } = await unlockedCore();
    const { id } = await h.value('entries:create', { body: 'survives' });
    await h.core.close();
    const next = startCore(dataDir);
    expect(await next.value('vault:status', undefined)).toEqual({ state: 'locked' });
    await next.value('vault:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(await next.value('entries:get', { id })).toMatchObject({ body: 'survives', title: '' });
    h = next;
  });

  it('round-trips text exactly: emoji, right-to-left, combining marks, NUL, CRLF', async () => {
    await unlockedCore();
    const body = 'אני כאן 🙂‍↔️ e\u0301 \u0000 after NUL\r\nline two \u202Eevil\u202C 𝔘';
    const { id } = await h.value('entries:create', { title: 'ﷺ 🧡', body });
    expect(await h.value('entries:get', { id })).toMatchObject({ title: 'ﷺ 🧡', body });
  });

  it('stores and returns a 5 MB entry unchanged', async () => {
    await unlockedCore();
    const body = 'Lorem ipsum dolor sit amet, ça va ? '.repeat(150_000).slice(0, 5_000_000);
    const { id } = await h.value('entries:create', { body });
    const back = await h.value('entries:get', { id });
    expect(back.body.length).toBe(5_000_000);
    expect(back.body === body).toBe(true);
  });

  it('rejects bad input with VALIDATION and changes nothing', async () => {
    await unlockedCore();
    const cases = [
      await h.call('entries:create', { body: 'x'.repeat(8 * 1024 * 1024 + 1) }),
      await h.call('entries:get', { id: '../../etc/passwd' }),
      await h.call('entries:list', { limit: 0 }),
      await h.call('entries:list', { limit: 10, cursor: 'not-a-cursor' }),
      await h.call('entries:create', { body: 42 } as never),
    ];
    for (const result of cases) expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await h.value('entries:list', { limit: 10 })).entries).toEqual([]);
  });

  it('refuses to update or delete an entry that does not exist', async () => {
    await unlockedCore();
    const missing = 'f'.repeat(32);
    expect(await h.call('entries:update', { id: missing, body: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await h.call('entries:delete', { id: missing })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('adding many entries at once (imports, restores)', () => {
  it('keeps their own dates, lists them in order and leaves the vault verified', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    // The engine runs in-process here: the same code the worker runs, called directly.
    const { VaultEngine } = await import('../../electron/core/vault/vaultEngine');
    const { initSodium } = await import('../../electron/core/crypto/sodium');
    await initSodium();
    const engine = VaultEngine.unlock(h.dataDir, { method: 'passphrase', passphrase: PASSPHRASE });
    engine.entries.createMany([
      { title: 'old', body: 'from 2019', createdAt: '2019-05-01T08:00:00.000Z' },
      { title: 'newer', body: 'from 2021', createdAt: '2021-05-01T08:00:00.000Z' },
    ]);
    engine.close();
    expect(await h.unlockVerdict({ method: 'passphrase', passphrase: PASSPHRASE })).toBe('verified');
    const { entries } = await h.value('entries:list', { limit: 10 });
    expect(entries.map((e) => (e.damaged ? null : [e.title, e.createdAt]))).toEqual([
      ['newer', '2021-05-01T08:00:00.000Z'],
      ['old', '2019-05-01T08:00:00.000Z'],
    ]);
  });
});
