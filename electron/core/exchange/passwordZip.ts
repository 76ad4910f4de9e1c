import { configure, Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';

// zip.js (BSD-3-Clause, maintained since 2011) writes WinZip AE-2 entries: AES-256 in CTR mode with an
// HMAC-SHA1 tag per entry, keys from PBKDF2. It is the one password-protected archive format that 7-Zip,
// WinZip, Keka and The Unarchiver all open, so a therapist needs no Alcove to read the export; the legacy
// "ZipCrypto" scheme is broken and never used. zip.js runs here without web workers or streams: an
// export is one file held in memory anyway, and the main process stays free of extra threads.
configure({ useWebWorkers: false, useCompressionStream: false });

/**
 * One file in a zip encrypted with a password (AES-256). The file's name inside keeps the export's
 * own name, so what comes out of the archive is the same file an unprotected export would be.
 */
export async function zipWithPassword(
  name: string,
  bytes: Uint8Array,
  password: string,
): Promise<Uint8Array> {
  const zip = new ZipWriter(new Uint8ArrayWriter(), {
    password,
    encryptionStrength: 3, // AES-256
    zipCrypto: false,
  });
  await zip.add(name, new Uint8ArrayReader(bytes));
  return zip.close();
}
