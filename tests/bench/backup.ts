/**
 * Backup and restore throughput, in a fresh process:
 *   tsx tests/bench/backup.ts <entries> <images> <dir>
 * Builds a vault of <entries> synthetic entries plus <images> incompressible 100 kB images, then
 * times, on the same bytes: a plain file copy of the database (the floor), an encrypted backup,
 * and a full restore into an empty folder (both passes: verify, then write; one Argon2id at the
 * floor cost is included). Prints one JSON line.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { restoreBackup } from '../../electron/core/backup/restore';
import { initSodium } from '../../electron/core/crypto/sodium';
import { VaultEngine } from '../../electron/core/vault/vaultEngine';
import { VAULT_FILE } from '../../electron/core/vault/vaultFiles';
import { journal, withMetadataInText } from './generate';
import { time } from './stats';
import { PASSPHRASE } from './systems/types';

const [count, images, dir] = process.argv.slice(2);
if (!count || !images || !dir) {
  console.error('usage: backup.ts <entries> <images> <dir>');
  process.exit(2);
}

await initSodium();
const source = path.join(dir, 'source');
const { engine } = VaultEngine.create(source, PASSPHRASE, 'floor');
const batch = [...journal(Number(count))].map((e) => ({ ...withMetadataInText(e), createdAt: e.createdAt }));
engine.entries.createMany(batch);
const ids = engine.entries.list(Number(images)).entries.map((e) => e.id);
const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
for (let i = 0; i < Number(images); i++) {
  const bytes = Buffer.concat([png, crypto.randomBytes(100_000)]);
  engine.addAttachment(ids[i % ids.length]!, `image-${i}.png`, bytes, new Date().toISOString());
}
engine.persistSnapshots();

const backupFile = path.join(dir, 'journal.alcove');
const backup = time(() => engine.writeBackup(backupFile, {}, 'floor'));
engine.close();
const databaseFile = path.join(source, VAULT_FILE);
const bytes = fs.statSync(databaseFile).size;
const copy = time(() => fs.copyFileSync(databaseFile, path.join(dir, 'plain-copy.db')));
const restore = time(() =>
  restoreBackup({
    dataDir: path.join(dir, 'restored'),
    file: backupFile,
    credentials: { method: 'passphrase', passphrase: PASSPHRASE },
  }),
);
const restored = path.join(dir, 'restored', VAULT_FILE);
if (!fs.readFileSync(restored).equals(fs.readFileSync(databaseFile))) {
  throw new Error('the restored database differs from the original');
}
const mbPerS = (ms: number) => bytes / 1e6 / (ms / 1000);
process.stdout.write(
  `${JSON.stringify({
    db_bytes: bytes,
    backup_bytes: backup.value,
    copy_ms: copy.ms,
    backup_ms: backup.ms,
    restore_ms: restore.ms,
    copy_mb_s: mbPerS(copy.ms),
    backup_mb_s: mbPerS(backup.ms),
    restore_mb_s: mbPerS(restore.ms),
  })}\n`,
);
