import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import { initSodium, randomBytes } from '../../electron/core/crypto/sodium';
import { openDatabase } from '../../electron/core/db/openDatabase';
import { DocumentStore } from '../../electron/core/settings/documentStore';
import { SettingsRepository } from '../../electron/core/settings/settingsRepository';
import { IntegrityLedger } from '../../electron/core/vault/integrity';
import { RecordCipher } from '../../electron/core/vault/recordCipher';
import { filesContaining, makeTempDir, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
/** The "For you today" fields, as a vault that never touched them has them. */
const FOR_YOU_DEFAULTS = {
  forYouShown: true,
  forYouCollapsed: false,
  forYouFavourites: [],
  forYouSetAside: [],
  openedSensitivePacks: [],
};
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
      ...FOR_YOU_DEFAULTS,
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
      ...FOR_YOU_DEFAULTS,
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
      ...FOR_YOU_DEFAULTS,
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
      ...FOR_YOU_DEFAULTS,
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

  it('keep favourites and set-aside suggestions encrypted across a lock, and refuse malformed ones', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const favourites = [{ kind: 'exercise', id: 'breathing-box' } as const];
    const setAside = [{ kind: 'prompt', id: 'gratitude', until: '2026-03-17T09:00:00.000Z' } as const];
    await h.value('settings:update', { forYouFavourites: favourites, forYouSetAside: setAside });
    await h.value('settings:update', { forYouCollapsed: true });
    await h.value('vault:lock', undefined);
    expect(filesContaining(h.dataDir, ['breathing-box', 'forYouSetAside', 'gratitude'])).toEqual([]);
    await h.value('vault:unlock', UNLOCK);
    expect(await h.value('settings:get', undefined)).toMatchObject({
      forYouFavourites: favourites,
      forYouSetAside: setAside,
      forYouCollapsed: true,
      forYouShown: true,
    });
    for (const bad of [
      { forYouFavourites: [{ kind: 'song', id: 'breathing-box' }] },
      { forYouFavourites: [{ kind: 'exercise', id: 'Box Breathing!' }] },
      { forYouSetAside: [{ kind: 'exercise', id: 'breathing-box', until: 'next week' }] },
      { forYouFavourites: Array.from({ length: 31 }, () => favourites[0]) },
    ]) {
      expect(await h.call('settings:update', bad as never)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
  });
});

describe('settings written by another version', () => {
  let dir: string;
  let db: ReturnType<typeof openDatabase>;
  afterEach(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  async function repositoryWith(stored: unknown): Promise<SettingsRepository> {
    await initSodium();
    dir = makeTempDir();
    db = openDatabase(path.join(dir, 'journal.db'), 'create');
    const ledger = new IntegrityLedger(db, randomBytes(32), 'vault-under-test');
    ledger.initialise();
    const documents = new DocumentStore(db, new RecordCipher(randomBytes(32), 'vault-under-test'), ledger);
    documents.write('preferences', stored);
    return new SettingsRepository(documents);
  }

  it('open an older vault: the new fields take their defaults, the old ones are kept', async () => {
    const settings = await repositoryWith({
      idleLockMinutes: 30,
      selfChecksEnabled: true,
      mirrorEnabled: false,
    });
    expect(settings.get()).toEqual({
      idleLockMinutes: 30,
      selfChecksEnabled: true,
      mirrorEnabled: false,
      ...FOR_YOU_DEFAULTS,
    });
  });

  it('a field this version cannot read falls back alone, without taking the others with it', async () => {
    const settings = await repositoryWith({
      idleLockMinutes: 5,
      selfChecksEnabled: true,
      mirrorEnabled: true,
      forYouFavourites: [{ kind: 'ritual', id: 'morning-tea' }],
      forYouSetAside: [{ kind: 'exercise', id: 'humming-bee', until: null }],
      somethingNewer: 42,
    });
    expect(settings.get()).toEqual({
      idleLockMinutes: 5,
      selfChecksEnabled: true,
      mirrorEnabled: true,
      ...FOR_YOU_DEFAULTS,
      forYouSetAside: [{ kind: 'exercise', id: 'humming-bee', until: null }],
    });
  });
});
