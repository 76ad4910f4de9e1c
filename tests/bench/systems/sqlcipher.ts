import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { time } from '../stats';
import { sqliteBaseline, type Db } from './sqliteBaseline';
import { PASSPHRASE } from './types';

// The ciphers fork of better-sqlite3 (SQLite3MultipleCiphers), in its SQLCipher v4 mode: what a
// developer would pick to encrypt SQLite "underneath" instead of Alcove's per-record design.
const Ciphered = createRequire(import.meta.url)('better-sqlite3-multiple-ciphers') as new (
  file: string,
) => Db;

function openKeyed(file: string, key: string): Db {
  const db = new Ciphered(file);
  db.pragma("cipher = 'sqlcipher'");
  db.pragma('legacy = 4');
  db.pragma(`key = '${key.replace(/'/g, "''")}'`);
  return db;
}

/**
 * SQLCipher derives its key with PBKDF2 on first access: measured as the difference between a
 * first query on a passphrase-keyed and on a raw-key-keyed tiny database.
 */
function pbkdf2Ms(): number {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'alcove-bench-kdf-'));
  try {
    const firstQuery = (key: string, name: string) => {
      const file = path.join(dir, name);
      const setup = openKeyed(file, key);
      setup.exec('CREATE TABLE t (x)');
      setup.close();
      return time(() => {
        const db = openKeyed(file, key);
        db.prepare('SELECT count(*) FROM t').all();
        db.close();
      }).ms;
    };
    const withPassphrase = firstQuery(PASSPHRASE, 'a.db');
    const withRawKey = firstQuery(`x'${'ab'.repeat(32)}'`, 'b.db');
    return Math.max(0, withPassphrase - withRawKey);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const sqlcipher = sqliteBaseline((file) => openKeyed(file, PASSPHRASE), pbkdf2Ms);
