/**
 * Child process for the interrupted-backup test: writes a backup of `source` to `destination`
 * with the real writer, prints "chunk" once the first chunk is on disk, then stalls until the
 * parent kills it with SIGKILL — a crash or power cut in the middle of a backup.
 */
import fs from 'node:fs';
import { writeBackup } from '../../../electron/core/backup/backupFile';
import { initSodium, randomBytes } from '../../../electron/core/crypto/sodium';

const [source, destination] = process.argv.slice(2) as [string, string];
await initSodium();
writeBackup({
  source,
  destination,
  fileKey: randomBytes(32),
  fields: {
    wrap: 'vault',
    scope: '0'.repeat(32),
    slots: [{ id: 'slot', kind: 'passphrase', params: '{}', wrappedKey: 'AAAA' }],
    wrappedFileKey: 'AAAA',
  },
  onProgress: (done) => {
    if (done !== 1) return;
    fs.writeSync(1, 'chunk\n');
    // Stall here, mid-file, until killed.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  },
});
