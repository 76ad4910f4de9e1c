import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { Feeling } from '../../../shared/domain/feelings';
import {
  entryExcerpt,
  PromptRefSchema,
  summaryOf,
  type Entry,
  type EntrySummary,
  type PromptRef,
} from '../../../shared/domain/entry';
import {
  WorksheetKindSchema,
  WorksheetSchema,
  type Worksheet,
  type WorksheetKind,
} from '../../../shared/domain/worksheet';
import { worksheetToMarkdown } from '../../../shared/domain/worksheetMarkdown';
import { EntryTagsSchema } from '../../../shared/domain/tag';
import type { Db } from '../db/openDatabase';
import { statementCache } from '../db/statementCache';
import { authTagsOf, type IntegrityLedger, type RowSeal } from '../vault/integrity';
import { DamagedRecordError, type RecordCipher } from '../vault/recordCipher';
import type { Timeline } from './timeline';

const TABLE = 'entries';

/**
 * The small encrypted header that the timeline needs, so listing never decrypts bodies.
 * `e` (the named feelings) is absent from headers written before entries carried feelings.
 */
const HeaderSchema = z.object({
  t: z.string(),
  x: z.string(),
  c: z.string(),
  u: z.string(),
  e: z.array(z.object({ id: z.string(), intensity: z.number().int() })).optional(),
  /** Not for sharing; absent (false) unless the writer marked the entry. */
  p: z.literal(true).optional(),
  /** The kind of worksheet the entry holds (its data is in the `worksheet` column); absent for plain entries. */
  w: WorksheetKindSchema.optional(),
  /** The prompt the entry was written from (pack and prompt ids, never the text); absent otherwise. */
  q: z.object({ k: PromptRefSchema.shape.packId, i: PromptRefSchema.shape.promptId }).optional(),
  /** Ids of the entry's tags; absent when it has none. */
  g: EntryTagsSchema.optional(),
  /** Pinned to the top of the timeline; absent (false) otherwise. */
  n: z.literal(true).optional(),
  /**
   * When the entry was deleted, while its undo is still possible; absent for a live entry. (Not
   * `x`, which has held the excerpt since the first header.) Such a row is purged for real when
   * the undo expires, at lock, or at the next unlock.
   */
  d: z.string().optional(),
});
type Header = z.infer<typeof HeaderSchema>;

interface EntryRow {
  id: string;
  version: number;
  header: Uint8Array;
  body: Uint8Array;
  /** The structured worksheet, encrypted; NULL for a plain entry. */
  worksheet: Uint8Array | null;
  auth_tags: Uint8Array;
}

type Summary = EntrySummary;

/**
 * What a caller writes: feelings are optional (imports and benchmarks often have none). With a
 * worksheet, `body` is ignored: the entry's body is the worksheet's Markdown, written here, so
 * the text that search and exports read always says what the data says.
 */
export interface EntryFields {
  title: string;
  body: string;
  emotions?: readonly Feeling[];
  notForSharing?: boolean;
  worksheet?: Worksheet | undefined;
  /** On update: undefined keeps the entry's prompt, null detaches it. */
  prompt?: PromptRef | null | undefined;
  /** Tag ids (the caller has checked them against the catalogue). On update: undefined keeps them. */
  tags?: readonly string[] | undefined;
  /** The entry's date (backdating); undefined: now on create, unchanged on update. */
  createdAt?: string | undefined;
}

/** An entry as stored: what the reader sees, and whether it waits to be purged. */
interface StoredEntry {
  entry: Entry;
  /** When it was deleted (its undo still possible); undefined for a live entry. */
  deletedAt: string | undefined;
}

