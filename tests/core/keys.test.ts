import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, type Harness } from './support/coreHarness';

const OLD = 'the first passphrase';
const NEW = 'a second, longer passphrase';
let h: Harness;
afterEach(async () => h?.dispose());

function entryBytes(dataDir: string): Array<{ id: string; header: Buffer; body: Buffer }> {
  const db = new Database(path.join(dataDir, 'vault', 'journal.db'), { readonly: true });
  try {
    return db.prepare('SELECT id, header, body FROM entries ORDER BY id').all() as never;
  } finally {
    db.close();
  }
}

describe('changing the passphrase', () => {
  it('opens with the new passphrase, refuses the old one, and leaves every record untouched', async () => {
    h = startCore();
    const { recoveryKey } = await h.value('vault:create', { passphrase: OLD });
    await h.value('entries:create', { title: 'kept', body: 'as it was' });
    await h.value('vault:lock', undefined);
    const before = entryBytes(h.dataDir);

    await h.value('vault:unlock', { method: 'passphrase', passphrase: OLD });
    expect(await h.value('vault:changePassphrase', { current: OLD, next: NEW })).toMatchObject({
      state: 'unlocked',
    });
    await h.value('vault:lock', undefined);

    expect(entryBytes(h.dataDir)).toEqual(before);
    expect(await h.call('vault:unlock', { method: 'passphrase', passphrase: OLD })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSPHRASE' },
    });
    await h.value('vault:unlock', { method: 'passphrase', passphrase: NEW });
    expect((await h.value('entries:list', { limit: 5 })).entries).toMatchObject([{ title: 'kept' }]);
    await h.value('vault:lock', undefined);
    // The recovery key is a separate slot and still opens.
    expect(await h.unlockVerdict({ method: 'recovery', recoveryKey })).toBe('verified');
  });

  it('requires the current passphrase, and changes nothing when it is wrong', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: OLD });
    expect(
      await h.call('vault:changePassphrase', { current: 'not the passphrase', next: NEW }),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSPHRASE' },
    });
    expect(await h.call('vault:changePassphrase', { current: OLD, next: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    await h.value('vault:lock', undefined);
    expect(await h.call('vault:unlock', { method: 'passphrase', passphrase: OLD })).toMatchObject({
      ok: true,
    });
  });

  it('is refused while locked', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: OLD });
    await h.value('vault:lock', undefined);
    expect(await h.call('vault:changePassphrase', { current: OLD, next: NEW })).toMatchObject({
      ok: false,
      error: { code: 'VAULT_LOCKED' },
    });
  });
});

describe('regenerating the recovery key', () => {
  it('gives a new key that opens the vault; the old one no longer does', async () => {
    h = startCore();
    const { recoveryKey: first } = await h.value('vault:create', { passphrase: OLD });
    const { recoveryKey: second } = await h.value('vault:regenerateRecoveryKey', { passphrase: OLD });
    expect(second).not.toBe(first);
    await h.value('vault:lock', undefined);
    expect(await h.call('vault:unlock', { method: 'recovery', recoveryKey: first })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSPHRASE' },
    });
    expect(await h.unlockVerdict({ method: 'recovery', recoveryKey: second })).toBe('verified');
  });

  it('requires the passphrase', async () => {
    h = startCore();
    const { recoveryKey } = await h.value('vault:create', { passphrase: OLD });
    expect(await h.call('vault:regenerateRecoveryKey', { passphrase: 'wrong wrong' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSPHRASE' },
    });
    await h.value('vault:lock', undefined);
    expect(await h.call('vault:unlock', { method: 'recovery', recoveryKey })).toMatchObject({ ok: true });
  });
});

describe('rotating the data key', () => {
  it('re-encrypts every record, keeps the content and the passphrase, and issues a new recovery key', async () => {
    h = startCore();
    const { recoveryKey: oldRecovery } = await h.value('vault:create', { passphrase: OLD });
    const ids: string[] = [];
    for (let i = 0; i < 12; i++)
      ids.push((await h.value('entries:create', { title: `t${i}`, body: `body ${i}` })).id);
    const before = entryBytes(h.dataDir);

    const { recoveryKey } = await h.value('vault:rotateDataKey', { passphrase: OLD });
    expect(recoveryKey).not.toBe(oldRecovery);
    const progress = h.events.filter((e) => e.event === 'vault:progress').map((e) => e.payload);
    expect(progress.at(-1)).toEqual({ task: 'rotateDataKey', done: 12, total: 12 });

    const after = entryBytes(h.dataDir);
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    after.forEach((row, i) => {
      expect(row.header.equals(before[i]!.header)).toBe(false);
      expect(row.body.equals(before[i]!.body)).toBe(false);
    });
    expect(await h.value('entries:get', { id: ids[7]! })).toMatchObject({ title: 't7', body: 'body 7' });

    await h.value('vault:lock', undefined);
    expect(await h.call('vault:unlock', { method: 'recovery', recoveryKey: oldRecovery })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSPHRASE' },
    });
    expect(await h.unlockVerdict({ method: 'recovery', recoveryKey })).toBe('verified');
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict({ method: 'passphrase', passphrase: OLD })).toBe('verified');
    expect((await h.value('entries:list', { limit: 50 })).entries).toHaveLength(12);
  });

  it('keeps a damaged record as it is and still rotates the rest', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: OLD });
    const good = await h.value('entries:create', { body: 'fine' });
    const bad = await h.value('entries:create', { body: 'will be damaged' });
    await h.value('vault:lock', undefined);
    const db = new Database(path.join(h.dataDir, 'vault', 'journal.db'));
    const body = Buffer.from(
      (db.prepare('SELECT body FROM entries WHERE id = ?').get(bad.id) as { body: Buffer }).body,
    );
    body[40]! ^= 1;
    db.prepare('UPDATE entries SET body = ? WHERE id = ?').run(body, bad.id);
    db.close();
    await h.value('vault:unlock', { method: 'passphrase', passphrase: OLD });
    await h.value('vault:rotateDataKey', { passphrase: OLD });
    expect(await h.value('entries:get', { id: good.id })).toMatchObject({ body: 'fine' });
    expect(await h.call('entries:get', { id: bad.id })).toMatchObject({
      ok: false,
      error: { code: 'DAMAGED_RECORD' },
    });
  });

  it('requires the passphrase and changes nothing when it is wrong', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: OLD });
    await h.value('entries:create', { body: 'x' });
    const before = entryBytes(h.dataDir);
    expect(await h.call('vault:rotateDataKey', { passphrase: 'wrong wrong' })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSPHRASE' },
    });
    expect(entryBytes(h.dataDir)).toEqual(before);
  });
});
