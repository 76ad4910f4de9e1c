import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import {
  AttachmentMetaSchema,
  MAX_ATTACHMENT_BYTES,
  type AttachmentMeta,
} from '../../../shared/domain/attachment';
import type { Db } from '../db/openDatabase';
import { authTagsOf, type IntegrityLedger } from '../vault/integrity';
import { DamagedRecordError, type RecordCipher } from '../vault/recordCipher';
import { sniffImageType } from './imageType';

const TABLE = 'attachments';

interface AttachmentRow {
  id: string;
  version: number;
  meta: Uint8Array;
  data: Uint8Array;
  auth_tags: Uint8Array;
}

/**
 * Encrypted images. Metadata is small and decrypted once per unlock into an in-memory map
 * (entry id → attachments); bytes are decrypted only when an image is shown or exported.
 */
export class AttachmentRepository {
  readonly #db: Db;
  readonly #cipher: RecordCipher;
  readonly #ledger: IntegrityLedger;
  #metas: Map<string, AttachmentMeta> | null = null;

  constructor(db: Db, cipher: RecordCipher, ledger: IntegrityLedger) {
    this.#db = db;
    this.#cipher = cipher;
    this.#ledger = ledger;
  }

  add(entryId: string, name: string, bytes: Uint8Array, nowIso: string): AttachmentMeta {
    if (bytes.length > MAX_ATTACHMENT_BYTES)
      throw new AppError('VALIDATION', 'an attachment is at most 15 MB');
    const type = sniffImageType(bytes);
    if (!type) throw new AppError('VALIDATION', 'only PNG, JPEG, GIF and WebP images can be attached');
    const meta: AttachmentMeta = {
      id: randomBytes(16).toString('hex'),
      entryId,
      type,
      name,
      bytes: bytes.length,
      createdAt: nowIso,
    };
    const sealed = this.#seal(meta, bytes, 1);
    this.#db.transaction(() => {
      this.#db
        .prepare('INSERT INTO attachments (id, version, meta, data, auth_tags) VALUES (?, ?, ?, ?, ?)')
        .run(meta.id, 1, sealed.meta, sealed.data, sealed.authTags);
      this.#ledger.record(null, { table: TABLE, id: meta.id, version: 1, authTags: sealed.authTags });
    })();
    this.#all().set(meta.id, meta);
    return meta;
  }

  /** Drops the in-memory list of images; the next read decrypts it again from what is stored. */
  forgetCache(): void {
    this.#metas = null;
  }

  listFor(entryId: string): AttachmentMeta[] {
    return [...this.#all().values()]
      .filter((m) => m.entryId === entryId)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0));
  }

  get(id: string): { meta: AttachmentMeta; bytes: Uint8Array } {
    const row = this.#row(id);
    try {
      const meta = this.#openMeta(row);
      const bytes = this.#cipher.openBytes(
        { table: TABLE, rowId: id, column: 'data', rowVersion: row.version },
        row.data,
      );
      return { meta, bytes };
    } catch (error) {
      if (error instanceof DamagedRecordError)
        throw new AppError('DAMAGED_RECORD', 'this image could not be decrypted');
      throw error;
    }
  }

  delete(id: string): void {
    const row = this.#row(id);
    this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM attachments WHERE id = ?').run(id);
      this.#ledger.record({ table: TABLE, id, version: row.version, authTags: row.auth_tags }, null);
    })();
    this.#metas?.delete(id);
  }

  /** Removes every attachment of an entry (inside the entry deletion's transaction). */
  deleteFor(entryId: string): void {
    for (const meta of this.listFor(entryId)) this.delete(meta.id);
  }

  /** Re-encrypts every readable attachment under `next` (data key rotation, in the caller's transaction). */
  resealAll(next: RecordCipher): void {
    const ids = this.#db.prepare('SELECT id FROM attachments').pluck().all() as string[];
    const write = this.#db.prepare('UPDATE attachments SET meta = ?, data = ?, auth_tags = ? WHERE id = ?');
    for (const id of ids) {
      let opened: { meta: AttachmentMeta; bytes: Uint8Array };
      try {
        opened = this.get(id);
      } catch {
        continue; // damaged: kept as it is
      }
      const version = this.#row(id).version;
      const sealed = sealAttachment(next, opened.meta, opened.bytes, version);
      write.run(sealed.meta, sealed.data, sealed.authTags, id);
    }
  }

  #all(): Map<string, AttachmentMeta> {
    if (this.#metas) return this.#metas;
    const metas = new Map<string, AttachmentMeta>();
    const rows = this.#db.prepare('SELECT id, version, meta FROM attachments').all() as AttachmentRow[];
    for (const row of rows) {
      try {
        const meta = this.#openMeta(row);
        metas.set(meta.id, meta);
      } catch (error) {
        if (!(error instanceof DamagedRecordError)) throw error;
      }
    }
    this.#metas = metas;
    return metas;
  }

  #openMeta(row: Pick<AttachmentRow, 'id' | 'version' | 'meta'>): AttachmentMeta {
    const address = { table: TABLE, rowId: row.id, column: 'meta', rowVersion: row.version };
    const parsed = AttachmentMetaSchema.safeParse(this.#cipher.openJson(address, row.meta));
    if (!parsed.success || parsed.data.id !== row.id) throw new DamagedRecordError(address);
    return parsed.data;
  }

  #seal(meta: AttachmentMeta, bytes: Uint8Array, version: number) {
    return sealAttachment(this.#cipher, meta, bytes, version);
  }

  #row(id: string): AttachmentRow {
    const row = this.#db
      .prepare('SELECT id, version, meta, data, auth_tags FROM attachments WHERE id = ?')
      .get(id) as AttachmentRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'no such attachment');
    return row;
  }
}

function sealAttachment(cipher: RecordCipher, meta: AttachmentMeta, bytes: Uint8Array, version: number) {
  const sealedMeta = cipher.sealJson(
    { table: TABLE, rowId: meta.id, column: 'meta', rowVersion: version },
    meta,
  );
  const sealedData = cipher.sealBytes(
    { table: TABLE, rowId: meta.id, column: 'data', rowVersion: version },
    bytes,
  );
  return { meta: sealedMeta, data: sealedData, authTags: authTagsOf(sealedMeta, sealedData) };
}
