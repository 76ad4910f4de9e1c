import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS, type Migration } from '../../electron/core/db/migrations';
import { makeTempDir, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
let h: Harness | undefined;
let db: Database.Database | undefined;
afterEach(async () => {
  db?.close();
  db = undefined;
  await h?.dispose();
  h = undefined;
});

function freshDb(): Database.Database {
  db = new Database(path.join(makeTempDir(), 'm.db'));
  return db;
}

function tables(d: Database.Database): string[] {
  return (
    d.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as { name: string }[]
  ).map((r) => r.name);
}

describe('schema migrations', () => {
  it('are numbered 1, 2, 3… without gaps', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('001 creates the vault tables, all STRICT, none with a sequential rowid, and records user_version 1', () => {
    const d = freshDb();
    expect(migrate(d, MIGRATIONS.slice(0, 1))).toBe(1);
    expect(tables(d)).toEqual(['entries', 'keyslots', 'vault_meta']);
    expect(d.pragma('user_version', { simple: true })).toBe(1);
    const sql = (name: string) =>
      (d.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(name) as { sql: string }).sql;
    expect(sql('keyslots')).toMatch(/STRICT, WITHOUT ROWID$/);
    expect(sql('vault_meta')).toMatch(/STRICT, WITHOUT ROWID$/);
    // entries keeps its rows in a rowid table for space, under an explicit slot the app fills at random.
    expect(sql('entries')).toMatch(/slot\s+INTEGER PRIMARY KEY[\s\S]*STRICT$/);
  });

  it('002 adds the encrypted settings table to a version-1 vault, keeping its entries', () => {
    const d = freshDb();
    migrate(d, MIGRATIONS.slice(0, 1));
    d.prepare(
      "INSERT INTO entries (id, version, header, body, auth_tags) VALUES ('a', 1, x'00', x'00', x'00')",
    ).run();
    expect(migrate(d, MIGRATIONS.slice(0, 2))).toBe(2);
    expect(tables(d)).toEqual(['entries', 'keyslots', 'settings', 'vault_meta']);
    expect(d.prepare('SELECT count(*) AS n FROM entries').get()).toEqual({ n: 1 });
  });

  it('003 adds the encrypted attachments table', () => {
    const d = freshDb();
    migrate(d, MIGRATIONS.slice(0, 2));
    expect(migrate(d, MIGRATIONS.slice(0, 3))).toBe(3);
    expect(tables(d)).toEqual(['attachments', 'entries', 'keyslots', 'settings', 'vault_meta']);
    const sql = (
      d.prepare("SELECT sql FROM sqlite_schema WHERE name = 'attachments'").get() as { sql: string }
    ).sql;
    expect(sql).toMatch(/STRICT, WITHOUT ROWID$/);
  });

  it('004 adds the table of encrypted index snapshots', () => {
    const d = freshDb();
    migrate(d, MIGRATIONS.slice(0, 3));
    expect(migrate(d, MIGRATIONS.slice(0, 4))).toBe(4);
    expect(tables(d)).toEqual(['attachments', 'entries', 'keyslots', 'settings', 'snapshots', 'vault_meta']);
  });

  it('005 adds the encrypted check-ins table, keeping what was there', () => {
    const d = freshDb();
    migrate(d, MIGRATIONS.slice(0, 4));
    d.prepare("INSERT INTO settings (id, version, value, auth_tags) VALUES ('x', 1, x'00', x'00')").run();
    expect(migrate(d, MIGRATIONS.slice(0, 5))).toBe(5);
    expect(tables(d)).toEqual([
      'attachments',
      'checkins',
      'entries',
      'keyslots',
      'settings',
      'snapshots',
      'vault_meta',
    ]);
    expect(d.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 1 });
  });

  it('006 adds the encrypted self-check-ins table', () => {
    const d = freshDb();
    migrate(d, MIGRATIONS.slice(0, 5));
    expect(migrate(d, MIGRATIONS.slice(0, 6))).toBe(6);
    expect(tables(d)).toContain('selfchecks');
    const sql = (
      d.prepare("SELECT sql FROM sqlite_schema WHERE name = 'selfchecks'").get() as { sql: string }
    ).sql;
    expect(sql).toMatch(/STRICT, WITHOUT ROWID$/);
  });

  it('007 adds the encrypted exercise sessions table, keeping the self-check-ins', () => {
    const d = freshDb();
    migrate(d, MIGRATIONS.slice(0, 6));
    d.prepare("INSERT INTO selfchecks (id, version, auth_tags, value) VALUES ('s', 1, x'00', x'00')").run();
    expect(migrate(d, MIGRATIONS.slice(0, 7))).toBe(7);
    expect(tables(d)).toContain('exercises');
    const table = d.prepare("SELECT sql FROM sqlite_schema WHERE name = 'exercises'").get() as {
      sql: string;
    };
    expect(table.sql).toMatch(/STRICT, WITHOUT ROWID$/);
    expect(d.prepare('SELECT count(*) AS n FROM selfchecks').get()).toEqual({ n: 1 });
    expect(d.pragma('user_version', { simple: true })).toBe(7);
  });

  it('008 gives entries a nullable worksheet column, last, keeping the entries there', () => {
    const d = freshDb();
    migrate(d, MIGRATIONS.slice(0, 7));
    d.prepare(
      "INSERT INTO entries (slot, id, version, header, body, auth_tags) VALUES (7, 'a', 1, x'01', x'02', x'03')",
    ).run();
    expect(migrate(d, MIGRATIONS.slice(0, 8))).toBe(8);
    const columns = (d.pragma('table_info(entries)') as Array<{ name: string; notnull: number }>).map(
      (c) => `${c.name}${c.notnull ? '!' : ''}`,
    );
    expect(columns).toEqual(['slot', 'id!', 'version!', 'auth_tags!', 'header!', 'body!', 'worksheet']);
    expect(d.prepare('SELECT id, header, worksheet FROM entries').get()).toEqual({
      id: 'a',
      header: Buffer.from([1]),
      worksheet: null,
    });
    expect(d.pragma('user_version', { simple: true })).toBe(8);
  });

  it('009 adds the encrypted tag catalogue, keeping the entries there', () => {
    const d = freshDb();
    migrate(d, MIGRATIONS.slice(0, 8));
    d.prepare(
      "INSERT INTO entries (slot, id, version, header, body, auth_tags) VALUES (7, 'a', 1, x'01', x'02', x'03')",
    ).run();
    expect(migrate(d, MIGRATIONS.slice(0, 9))).toBe(9);
    const table = d.prepare("SELECT sql FROM sqlite_schema WHERE name = 'tags'").get() as { sql: string };
    expect(table.sql).toMatch(
      /auth_tags BLOB NOT NULL,\s+value\s+BLOB NOT NULL[\s\S]*STRICT, WITHOUT ROWID$/,
    );
    expect(d.prepare('SELECT count(*) AS n FROM entries').get()).toEqual({ n: 1 });
    expect(d.pragma('user_version', { simple: true })).toBe(9);
  });

  it('010 adds the encrypted couple-space table, apart from the journal, keeping the settings', () => {
    const d = freshDb();
    const upTo = MIGRATIONS.findIndex((m) => m.version === 10);
    migrate(d, MIGRATIONS.slice(0, upTo));
    d.prepare("INSERT INTO settings (id, version, value, auth_tags) VALUES ('x', 1, x'00', x'00')").run();
    expect(migrate(d, MIGRATIONS.slice(0, upTo + 1))).toBe(10);
    const table = d.prepare("SELECT sql FROM sqlite_schema WHERE name = 'couple'").get() as { sql: string };
    expect(table.sql).toMatch(/STRICT, WITHOUT ROWID$/);
    expect(d.prepare('SELECT count(*) AS n FROM settings').get()).toEqual({ n: 1 });
    expect(d.pragma('user_version', { simple: true })).toBe(10);
  });

  it('running them again on an up-to-date database changes nothing', () => {
    const d = freshDb();
    migrate(d);
    migrate(d);
    expect(d.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
  });

  it('apply all or nothing: a failing migration leaves the database as it was', () => {
    const d = freshDb();
    const broken: Migration = {
      version: 2,
      name: 'broken',
      up(x) {
        x.exec('CREATE TABLE half_done (a INTEGER)');
        throw new Error('disk full, say');
      },
    };
    expect(() => migrate(d, [...MIGRATIONS.slice(0, 1), broken])).toThrow(/disk full/);
    expect(tables(d)).toEqual([]);
    expect(d.pragma('user_version', { simple: true })).toBe(0);
  });

  it('refuses a vault written by a newer Alcove with a clear message, and leaves it untouched', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    const file = path.join(h.dataDir, 'vault', 'journal.db');
    const raw = new Database(file);
    raw.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    raw.close();
    const result = await h.call('vault:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VAULT_TOO_NEW', message: expect.stringMatching(/newer version of Alcove/) },
    });
    const after = new Database(file, { readonly: true });
    expect(after.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length + 5);
    after.close();
  });
});
