import { configure, Uint8ArrayReader, Uint8ArrayWriter, ZipWriter } from '@zip.js/zip.js';

// zip.js (BSD-3-Clause, maintained since 2011) writes WinZip AE-2 entries: AES-256 in CTR mode with an
// HMAC-SHA1 tag per entry, keys from PBKDF2. It is the one password-protected archive format that 7-Zip,
// WinZip, Keka and The Unarchiver all open, so a therapist needs no Alcove to read the export; the legacy
// "ZipCrypto" scheme is broken and never used. zip.js runs here without web workers or streams: an
// export is held in memory anyway (images are capped), and the main process stays free of extra threads.
configure({ useWebWorkers: false, useCompressionStream: false });

/**
 * Files in a zip, encrypted with AES-256 when a password is given. Images are stored as they are
 * (already compressed); text is deflated.
 */
export async function zipFiles(
  files: readonly { path: string; bytes: Uint8Array }[],
  password?: string,
): Promise<Uint8Array> {
  const zip = new ZipWriter(
    new Uint8ArrayWriter(),
    password === undefined ? {} : { password, encryptionStrength: 3, zipCrypto: false },
  );
  for (const file of files) {
    const text = /\.(md|json|csv)$/.test(file.path);
    await zip.add(file.path, new Uint8ArrayReader(file.bytes), { level: text ? 6 : 0 });
  }
  return zip.close();
}
