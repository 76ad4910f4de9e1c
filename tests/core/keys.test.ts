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
    expect(await h.value('vault:changePassphrase', { current: OLD, next: NEW })).toEqual({ state: 'unlocked', integrity: 'verified' });
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
    expect(await h.value('vault:unlock', { method: 'recovery', recoveryKey })).toEqual({ state: 'unlocked', integrity: 'verified' });
  });

  it('requires the current passphrase, and changes nothing when it is wrong', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: OLD });
    expect(await h.call('vault:changePassphrase', { current: 'not the passphrase', next: NEW })).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSPHRASE' },
    });
    expect(await h.call('vault:changePassphrase', { current: OLD, next: 'short' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    await h.value('vault:lock', undefined);
    expect(await h.call('vault:unlock', { method: 'passphrase', passphrase: OLD })).toMatchObject({ ok: true });
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
    expect(await h.value('vault:unlock', { method: 'recovery', recoveryKey: second })).toEqual({ state: 'unlocked', integrity: 'verified' });
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
