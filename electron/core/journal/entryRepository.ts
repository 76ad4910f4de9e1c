import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { Entry, EntryDraft, EntrySummary } from '../../../shared/domain/entry';
import type { Db } from '../db/openDatabase';
import { authTagsOf, type IntegrityLedger, type RowSeal } from '../vault/integrity';
import { DamagedRecordError, type RecordCipher } from '../vault/recordCipher';

const TABLE = 'entries';
const EXCERPT_CHARS = 240;

/** The small encrypted header that the timeline needs, so listing never decrypts bodies. */
const HeaderSchema = z.object({ t: z.string(), x: z.string(), c: z.string(), u: z.string() });
type Header = z.infer<typeof HeaderSchema>;

interface EntryRow {
  id: string;
  version: number;
  header: Uint8Array;
  body: Uint8Array;
  auth_tags: Uint8Array;
}

type Summary = EntrySummary;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

function excerptOf(body: string): string {
  const flat = body.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT_CHARS ? `${flat.slice(0, EXCERPT_CHARS)}…` : flat;
}

/** Newest first; damaged records (no readable date) last; ties broken by id for a stable order. */
function compareSummaries(a: Summary, b: Summary): number {
  if (a.damaged !== b.damaged) return a.damaged ? 1 : -1;
  if (!a.damaged && !b.damaged && a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const CursorSchema = z.object({ d: z.boolean(), c: z.string(), i: z.string() });

function encodeCursor(s: Summary): string {
  return Buffer.from(JSON.stringify({ d: s.damaged, c: s.damaged ? '' : s.createdAt, i: s.id })).toString('base64url');
}

function decodeCursor(cursor: string): Summary {
  let parsed: z.infer<typeof CursorSchema>;
  try {
    parsed = CursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('VALIDATION', 'malformed cursor');
  }
  return parsed.d
    ? { damaged: true, id: parsed.i }
    : { damaged: false, id: parsed.i, createdAt: parsed.c, updatedAt: parsed.c, title: '', excerpt: '' };
}

/** Told about every saved or removed entry (the search index listens). */
export interface EntryObserver {
  saved(entry: Entry): void;
  removed(id: string): void;
}

/**
 * Entries: every user-authored value (title, body, dates) encrypted per field with the row's
 * address bound in. A sorted in-memory list of decrypted headers backs the timeline; it lives
 * only in the vault worker and disappears with it on lock.
 */
export class EntryRepository {
  readonly #db: Db;
  readonly #cipher: RecordCipher;
  readonly #ledger: IntegrityLedger;
  readonly #observer: EntryObserver | undefined;
  #sorted: Summary[] | null = null;

  constructor(db: Db, cipher: RecordCipher, ledger: IntegrityLedger, observer?: EntryObserver) {
    this.#db = db;
    this.#cipher = cipher;
    this.#ledger = ledger;
    this.#observer = observer;
  }

  create(draft: Required<EntryDraft>, nowIso: string): Entry {
    const id = this.#newId();
    const entry: Entry = { id, title: draft.title, body: draft.body, createdAt: nowIso, updatedAt: nowIso };
    const sealed = this.#seal(entry, 1);
    this.#db.transaction(() => {
      this.#db
        .prepare('INSERT INTO entries (id, version, header, body, auth_tags) VALUES (?, ?, ?, ?, ?)')
        .run(id, 1, sealed.header, sealed.body, sealed.authTags);
      this.#ledger.record(null, rowSeal(id, 1, sealed.authTags));
    })();
    this.#remember(this.#summaryOf(entry));
    this.#observer?.saved(entry);
    return entry;
  }

  /**
   * Adds many entries with their own dates in ONE transaction (imports, restores, benchmarks):
   * one fsync instead of one per entry.
   */
  createMany(drafts: ReadonlyArray<Required<EntryDraft> & { createdAt: string; updatedAt?: string }>): string[] {
    const insert = this.#db.prepare('INSERT INTO entries (id, version, header, body, auth_tags) VALUES (?, ?, ?, ?, ?)');
    const created: Entry[] = [];
    this.#db.transaction(() => {
      for (const draft of drafts) {
        const entry: Entry = {
          id: this.#newId(),
          title: draft.title,
          body: draft.body,
          createdAt: draft.createdAt,
          updatedAt: draft.updatedAt ?? draft.createdAt,
        };
        const sealed = this.#seal(entry, 1);
        insert.run(entry.id, 1, sealed.header, sealed.body, sealed.authTags);
        this.#ledger.record(null, rowSeal(entry.id, 1, sealed.authTags));
        created.push(entry);
      }
    })();
    for (const entry of created) {
      this.#remember(this.#summaryOf(entry));
      this.#observer?.saved(entry);
    }
    return created.map((e) => e.id);
  }

  update(id: string, draft: Required<EntryDraft>, nowIso: string): Entry {
    const row = this.#row(id);
    const current = this.#decrypt(row);
    const entry: Entry = { ...current, title: draft.title, body: draft.body, updatedAt: nowIso };
    const version = row.version + 1;
    const sealed = this.#seal(entry, version);
    this.#db.transaction(() => {
      const result = this.#db
        .prepare('UPDATE entries SET version = ?, header = ?, body = ?, auth_tags = ? WHERE id = ? AND version = ?')
        .run(version, sealed.header, sealed.body, sealed.authTags, id, row.version);
      if (result.changes !== 1) throw new AppError('INTERNAL', 'concurrent update of the same entry');
      this.#ledger.record(rowSeal(id, row.version, row.auth_tags), rowSeal(id, version, sealed.authTags));
    })();
    this.#forget(id);
    this.#remember(this.#summaryOf(entry));
    this.#observer?.saved(entry);
    return entry;
  }

  get(id: string): Entry {
    return this.#decrypt(this.#row(id));
  }

  delete(id: string): void {
    const row = this.#row(id);
    this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM entries WHERE id = ?').run(id);
      this.#ledger.record(rowSeal(id, row.version, row.auth_tags), null);
    })();
    this.#forget(id);
    this.#observer?.removed(id);
  }

  list(limit: number, cursor?: string): { entries: Summary[]; nextCursor: string | null } {
    const sorted = this.#summaries();
    let start = 0;
    if (cursor !== undefined) {
      const after = decodeCursor(cursor);
      start = upperBound(sorted, after);
    }
    const page = sorted.slice(start, start + limit);
    const last = page.at(-1);
    const nextCursor = start + limit < sorted.length && last ? encodeCursor(last) : null;
    return { entries: page, nextCursor };
  }

  /**
   * Re-encrypts every readable entry under `next` (same id and version); damaged ones are left
   * as they are. Runs inside the caller's transaction; the caller updates the ledger.
   */
  resealAll(next: RecordCipher, onProgress: (done: number, total: number) => void): void {
    const total = this.count();
    const ids = this.#db.prepare('SELECT id FROM entries').pluck().all() as string[];
    const write = this.#db.prepare('UPDATE entries SET header = ?, body = ?, auth_tags = ? WHERE id = ?');
    const step = Math.max(1, Math.floor(total / 100));
    ids.forEach((id, index) => {
      const row = this.#row(id);
      let entry: Entry | null = null;
      try {
        entry = this.#decrypt(row);
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'DAMAGED_RECORD')) throw error;
      }
      if (entry) {
        const sealed = sealEntry(next, entry, row.version);
        write.run(sealed.header, sealed.body, sealed.authTags, id);
      }
      if ((index + 1) % step === 0 || index + 1 === total) onProgress(index + 1, total);
    });
  }

  exists(id: string): boolean {
    return this.#db.prepare('SELECT 1 FROM entries WHERE id = ?').get(id) !== undefined;
  }

  /** Every entry id, in storage order (for background work such as indexing). */
  ids(): string[] {
    return this.#db.prepare('SELECT id FROM entries').pluck().all() as string[];
  }

  /** The entry, or null when it is gone or damaged (background work skips those). */
  tryGet(id: string): Entry | null {
    try {
      return this.get(id);
    } catch (error) {
      if (error instanceof AppError && (error.code === 'DAMAGED_RECORD' || error.code === 'NOT_FOUND')) return null;
      throw error;
    }
  }

  count(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
  }

  #newId(): string {
    return randomBytes(16).toString('hex');
  }

  #row(id: string): EntryRow {
    const row = this.#db.prepare('SELECT id, version, header, body, auth_tags FROM entries WHERE id = ?').get(id) as
      | EntryRow
      | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'no such entry');
    return row;
  }

  #seal(entry: Entry, version: number): SealedEntry {
    return sealEntry(this.#cipher, entry, version);
  }

  #openHeader(row: Pick<EntryRow, 'id' | 'version' | 'header'>): Header {
    const raw = this.#cipher.openJson(
      { table: TABLE, rowId: row.id, column: 'header', rowVersion: row.version },
      row.header,
    );
    const parsed = HeaderSchema.safeParse(raw);
    if (!parsed.success) throw new DamagedRecordError({ table: TABLE, rowId: row.id, column: 'header' });
    return parsed.data;
  }

  #decrypt(row: EntryRow): Entry {
    try {
      const header = this.#openHeader(row);
      const bodyBytes = this.#cipher.openBytes(
        { table: TABLE, rowId: row.id, column: 'body', rowVersion: row.version },
        row.body,
      );
      let body: string;
      try {
        body = decoder.decode(bodyBytes);
      } catch {
        throw new DamagedRecordError({ table: TABLE, rowId: row.id, column: 'body' });
      }
      return { id: row.id, title: header.t, body, createdAt: header.c, updatedAt: header.u };
    } catch (error) {
      if (error instanceof DamagedRecordError) {
        throw new AppError('DAMAGED_RECORD', 'this entry could not be decrypted or failed authentication');
      }
      throw error;
    }
  }

  #summaryOf(entry: Entry): Summary {
    return {
      damaged: false,
      id: entry.id,
      title: entry.title,
      excerpt: excerptOf(entry.body),
      createdAt: entry.createdAt,
      updatedAt: entry.updatedAt,
    };
  }

  #summaries(): Summary[] {
    if (this.#sorted) return this.#sorted;
    const rows = this.#db.prepare('SELECT id, version, header FROM entries').all() as EntryRow[];
    const summaries = rows.map((row): Summary => {
      try {
        const h = this.#openHeader(row);
        return { damaged: false, id: row.id, title: h.t, excerpt: h.x, createdAt: h.c, updatedAt: h.u };
      } catch (error) {
        if (error instanceof DamagedRecordError) return { damaged: true, id: row.id };
        throw error;
      }
    });
    summaries.sort(compareSummaries);
    this.#sorted = summaries;
    return summaries;
  }

  #remember(summary: Summary): void {
    if (!this.#sorted) return;
    this.#sorted.splice(upperBound(this.#sorted, summary), 0, summary);
  }

  #forget(id: string): void {
    if (!this.#sorted) return;
    const index = this.#sorted.findIndex((s) => s.id === id);
    if (index >= 0) this.#sorted.splice(index, 1);
  }
}

interface SealedEntry {
  header: Uint8Array;
  body: Uint8Array;
  authTags: Uint8Array;
}

function sealEntry(cipher: RecordCipher, entry: Entry, version: number): SealedEntry {
  const header: Header = { t: entry.title, x: excerptOf(entry.body), c: entry.createdAt, u: entry.updatedAt };
  const sealedHeader = cipher.sealJson({ table: TABLE, rowId: entry.id, column: 'header', rowVersion: version }, header);
  const sealedBody = cipher.sealBytes(
    { table: TABLE, rowId: entry.id, column: 'body', rowVersion: version },
    encoder.encode(entry.body),
  );
  return { header: sealedHeader, body: sealedBody, authTags: authTagsOf(sealedHeader, sealedBody) };
}

function rowSeal(id: string, version: number, authTags: Uint8Array): RowSeal {
  return { table: TABLE, id, version, authTags };
}

/** First index whose item sorts strictly after `probe`. */
function upperBound(sorted: readonly Summary[], probe: Summary): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compareSummaries(sorted[mid]!, probe) <= 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
