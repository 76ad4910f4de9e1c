import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import {
  MAX_TAGS,
  normaliseTagName,
  sortTags,
  tagKey,
  TagSchema,
  type Tag,
  type TagColour,
} from '../../../shared/domain/tag';
import type { Db } from '../db/openDatabase';
import { statementCache } from '../db/statementCache';
import { authTagsOf, type IntegrityLedger, type RowSeal } from '../vault/integrity';
import { DamagedRecordError, type RecordCipher } from '../vault/recordCipher';

const TABLE = 'tags';

interface Row {
  id: string;
  version: number;
  value: Uint8Array;
  auth_tags: Uint8Array;
}

/**
 * The vault's tags: each one ONE encrypted, padded value (name and colour) under a random id,
 * covered by the integrity ledger. Entries hold tag ids, so a rename rewrites one row. The
 * catalogue is small (at most MAX_TAGS): decrypted once per unlock into the worker's memory.
 * Writes that must go with entry rewrites (merge, delete) run inside the caller's transaction.
 */
export class TagCatalogue {
  readonly #db: Db;
  readonly #cipher: RecordCipher;
  readonly #ledger: IntegrityLedger;
  readonly #sql: ReturnType<typeof statementCache>;
  /** id → tag and row version; damaged rows are counted, not listed. */
  #cache: Map<string, { tag: Tag; version: number }> | null = null;
  #damaged = 0;

  constructor(db: Db, cipher: RecordCipher, ledger: IntegrityLedger) {
    this.#db = db;
    this.#sql = statementCache(db);
    this.#cipher = cipher;
    this.#ledger = ledger;
  }

  /** Sorted by name. */
  list(): { tags: Tag[]; damaged: number } {
    const all = this.#all();
    return { tags: sortTags([...all.values()].map((t) => t.tag)), damaged: this.#damaged };
  }

  has(id: string): boolean {
    return this.#all().has(id);
  }

  /** The ids of `ids` that name a tag of the catalogue, each once, in order (unknown ones are dropped). */
  known(ids: readonly string[]): string[] {
    const all = this.#all();
    return [...new Set(ids)].filter((id) => all.has(id));
  }

  /** The tag named `name` (case and accents aside), if there is one. */
  findByName(name: string): Tag | undefined {
    const key = tagKey(name);
    for (const { tag } of this.#all().values()) if (tagKey(tag.name) === key) return tag;
    return undefined;
  }

  create(name: string, colour: TagColour): Tag {
    const all = this.#all();
    if (all.size >= MAX_TAGS) throw new AppError('VALIDATION', `a vault holds at most ${MAX_TAGS} tags`);
    const tag: Tag = { id: randomBytes(16).toString('hex'), name: this.#freeName(name), colour };
    const value = this.#seal(this.#cipher, tag, 1);
    const authTags = authTagsOf(value);
    this.#db.transaction(() => {
      this.#sql(`INSERT INTO ${TABLE} (id, version, auth_tags, value) VALUES (?, ?, ?, ?)`).run(
        tag.id,
        1,
        authTags,
        value,
      );
      this.#ledger.record(null, seal(tag.id, 1, authTags));
    })();
    all.set(tag.id, { tag, version: 1 });
    return tag;
  }

  /** Renames and/or recolours one tag: one row, whatever the number of entries carrying it. */
  update(id: string, patch: { name?: string | undefined; colour?: TagColour | undefined }): Tag {
    const all = this.#all();
    const current = all.get(id);
    if (!current) throw new AppError('NOT_FOUND', 'no such tag');
    const tag: Tag = {
      id,
      name: patch.name === undefined ? current.tag.name : this.#freeName(patch.name, id),
      colour: patch.colour ?? current.tag.colour,
    };
    const row = this.#row(id);
    const version = row.version + 1;
    const value = this.#seal(this.#cipher, tag, version);
    const authTags = authTagsOf(value);
    this.#db.transaction(() => {
      this.#sql(`UPDATE ${TABLE} SET version = ?, auth_tags = ?, value = ? WHERE id = ?`).run(
        version,
        authTags,
        value,
        id,
      );
      this.#ledger.record(seal(id, row.version, row.auth_tags), seal(id, version, authTags));
    })();
    all.set(id, { tag, version });
    return tag;
  }

  /** Deletes tags (call inside the transaction that also rewrites the entries carrying them). */
  deleteMany(ids: readonly string[]): void {
    this.#db.transaction(() => {
      for (const id of ids) {
        const row = this.#row(id);
        this.#sql(`DELETE FROM ${TABLE} WHERE id = ?`).run(id);
        this.#ledger.record(seal(id, row.version, row.auth_tags), null);
      }
    })();
    // Reloaded next time: if the caller's transaction rolls back, the rows are back too.
    this.#cache = null;
  }

  /** Forgets what it holds in memory (after a rolled-back transaction). */
  forgetCache(): void {
    this.#cache = null;
  }

  /** Re-encrypts every readable tag under `next` (data key rotation, in the caller's transaction). */
  resealAll(next: RecordCipher): void {
    const write = this.#sql(`UPDATE ${TABLE} SET value = ?, auth_tags = ? WHERE id = ?`);
    for (const row of this.#rows()) {
      let tag: Tag;
      try {
        tag = this.#open(row);
      } catch {
        continue; // damaged: kept as it is
      }
      const value = this.#seal(next, tag, row.version);
      write.run(value, authTagsOf(value), row.id);
    }
  }

  /** The normalised name, refused when empty, too long, or another tag already has it. */
  #freeName(name: string, self?: string): string {
    const parsed = TagSchema.shape.name.safeParse(normaliseTagName(name));
    if (!parsed.success) throw new AppError('VALIDATION', 'a tag name has 1 to 60 characters');
    const same = this.findByName(parsed.data);
    if (same && same.id !== self) throw new AppError('VALIDATION', 'another tag already has that name');
    return parsed.data;
  }

  #row(id: string): Row {
    const row = this.#sql(`SELECT id, version, value, auth_tags FROM ${TABLE} WHERE id = ?`).get(id) as
      Row | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'no such tag');
    return row;
  }

  #rows(): Row[] {
    return this.#sql(`SELECT id, version, value, auth_tags FROM ${TABLE}`).all() as Row[];
  }

  #all(): Map<string, { tag: Tag; version: number }> {
    if (this.#cache) return this.#cache;
    const all = new Map<string, { tag: Tag; version: number }>();
    this.#damaged = 0;
    for (const row of this.#rows()) {
      try {
        all.set(row.id, { tag: this.#open(row), version: row.version });
      } catch (error) {
        if (!(error instanceof DamagedRecordError)) throw error;
        this.#damaged++;
      }
    }
    this.#cache = all;
    return all;
  }

  #open(row: Row): Tag {
    const address = { table: TABLE, rowId: row.id, column: 'value', rowVersion: row.version };
    const parsed = TagSchema.safeParse(this.#cipher.openJson(address, row.value));
    if (!parsed.success || parsed.data.id !== row.id) throw new DamagedRecordError(address);
    return parsed.data;
  }

  #seal(cipher: RecordCipher, tag: Tag, version: number): Uint8Array {
    return cipher.sealJson({ table: TABLE, rowId: tag.id, column: 'value', rowVersion: version }, tag);
  }
}

function seal(id: string, version: number, authTags: Uint8Array): RowSeal {
  return { table: TABLE, id, version, authTags };
}
