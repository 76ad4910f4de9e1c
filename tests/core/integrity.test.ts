import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { startCore, withRawVault, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
let h: Harness;
afterEach(async () => h?.dispose());

type Row = { id: string; version: number; header: Buffer; body: Buffer; auth_tags: Buffer };

const readRow = (dataDir: string, id: string) =>
  withRawVault(dataDir, (db) => db.prepare('SELECT * FROM entries WHERE id = ?').get(id) as Row);
const writeRow = (db: Database.Database, row: Row) =>
  db
    .prepare('INSERT OR REPLACE INTO entries (id, version, header, body, auth_tags) VALUES (?, ?, ?, ?, ?)')
    .run(row.id, row.version, row.header, row.body, row.auth_tags);

async function vault(entries: number): Promise<string[]> {
  h = startCore();
  await h.value('vault:create', { passphrase: PASSPHRASE });
  const ids: string[] = [];
  for (let i = 0; i < entries; i++) ids.push((await h.value('entries:create', { body: `entry ${i}` })).id);
  return ids;
}

describe('the vault-wide integrity check at unlock', () => {
  it('verifies after ordinary use: creates, updates, deletes, relocks', async () => {
    const ids = await vault(6);
    await h.value('entries:update', { id: ids[0]!, body: 'changed' });
    await h.value('entries:update', { id: ids[0]!, body: 'changed again' });
    await h.value('entries:delete', { id: ids[3]! });
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    await h.value('entries:create', { body: 'after relock' });
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
  });

  it('reports the verdict as an event, once, without holding up the unlock', async () => {
    await vault(2);
    await h.value('vault:lock', undefined);
    h.events.length = 0;
    // Usually still 'checking' here; on a tiny vault the verdict may already be in.
    expect((await h.value('vault:unlock', UNLOCK)).integrity).toMatch(/^(checking|verified)$/);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect(h.events.filter((e) => e.event === 'vault:integrity')).toEqual([
      { event: 'vault:integrity', payload: { verdict: 'verified' } },
    ]);
  });

  it('reports a row deleted behind Alcove’s back', async () => {
    const ids = await vault(3);
    await h.value('vault:lock', undefined);
    withRawVault(h.dataDir, (db) => db.prepare('DELETE FROM entries WHERE id = ?').run(ids[1]));
    expect(await h.unlockVerdict(UNLOCK)).toBe('mismatch');
    // The rest of the journal stays readable.
    expect((await h.value('entries:list', { limit: 10 })).entries).toHaveLength(2);
  });

  it('reports a deleted row brought back (insertion of a once-valid row)', async () => {
    const ids = await vault(2);
    const saved = readRow(h.dataDir, ids[0]!);
    await h.value('entries:delete', { id: ids[0]! });
    await h.value('vault:lock', undefined);
    withRawVault(h.dataDir, (db) => writeRow(db, saved));
    expect(await h.unlockVerdict(UNLOCK)).toBe('mismatch');
  });

  it('reports a row rolled back to an older version that still decrypts on its own', async () => {
    const ids = await vault(2);
    const v1 = readRow(h.dataDir, ids[0]!);
    await h.value('entries:update', { id: ids[0]!, body: 'the newer truth' });
    await h.value('vault:lock', undefined);
    withRawVault(h.dataDir, (db) => writeRow(db, v1));
    expect(await h.unlockVerdict(UNLOCK)).toBe('mismatch');
    // The old version authenticates as a record: only the vault-wide check could catch this.
    expect(await h.value('entries:get', { id: ids[0]! })).toMatchObject({ body: 'entry 0' });
  });

  it('reports a tampered or missing ledger', async () => {
    await vault(2);
    await h.value('vault:lock', undefined);
    withRawVault(h.dataDir, (db) => {
      const { value } = db.prepare("SELECT value FROM vault_meta WHERE key = 'integrity'").get() as {
        value: Buffer;
      };
      value[3]! ^= 1;
      db.prepare("UPDATE vault_meta SET value = ? WHERE key = 'integrity'").run(value);
    });
    expect(await h.unlockVerdict(UNLOCK)).toBe('mismatch');
    await h.value('vault:lock', undefined);
    withRawVault(h.dataDir, (db) => db.prepare("DELETE FROM vault_meta WHERE key = 'integrity'").run());
    expect(await h.unlockVerdict(UNLOCK)).toBe('mismatch');
  });

  it('reports a swapped ledger from an older copy of the same vault', async () => {
    await vault(1);
    const oldLedger = withRawVault(h.dataDir, (db) =>
      db.prepare("SELECT value FROM vault_meta WHERE key = 'integrity'").get(),
    );
    await h.value('entries:create', { body: 'newer' });
    await h.value('vault:lock', undefined);
    withRawVault(h.dataDir, (db) =>
      db
        .prepare("UPDATE vault_meta SET value = ? WHERE key = 'integrity'")
        .run((oldLedger as { value: Buffer }).value),
    );
    expect(await h.unlockVerdict(UNLOCK)).toBe('mismatch');
  });
});