/** The body and worksheet an entry gets from what was written. */
function content(fields: EntryFields): Pick<Entry, 'body' | 'worksheet'> {
  return fields.worksheet
    ? { body: worksheetToMarkdown(fields.worksheet), worksheet: fields.worksheet }
    : { body: fields.body };
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Told about every saved or removed entry (the search index listens). A soft-deleted entry is
 * `removed`; restored, it is `saved` again.
 */
export interface EntryObserver {
  saved(entry: Entry, version: number): void;
  removed(id: string): void;
}

/**
 * Entries: every user-authored value (title, body, dates) encrypted per field with the row's
 * address bound in. The timeline (decrypted summaries, see Timeline) lives
 * only in the vault worker and disappears with it on lock.
 */
export class EntryRepository {
  readonly #db: Db;
  readonly #cipher: RecordCipher;
  readonly #ledger: IntegrityLedger;
  readonly #observer: EntryObserver | undefined;
  readonly #timeline: Timeline;
  readonly #sql: ReturnType<typeof statementCache>;

  constructor(
    db: Db,
    cipher: RecordCipher,
    ledger: IntegrityLedger,
    timeline: Timeline,
    observer?: EntryObserver,
  ) {
    this.#db = db;
    this.#sql = statementCache(db);
    this.#cipher = cipher;
    this.#ledger = ledger;
    this.#timeline = timeline;
    this.#observer = observer;
  }

  create(draft: EntryFields, nowIso: string): Entry {
    const id = this.#newId();
    const entry: Entry = {
      id,
      title: draft.title,
      ...content(draft),
      emotions: [...(draft.emotions ?? [])],
      notForSharing: draft.notForSharing ?? false,
      ...(draft.prompt ? { prompt: draft.prompt } : {}),
      tags: [...(draft.tags ?? [])],
      pinned: false,
      createdAt: draft.createdAt ?? nowIso,
      updatedAt: nowIso,
    };
    const sealed = this.#seal(entry, 1);
    this.#db.transaction(() => {
      this.#insert(id, sealed);
      this.#ledger.record(null, rowSeal(id, 1, sealed.authTags));
    })();
    this.#timeline.upsert(summaryOf(entry), 1);
    this.#observer?.saved(entry, 1);
    return entry;
  }

  /**
   * Adds many entries with their own dates in ONE transaction (imports, restores, benchmarks):
   * one fsync instead of one per entry. `within` runs inside that transaction with the new ids
   * (an import attaches images there): if it throws, nothing at all is written.
   */
  createMany(
    drafts: ReadonlyArray<EntryFields & { createdAt: string; updatedAt?: string | undefined }>,
    within?: (ids: readonly string[]) => void,
  ): string[] {
    const created: Entry[] = [];
    this.#db.transaction(() => {
      for (const draft of drafts) {
        const entry: Entry = {
          id: this.#newId(),
          title: draft.title,
          ...content(draft),
          emotions: [...(draft.emotions ?? [])],
          notForSharing: draft.notForSharing ?? false,
          ...(draft.prompt ? { prompt: draft.prompt } : {}),
          tags: [...(draft.tags ?? [])],
          pinned: false,
          createdAt: draft.createdAt,
          updatedAt: draft.updatedAt ?? draft.createdAt,
        };
        const sealed = this.#seal(entry, 1);
        this.#insert(entry.id, sealed);
        this.#ledger.record(null, rowSeal(entry.id, 1, sealed.authTags));
        created.push(entry);
      }
      within?.(created.map((e) => e.id));
    })();
    for (const entry of created) {
      this.#timeline.upsert(summaryOf(entry), 1);
      this.#observer?.saved(entry, 1);
    }
    return created.map((e) => e.id);
  }

  update(id: string, draft: EntryFields, nowIso: string): Entry {
    return this.#rewrite(id, (current) => {
      const { worksheet: _previous, prompt: previousPrompt, ...rest } = current;
      const prompt = draft.prompt === undefined ? previousPrompt : (draft.prompt ?? undefined);
      return {
        ...rest,
        title: draft.title,
        ...content(draft),
        emotions: [...(draft.emotions ?? [])],
        notForSharing: draft.notForSharing ?? current.notForSharing,
        ...(prompt ? { prompt } : {}),
        tags: draft.tags === undefined ? current.tags : [...draft.tags],
        createdAt: draft.createdAt ?? current.createdAt,
        updatedAt: nowIso,
      };
    });
  }

  /** Pins or unpins. Pinning is not editing: `updatedAt` stays as the writer left it. */
  setPinned(id: string, pinned: boolean): Entry {
    return this.#rewrite(id, (current) => ({ ...current, pinned }));
  }

  get(id: string): Entry {
    return this.#live(this.#open(this.#row(id)));
  }

  /**
   * Deletes with an undo: the entry leaves the timeline, search, insights and exports at once,
   * but its row stays (marked, encrypted) until `purge`. A damaged entry cannot be marked (its
   * header does not open) and has nothing to restore: it is purged at once.
   * Returns whether it can be restored.
   */
  softDelete(id: string, nowIso: string): { restorable: boolean } {
    const row = this.#row(id);
    let stored: StoredEntry;
    try {
      stored = this.#open(row);
    } catch (error) {
      if (!(error instanceof AppError && error.code === 'DAMAGED_RECORD')) throw error;
      this.purge(id);
      return { restorable: false };
    }
    const { entry, deletedAt } = stored;
    if (deletedAt !== undefined) throw new AppError('NOT_FOUND', 'no such entry');
    this.#write(row, entry, nowIso);
    return { restorable: true };
  }

  /** Undoes a soft delete; NOT_FOUND once the entry is purged (or was never deleted). */
  restore(id: string): Entry {
    const row = this.#row(id);
    const { entry, deletedAt } = this.#open(row);
    if (deletedAt === undefined) throw new AppError('NOT_FOUND', 'no deleted entry with this id');
    this.#write(row, entry, undefined);
    return entry;
  }

  /**
   * Removes the row for real (SQLite's secure_delete overwrites it). Runs inside the caller's
   * transaction when there is one (the engine removes the entry's images with it).
   */
  purge(id: string): void {
    const row = this.#row(id);
    this.#db.transaction(() => {
      this.#sql('DELETE FROM entries WHERE id = ?').run(id);
      this.#ledger.record(rowSeal(id, row.version, row.auth_tags), null);
    })();
    this.#timeline.remove(id);
    this.#observer?.removed(id);
  }

  /** Ids of the entries deleted and not yet purged (from the timeline: no row is decrypted). */
  deletedIds(): string[] {
    return this.#timeline.deletedIds();
  }

  /** Whether this entry is deleted and waiting to be purged. */
  isDeleted(id: string): boolean {
    return this.#timeline.isDeleted(id);
  }

  /** Reads, changes and writes back a live entry (a new version: fresh nonces, ledger updated). */
  #rewrite(id: string, change: (current: Entry) => Entry): Entry {
    const row = this.#row(id);
    const entry = change(this.#live(this.#open(row)));
    this.#write(row, entry, undefined);
    return entry;
  }

  #write(row: EntryRow, entry: Entry, deletedAt: string | undefined): void {
    const { id } = entry;
    const version = row.version + 1;
    const sealed = this.#seal(entry, version, deletedAt);
    this.#db.transaction(() => {
      const result = this.#sql(
        `UPDATE entries SET version = ?, header = ?, body = ?, worksheet = ?, auth_tags = ?
           WHERE id = ? AND version = ?`,
      ).run(version, sealed.header, sealed.body, sealed.worksheet, sealed.authTags, id, row.version);
      if (result.changes !== 1) throw new AppError('INTERNAL', 'concurrent update of the same entry');
      this.#ledger.record(rowSeal(id, row.version, row.auth_tags), rowSeal(id, version, sealed.authTags));
    })();
    this.#timeline.upsert(summaryOf(entry), version, deletedAt);
    if (deletedAt === undefined) this.#observer?.saved(entry, version);
    else this.#observer?.removed(id);
  }

  /** The entry, unless it is deleted (then it is gone for every reader). */
  #live({ entry, deletedAt }: StoredEntry): Entry {
    if (deletedAt !== undefined) throw new AppError('NOT_FOUND', 'no such entry');
    return entry;
  }

  /**
   * Rewrites the tags of the entries `ids` with `change` (a merge or a tag's deletion), keeping
   * everything else, dates included: catalogue upkeep is not an edit of the entry. ONE
   * transaction, and `within` runs inside it (the catalogue's own change): if anything throws,
   * nothing is written. Damaged entries are left as they are. Returns how many entries changed.
   */
  retag(ids: Iterable<string>, change: (tags: readonly string[]) => string[], within?: () => void): number {
    const saved: Array<{ entry: Entry; version: number }> = [];
    this.#db.transaction(() => {
      for (const id of ids) {
        const row = this.#row(id);
        let stored: StoredEntry;
        try {
          stored = this.#open(row);
        } catch (error) {
          if (error instanceof AppError && error.code === 'DAMAGED_RECORD') continue;
          throw error;
        }
        // An entry waiting to be purged keeps its tags: an undo brings back what was deleted.
        if (stored.deletedAt !== undefined) continue;
        const current = stored.entry;
        const tags = change(current.tags);
        if (tags.length === current.tags.length && tags.every((t, i) => t === current.tags[i])) continue;
        const entry: Entry = { ...current, tags };
        const version = row.version + 1;
        const sealed = this.#seal(entry, version);
        this.#sql(
          `UPDATE entries SET version = ?, header = ?, body = ?, worksheet = ?, auth_tags = ?
             WHERE id = ? AND version = ?`,
        ).run(version, sealed.header, sealed.body, sealed.worksheet, sealed.authTags, id, row.version);
        this.#ledger.record(rowSeal(id, row.version, row.auth_tags), rowSeal(id, version, sealed.authTags));
        saved.push({ entry, version });
      }
      within?.();
    })();
    for (const { entry, version } of saved) {
      this.#timeline.upsert(summaryOf(entry), version);
      this.#observer?.saved(entry, version);
    }
    return saved.length;
  }

  list(
    limit: number,
    cursor?: string,
    kinds?: readonly WorksheetKind[],
    packs?: readonly string[],
    tags?: readonly string[],
  ): { entries: Summary[]; nextCursor: string | null } {
    return this.#timeline.page(limit, cursor, kinds, packs, tags);
  }

  /** Where the first entry written before `before` stands in `list`'s order (see Timeline.indexOf). */
  indexOf(
    before: string,
    kinds?: readonly WorksheetKind[],
    packs?: readonly string[],
    tags?: readonly string[],
  ): { index: number; total: number } {
    return this.#timeline.indexOf(before, kinds, packs, tags);
  }

  /**
   * Brings the timeline up to date with the rows: decrypts the headers of rows added or
   * changed since it was built (all of them for a new timeline, a handful after a snapshot)
   * and forgets rows that are gone. Returns how many summaries changed.
   */
  reconcileTimeline(): number {
    const known = this.#timeline.versions();
    // Versions only (no blob is read); headers are fetched for the rows that changed.
    const stale: string[] = [];
    for (const [id, version] of this.versions()) {
      if (known.get(id) !== version) stale.push(id);
      known.delete(id);
    }
    const header = this.#sql('SELECT id, version, header FROM entries WHERE id = ?');
    for (const id of stale) {
      const row = header.get(id) as Pick<EntryRow, 'id' | 'version' | 'header'>;
      const { summary, deletedAt } = this.#summaryOfRow(row);
      this.#timeline.upsert(summary, row.version, deletedAt);
    }
    let changed = stale.length;
    for (const gone of known.keys()) {
      this.#timeline.remove(gone);
      changed++;
    }
    return changed;
  }

  /** id → version of every row (for reconciling derived indexes). */
  versions(): Map<string, number> {
    return new Map(this.#sql('SELECT id, version FROM entries').raw().all() as Array<[string, number]>);
  }

  /**
   * Re-encrypts every readable entry under `next` (same id and version); damaged ones are left
   * as they are. Runs inside the caller's transaction; the caller updates the ledger.
   */
  resealAll(next: RecordCipher, onProgress: (done: number, total: number) => void): void {
    const total = this.count();
    const ids = this.#sql('SELECT id FROM entries').pluck().all() as string[];
    const write = this.#sql(
      'UPDATE entries SET header = ?, body = ?, worksheet = ?, auth_tags = ? WHERE id = ?',
    );
    const step = Math.max(1, Math.floor(total / 100));
    ids.forEach((id, index) => {
      const row = this.#row(id);
      let stored: StoredEntry | null = null;
      try {
        stored = this.#open(row);
      } catch (error) {
        if (!(error instanceof AppError && error.code === 'DAMAGED_RECORD')) throw error;
      }
      if (stored) {
        const sealed = sealEntry(next, stored.entry, row.version, stored.deletedAt);
        write.run(sealed.header, sealed.body, sealed.worksheet, sealed.authTags, id);
      }
      if ((index + 1) % step === 0 || index + 1 === total) onProgress(index + 1, total);
    });
  }

  exists(id: string): boolean {
    return this.#sql('SELECT 1 FROM entries WHERE id = ?').get(id) !== undefined;
  }

  /** The entry, or null when it is gone, deleted or damaged (background work skips those). */
  tryGet(id: string): Entry | null {
    return this.tryGetVersioned(id)?.entry ?? null;
  }

  tryGetVersioned(id: string): { entry: Entry; version: number } | null {
    try {
      const row = this.#row(id);
      return { entry: this.#live(this.#open(row)), version: row.version };
    } catch (error) {
      if (error instanceof AppError && (error.code === 'DAMAGED_RECORD' || error.code === 'NOT_FOUND'))
        return null;
      throw error;
    }
  }

  count(): number {
    return (this.#sql('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
  }

  /** A new row in a random slot (never SQLite's sequential rowid, which would reveal writing order). */
  #insert(id: string, sealed: SealedEntry): void {
    this.#sql(
      'INSERT INTO entries (slot, id, version, auth_tags, header, body, worksheet) VALUES (?, ?, 1, ?, ?, ?, ?)',
    ).run(
      randomBytes(8).readBigInt64BE(0),
      id,
      sealed.authTags,
      sealed.header,
      sealed.body,
      sealed.worksheet,
    );
  }

  #newId(): string {
    return randomBytes(16).toString('hex');
  }

  #row(id: string): EntryRow {
    const row = this.#sql(
      'SELECT id, version, header, body, worksheet, auth_tags FROM entries WHERE id = ?',
    ).get(id) as EntryRow | undefined;
    if (!row) throw new AppError('NOT_FOUND', 'no such entry');
    return row;
  }

  #seal(entry: Entry, version: number, deletedAt?: string): SealedEntry {
    return sealEntry(this.#cipher, entry, version, deletedAt);
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

  #open(row: EntryRow): StoredEntry {
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
      const worksheet = this.#openWorksheet(row, header);
      const entry: Entry = {
        id: row.id,
        title: header.t,
        body,
        emotions: header.e ?? [],
        notForSharing: header.p ?? false,
        ...(worksheet ? { worksheet } : {}),
        ...(header.q ? { prompt: promptOf(header.q) } : {}),
        tags: header.g ?? [],
        pinned: header.n ?? false,
        createdAt: header.c,
        updatedAt: header.u,
      };
      return { entry, deletedAt: header.d };
    } catch (error) {
      if (error instanceof DamagedRecordError) {
        throw new AppError('DAMAGED_RECORD', 'this entry could not be decrypted or failed authentication');
      }
      throw error;
    }
  }

  /**
   * The worksheet the header announces. A header naming one with no data, data without a header
   * naming it, or data that is not a worksheet of that kind: all mean the row was tampered with.
   */
  #openWorksheet(row: EntryRow, header: Header): Worksheet | undefined {
    const damaged = () => new DamagedRecordError({ table: TABLE, rowId: row.id, column: 'worksheet' });
    if (header.w === undefined) {
      if (row.worksheet !== null) throw damaged();
      return undefined;
    }
    if (row.worksheet === null) throw damaged();
    const raw = this.#cipher.openJson(
      { table: TABLE, rowId: row.id, column: 'worksheet', rowVersion: row.version },
      row.worksheet,
    );
    const parsed = WorksheetSchema.safeParse(raw);
    if (!parsed.success || parsed.data.kind !== header.w) throw damaged();
    return parsed.data;
  }

  #summaryOfRow(row: Pick<EntryRow, 'id' | 'version' | 'header'>): {
    summary: Summary;
    deletedAt: string | undefined;
  } {
    try {
      const h = this.#openHeader(row);
      const summary: Summary = {
        damaged: false,
        id: row.id,
        title: h.t,
        excerpt: h.x,
        emotions: h.e ?? [],
        notForSharing: h.p ?? false,
        ...(h.w ? { worksheet: h.w } : {}),
        ...(h.q ? { prompt: promptOf(h.q) } : {}),
        tags: h.g ?? [],
        pinned: h.n ?? false,
        createdAt: h.c,
        updatedAt: h.u,
      };
      return { summary, deletedAt: h.d };
    } catch (error) {
      if (error instanceof DamagedRecordError)
        return { summary: { damaged: true, id: row.id }, deletedAt: undefined };
      throw error;
    }
  }
}

