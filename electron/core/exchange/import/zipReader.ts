import { fromBufferPromise, type Entry, type ZipFile } from 'yauzl';
import { ImportError } from './importError';
import type { ImportLimits } from './importLimits';
import { checkSize } from './safeJson';
import { NameSet, checkRelativePath } from './safePaths';

// Zip archives are read with yauzl (thejoshwolfe/yauzl, MIT, pinned 3.4.0; one small
// dependency, `pend`). Why yauzl and not fflate or adm-zip: it reads the central directory one
// entry at a time without inflating anything, refuses names with "..", absolute paths or
// backslashes (strictFileNames), and while inflating it checks the bytes coming out against the
// size the archive declared and stops with an error at the first byte too many
// (validateEntrySizes). fflate's unzipSync inflates everything it is given in one go, and checks
// neither names nor declared sizes. The inflating itself is Node's zlib.
//
// On top of yauzl, before anything is inflated: a cap on the number of files, on the sum of the
// declared uncompressed sizes and on each file's compression ratio; NUL, control characters and
// empty steps in names; duplicate names; encrypted entries. While inflating, our own count too.

/** One file of the archive as its central directory lists it. */
export interface ZipListing {
  name: string;
  isDirectory: boolean;
  uncompressedSize: number;
}

export interface ZipContents {
  listed: ZipListing[];
  /** The files `shouldRead` asked for, inflated, in archive order. */
  read: { name: string; bytes: Uint8Array }[];
}

/** The ZIP signatures a file may start with (local file header, or an empty archive's end record). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** yauzl's errors, turned into our messages (its own messages repeat file names: kept out). */
function fromYauzl(error: unknown): ImportError {
  if (error instanceof ImportError) return error;
  const message = error instanceof Error ? error.message : '';
  if (/^(absolute path|invalid relative path|invalid characters in fileName)/.test(message))
    return new ImportError(
      'import.unsafePath',
      'a file name in the archive points outside it or is malformed',
      {
        cause: error,
      },
    );
  if (message.startsWith('too many bytes in the stream'))
    return new ImportError('import.zipBomb', 'a file in the archive inflates to more than it declares', {
      cause: error,
    });
  if (message.startsWith('end of central directory record signature not found'))
    return new ImportError('import.notZip', 'this is not a zip archive', { cause: error });
  return new ImportError('import.notZip', 'the zip archive is damaged', { cause: error });
}

/**
 * Lists an archive and inflates the files `shouldRead` picks, within the limits; any problem
 * refuses the whole archive. The archive is closed before returning.
 */
export async function readZip(
  bytes: Uint8Array,
  limits: ImportLimits,
  shouldRead: (name: string) => boolean,
): Promise<ZipContents> {
  checkSize(bytes.length, limits.maxFileBytes, 'the archive');
  let zip: ZipFile;
  try {
    zip = await fromBufferPromise(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: true,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (error) {
    throw fromYauzl(error);
  }
  try {
    if (zip.entryCount > limits.maxFiles) {
      throw new ImportError(
        'import.tooManyEntries',
        `the archive holds ${zip.entryCount} files, more than the ${limits.maxFiles} allowed`,
      );
    }
    const { listed, toRead } = await listEntries(zip, limits, shouldRead);
    const read: ZipContents['read'] = [];
    let inflated = 0;
    for (const entry of toRead) {
      const data = await inflate(zip, entry, limits.maxJsonBytes - inflated);
      inflated += data.length;
      read.push({ name: entry.fileName, bytes: data });
    }
    return { listed, read };
  } catch (error) {
    throw fromYauzl(error);
  } finally {
    zip.close();
  }
}

async function listEntries(
  zip: ZipFile,
  limits: ImportLimits,
  shouldRead: (name: string) => boolean,
): Promise<{ listed: ZipListing[]; toRead: Entry[] }> {
  const names = new NameSet('archive');
  const listed: ZipListing[] = [];
  const toRead: Entry[] = [];
  let declared = 0;
  let declaredToRead = 0;
  for await (const entry of zip.eachEntry()) {
    const name = entry.fileName;
    const isDirectory = name.endsWith('/');
    checkRelativePath(name, 'archive', isDirectory);
    names.add(name);
    if (entry.isEncrypted())
      throw new ImportError(
        'import.encryptedZip',
        'the archive is password-protected: export it without a password',
      );
    declared += entry.uncompressedSize;
    if (declared > limits.maxUncompressedBytes)
      throw new ImportError('import.zipBomb', 'the archive declares more uncompressed data than allowed');
    if (
      entry.compressionMethod !== 0 &&
      entry.uncompressedSize >= limits.ratioCheckFromBytes &&
      entry.uncompressedSize > limits.maxCompressionRatio * Math.max(1, entry.compressedSize)
    ) {
      throw new ImportError(
        'import.zipBomb',
        `a file in the archive is compressed more than ${limits.maxCompressionRatio} to 1 (a zip bomb?)`,
      );
    }
    listed.push({ name, isDirectory, uncompressedSize: entry.uncompressedSize });
    if (!isDirectory && shouldRead(name)) {
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        throw new ImportError('import.notZip', 'the archive uses a compression method other than deflate');
      declaredToRead += entry.uncompressedSize;
      checkSize(declaredToRead, limits.maxJsonBytes, 'the JSON in the archive');
      toRead.push(entry);
    }
  }
  return { listed, toRead };
}

/** One file's bytes, stopping at the first byte past its declared size or past `budget`. */
function inflate(zip: ZipFile, entry: Entry, budget: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (openError, stream) => {
      if (openError) return reject(openError);
      const chunks: Buffer[] = [];
      let size = 0;
      let settled = false;
      const fail = (error: unknown) => {
        if (settled) return;
        settled = true;
        stream.destroy();
        reject(error);
      };
      stream.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > entry.uncompressedSize) {
          fail(new ImportError('import.zipBomb', 'a file in the archive inflates to more than it declares'));
        } else if (size > budget) {
          fail(new ImportError('import.tooLarge', 'the JSON in the archive is larger than allowed'));
        } else chunks.push(chunk);
      });
      stream.on('error', fail);
      stream.on('end', () => {
        if (settled) return;
        settled = true;
        resolve(Buffer.concat(chunks, size));
      });
    });
  });
}
