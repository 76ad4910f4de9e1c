import { afterEach, describe, expect, it } from 'vitest';
import { filesContaining, readTree, startCore, withRawVault, type Harness } from './support/coreHarness';

const PASSPHRASE = 'correct horse battery staple';
let h: Harness;
afterEach(async () => h?.dispose());

describe('nothing the user writes reaches the disk in clear', () => {
  it('finds no title, body, passphrase or recovery key in any file, with the WAL live and after locking', async () => {
    h = startCore();
    const { recoveryKey } = await h.value('vault:create', { passphrase: PASSPHRASE });
    const canaries = [
      'CANARY-TITLE-7f3a therapy homework',
      'CANARY-BODY-91c2 I never told anyone about the night in Lyon',
      'CANARY-ÉMOTION-honte-ðŸ’” accentuée',
      '2026-03-01', // dates are user data too: none may appear in clear
    ];
    const { id } = await h.value('entries:create', {
      title: canaries[0]!,
      body: `${canaries[1]}\n${canaries[2]}`,
    });
    await h.value('entries:update', { id, title: canaries[0]!, body: `${canaries[1]} (edited)` });

    // While unlocked, the write-ahead log holds the newest pages: it must be ciphertext too.
    const live = readTree(h.dataDir).map((f) => f.file);
    expect(live.some((f) => f.endsWith('journal.db-wal'))).toBe(true);
    const secrets = [...canaries, PASSPHRASE, recoveryKey, recoveryKey.replaceAll('-', '')];
    expect(filesContaining(h.dataDir, secrets)).toEqual([]);

    await h.value('vault:lock', undefined);
    expect(filesContaining(h.dataDir, secrets)).toEqual([]);
  });

  it('stores entries in random slots, so the file does not reveal the order of writing', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    for (let i = 0; i < 5; i++) await h.value('entries:create', { body: `entry ${i}` });
    await h.value('vault:lock', undefined);
    const slots = withRawVault(h.dataDir, (db) =>
      db.prepare('SELECT slot FROM entries').safeIntegers().pluck().all(),
    ) as bigint[];
    expect(slots).toHaveLength(5);
    expect(slots.every((slot) => slot > 1000n || slot < -1000n)).toBe(true);
  });

  it('overwrites a deleted entry (secure_delete): its ciphertext is gone from the file', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const { id } = await h.value('entries:create', { body: 'x'.repeat(5000) });
    await h.value('vault:lock', undefined);
    const Database = (await import('better-sqlite3')).default;
    const file = `${h.dataDir}/vault/journal.db`;
    const raw = new Database(file, { readonly: true });
    const body = (raw.prepare('SELECT body FROM entries WHERE id = ?').get(id) as { body: Buffer }).body;
    raw.close();
    const needle = body.subarray(100, 164);
    await h.value('vault:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    await h.value('entries:delete', { id });
    await h.value('vault:lock', undefined);
    for (const { file: f, bytes } of readTree(h.dataDir))
      expect([f, bytes.includes(needle)]).toEqual([f, false]);
  });
});