function promptOf(q: NonNullable<Header['q']>): PromptRef {
  return { packId: q.k, promptId: q.i };
}

interface SealedEntry {
  header: Uint8Array;
  body: Uint8Array;
  worksheet: Uint8Array | null;
  authTags: Uint8Array;
}

function sealEntry(
  cipher: RecordCipher,
  entry: Entry,
  version: number,
  deletedAt?: string | undefined,
): SealedEntry {
  const header: Header = {
    t: entry.title,
    x: entryExcerpt(entry),
    c: entry.createdAt,
    u: entry.updatedAt,
    ...(entry.emotions.length > 0 ? { e: entry.emotions satisfies Feeling[] } : {}),
    ...(entry.notForSharing ? { p: true as const } : {}),
    ...(entry.worksheet ? { w: entry.worksheet.kind } : {}),
    ...(entry.prompt ? { q: { k: entry.prompt.packId, i: entry.prompt.promptId } } : {}),
    ...(entry.tags.length > 0 ? { g: entry.tags } : {}),
    ...(entry.pinned ? { n: true as const } : {}),
    ...(deletedAt !== undefined ? { d: deletedAt } : {}),
  };
  const sealedHeader = cipher.sealJson(
    { table: TABLE, rowId: entry.id, column: 'header', rowVersion: version },
    header,
  );
  const sealedBody = cipher.sealBytes(
    { table: TABLE, rowId: entry.id, column: 'body', rowVersion: version },
    encoder.encode(entry.body),
  );
  const sealedWorksheet = entry.worksheet
    ? cipher.sealJson(
        { table: TABLE, rowId: entry.id, column: 'worksheet', rowVersion: version },
        entry.worksheet,
      )
    : null;
  return {
    header: sealedHeader,
    body: sealedBody,
    worksheet: sealedWorksheet,
    authTags: sealedWorksheet
      ? authTagsOf(sealedHeader, sealedBody, sealedWorksheet)
      : authTagsOf(sealedHeader, sealedBody),
  };
}

function rowSeal(id: string, version: number, authTags: Uint8Array): RowSeal {
  return { table: TABLE, id, version, authTags };
}
