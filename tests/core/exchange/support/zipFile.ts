import zlib from 'node:zlib';

/** One file to put in a test archive; the sizes it declares can lie, like a crafted archive's. */
export interface ZipItem {
  name: string;
  data: Uint8Array | string;
  /** Deflate (default) or store. */
  method?: 'deflate' | 'store';
  /** The uncompressed size written in the headers; the real one when absent. */
  declaredSize?: number;
  /** Sets the "encrypted" flag (the data itself is not encrypted). */
  encrypted?: boolean;
}

/**
 * A minimal ZIP writer (local headers, central directory, end record; no zip64), so each test
 * builds exactly the archive it needs, hostile ones included. Names are written as given, in UTF-8.
 */
export function buildZip(items: readonly ZipItem[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const item of items) {
    const data = typeof item.data === 'string' ? Buffer.from(item.data, 'utf8') : Buffer.from(item.data);
    const method = item.method === 'store' ? 0 : 8;
    const stored = method === 8 ? zlib.deflateRawSync(data) : data;
    const name = Buffer.from(item.name, 'utf8');
    const crc = zlib.crc32(data);
    const size = item.declaredSize ?? data.length;
    const flags = 0x0800 | (item.encrypted ? 0x0001 : 0);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(stored.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);

    locals.push(local, name, stored);
    centrals.push(central, name);
    offset += local.length + name.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(items.length, 8);
  end.writeUInt16LE(items.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
