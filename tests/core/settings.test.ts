import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesContaining, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
let h: Harness;
afterEach(async () => h?.dispose());

describe('settings', () => {
  it('start at the defaults and tell the adapter when to lock for idleness', async () => {
    h = startCore();
    expect(h.core.idleLockMinutes()).toBeNull();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    expect(await h.value('settings:get', undefined)).toEqual({
      idleLockMinutes: 10,
      selfChecksEnabled: false,
      mirrorEnabled: true,
    });
    expect(h.core.idleLockMinutes()).toBe(10);
  });

  it('persist encrypted across locks, and the idle lock can be turned off', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    expect(await h.value('settings:update', { idleLockMinutes: 30 })).toEqual({
      idleLockMinutes: 30,
      selfChecksEnabled: false,
      mirrorEnabled: true,
    });
    await h.value('vault:lock', undefined);
    expect(h.core.idleLockMinutes()).toBeNull();
    expect(filesContaining(h.dataDir, ['idleLockMinutes'])).toEqual([]);
    await h.value('vault:unlock', UNLOCK);
    expect(h.core.idleLockMinutes()).toBe(30);
    await h.value('settings:update', { idleLockMinutes: 0 });
    expect(h.core.idleLockMinutes()).toBeNull();
  });

  it('turn the mirror off and on again, and keep the choice across a lock', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    expect(await h.value('settings:update', { mirrorEnabled: false })).toMatchObject({
      mirrorEnabled: false,
    });
    await h.value('vault:lock', undefined);
    await h.value('vault:unlock', UNLOCK);
    expect(await h.value('settings:get', undefined)).toMatchObject({ mirrorEnabled: false });
    expect(await h.value('settings:update', { mirrorEnabled: true })).toMatchObject({ mirrorEnabled: true });
    expect(await h.call('settings:update', { mirrorEnabled: 'yes' } as never)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('refuse a duration that is not offered', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    for (const idleLockMinutes of [7, -1, 1.5, 100000]) {
      expect(await h.call('settings:update', { idleLockMinutes })).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(await h.value('settings:get', undefined)).toEqual({
      idleLockMinutes: 10,
      selfChecksEnabled: false,
      mirrorEnabled: true,
    });
  });

  it('are covered by the integrity ledger and survive a data key rotation', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    await h.value('settings:update', { idleLockMinutes: 5 });
    const file = path.join(h.dataDir, 'vault', 'journal.db');
    const read = () => {
      const db = new Database(file, { readonly: true });
      const row = db.prepare('SELECT * FROM settings').get();
      db.close();
      return row as { id: string; version: number; value: Buffer; auth_tags: Buffer };
    };
    const v1 = read();
    await h.value('vault:rotateDataKey', { passphrase: PASSPHRASE });
    expect(await h.value('settings:get', undefined)).toEqual({
      idleLockMinutes: 5,
      selfChecksEnabled: false,
      mirrorEnabled: true,
    });
    await h.value('settings:update', { idleLockMinutes: 15 });
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    await h.value('vault:lock', undefined);

    // Putting the older settings row back is a rollback the ledger sees.
    const db = new Database(file);
    db.prepare('UPDATE settings SET version = ?, value = ?, auth_tags = ? WHERE id = ?').run(
      v1.version,
      v1.value,
      v1.auth_tags,
      v1.id,
    );
    db.close();
    expect(await h.unlockVerdict(UNLOCK)).toBe('mismatch');
  });
});
