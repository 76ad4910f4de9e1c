import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { MemoryDatabase } from '../db/memoryDatabase';
import { EntrySummarySchema, type EntryFeelings, type EntrySummary } from '../../../shared/domain/entry';
import type { SearchNarrowing } from '../../../shared/domain/search';
import type { WorksheetKind } from '../../../shared/domain/worksheet';

/**
 * The timeline: decrypted entry summaries (title, excerpt, dates) in an in-memory SQLite
 * database, sorted by an index, so a page is a keyset query instead of a scan. It lives in the
 * vault worker only. Between sessions it is kept as an encrypted snapshot (see SnapshotStore)
 * and reconciled at unlock against each row's version, so unlocking decrypts only what
 * changed since, not every header.
 */
const CursorSchema = z.object({
  d: z.boolean(),
  /** Pinned; absent in cursors made before entries could be pinned (none was). */
  p: z.boolean().default(false),
  c: z.string(),
  i: z.string(),
});

interface SummaryRow {
  id: string;
  damaged: 0 | 1;
  created_at: string;
  updated_at: string;
  title: string;
  excerpt: string;
  emotions: string;
  not_for_sharing: 0 | 1;
  worksheet: string | null;
  prompt_pack: string | null;
  prompt_id: string | null;
  tags: string;
  pinned: 0 | 1;
}

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS summaries (
    id         TEXT PRIMARY KEY,
    version    INTEGER NOT NULL,
    damaged    INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    title      TEXT NOT NULL,
    excerpt    TEXT NOT NULL,
    emotions   TEXT NOT NULL DEFAULT '[]',
    not_for_sharing INTEGER NOT NULL DEFAULT 0,
    worksheet  TEXT,
    prompt_pack TEXT,
    prompt_id  TEXT,
    tags       TEXT NOT NULL DEFAULT '[]',
    pinned     INTEGER NOT NULL DEFAULT 0,
    deleted_at TEXT
  ) WITHOUT ROWID;
`;

/**
 * The timeline's order: readable before damaged, pinned first, newest first, then by id. Deleted
 * entries (waiting to be purged) are in no list at all.
 */
const ORDER_INDEX = `
  DROP INDEX IF EXISTS summaries_order;
  CREATE INDEX IF NOT EXISTS summaries_by_pin
    ON summaries (damaged, pinned DESC, created_at DESC, id) WHERE deleted_at IS NULL;
`;
const LIVE = 'deleted_at IS NULL';

/** The timeline's groups, in its order: (damaged, pinned) readable-pinned first, damaged-unpinned last. */
const GROUPS = [
  [0, 1],
  [0, 0],
  [1, 1],
  [1, 0],
] as const;

const COLUMNS =
  'id, damaged, created_at, updated_at, title, excerpt, emotions, not_for_sharing, worksheet, prompt_pack, prompt_id, tags, pinned';

function toSummary(row: SummaryRow): EntrySummary {
  return row.damaged
    ? { damaged: true, id: row.id }
    : {
        damaged: false,
        id: row.id,
        title: row.title,
        excerpt: row.excerpt,
        emotions: JSON.parse(row.emotions) as EntryFeelings['emotions'],
        notForSharing: row.not_for_sharing === 1,
        ...(row.worksheet ? { worksheet: row.worksheet as WorksheetKind } : {}),
        ...(row.prompt_pack && row.prompt_id
          ? { prompt: { packId: row.prompt_pack, promptId: row.prompt_id } }
          : {}),
        tags: JSON.parse(row.tags) as string[],
        pinned: row.pinned === 1,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
      };
}

export class Timeline {
  /** The database, its statement cache and its ledger counter (shared with the search index). */
  readonly store: MemoryDatabase;
  readonly #sql: MemoryDatabase['sql'];

  private constructor(store: MemoryDatabase) {
    this.store = store;
    this.#sql = store.sql;
  }

  static empty(): Timeline {
    return Timeline.fromSnapshot(null);
  }

  /** From a decrypted snapshot; an unusable one gives an empty timeline (it is rebuilt, nothing is lost). */
  static fromSnapshot(bytes: Uint8Array | null): Timeline {
    const store = MemoryDatabase.open(SCHEMA, bytes);
    // Snapshots taken before entries carried feelings (or could be kept from exports, or hold
    // worksheets, or remember their prompt) lack the columns, and had none of them.
    const columns = store.db.pragma('table_info(summaries)') as Array<{ name: string }>;
    const has = (name: string) => columns.some((c) => c.name === name);
    if (!has('emotions')) {
      store.db.exec("ALTER TABLE summaries ADD COLUMN emotions TEXT NOT NULL DEFAULT '[]'");
    }
    if (!has('not_for_sharing')) {
      store.db.exec('ALTER TABLE summaries ADD COLUMN not_for_sharing INTEGER NOT NULL DEFAULT 0');
    }
    if (!has('worksheet')) store.db.exec('ALTER TABLE summaries ADD COLUMN worksheet TEXT');
    if (!has('prompt_pack')) store.db.exec('ALTER TABLE summaries ADD COLUMN prompt_pack TEXT');
    if (!has('prompt_id')) store.db.exec('ALTER TABLE summaries ADD COLUMN prompt_id TEXT');
    if (!has('tags')) store.db.exec("ALTER TABLE summaries ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'");
    if (!has('pinned')) store.db.exec('ALTER TABLE summaries ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0');
    if (!has('deleted_at')) store.db.exec('ALTER TABLE summaries ADD COLUMN deleted_at TEXT');
    store.db.exec(ORDER_INDEX);
    return new Timeline(store);
  }

  /** Adds or replaces a summary; with `deletedAt`, the entry waits to be purged and is listed nowhere. */
  upsert(summary: EntrySummary, version: number, deletedAt?: string): void {
    this.#sql(
      `INSERT OR REPLACE INTO summaries
         (id, version, damaged, created_at, updated_at, title, excerpt, emotions, not_for_sharing, worksheet,
          prompt_pack, prompt_id, tags, pinned, deleted_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      summary.id,
      version,
      summary.damaged ? 1 : 0,
      summary.damaged ? '' : summary.createdAt,
      summary.damaged ? '' : summary.updatedAt,
      summary.damaged ? '' : summary.title,
      summary.damaged ? '' : summary.excerpt,
      summary.damaged ? '[]' : JSON.stringify(summary.emotions),
      !summary.damaged && summary.notForSharing ? 1 : 0,
      summary.damaged ? null : (summary.worksheet ?? null),
      summary.damaged ? null : (summary.prompt?.packId ?? null),
      summary.damaged ? null : (summary.prompt?.promptId ?? null),
      summary.damaged ? '[]' : JSON.stringify(summary.tags),
      !summary.damaged && summary.pinned ? 1 : 0,
      deletedAt ?? null,
    );
  }

  /** Entries deleted and not yet purged. */
  deletedIds(): string[] {
    return this.#sql('SELECT id FROM summaries WHERE deleted_at IS NOT NULL').pluck().all() as string[];
  }

  isDeleted(id: string): boolean {
    return this.#sql('SELECT 1 FROM summaries WHERE id = ? AND deleted_at IS NOT NULL').get(id) !== undefined;
  }

  remove(id: string): void {
    this.#sql('DELETE FROM summaries WHERE id = ?').run(id);
  }

  /** id → version of every summary held, to reconcile with the vault's rows. */
  versions(): Map<string, number> {
    const rows = this.#sql('SELECT id, version FROM summaries').raw().all() as Array<[string, number]>;
    return new Map(rows);
  }

  /**
   * Pinned first, then newest first, damaged last; keyset pagination with an opaque cursor. With `kinds`, only
   * entries holding one of those worksheets (damaged ones, whose kind is unknown, are left out);
   * with `packs`, only entries written from a prompt of one of those packs. Both: either one.
   * With `tags`, and (whatever else is asked) only entries carrying one of those tags.
   */
  page(
    limit: number,
    cursor?: string,
    kinds?: readonly WorksheetKind[],
    packs?: readonly string[],
    tags?: readonly string[],
  ): { entries: EntrySummary[]; nextCursor: string | null } {
    let rows: SummaryRow[];
    const { filter, params } = filterOf(kinds, packs, tags);
    const order = 'ORDER BY damaged, pinned DESC, created_at DESC, id';
    if (cursor === undefined) {
      rows = this.#sql(`SELECT ${COLUMNS} FROM summaries WHERE ${filter} ${order} LIMIT :n`).all({
        ...params,
        n: limit + 1,
      }) as SummaryRow[];
    } else {
      // After the cursor: the rest of its own group (readable or damaged, pinned or not), then the
      // groups that follow it in the order. Each part is one range of the index, read from where it
      // starts; one query with ORs across the columns made SQLite walk the index from the top on
      // every page, so a page 40,000 entries down cost three times the first (bench:ui, Go to date).
      const after = decodeCursor(cursor);
      const own = GROUPS.findIndex(([d, p]) => d === (after.d ? 1 : 0) && p === (after.p ? 1 : 0));
      rows = [];
      for (let g = own; g < GROUPS.length && rows.length <= limit; g++) {
        const [d, p] = GROUPS[g]!;
        const rest = g === own ? 'AND created_at <= :c AND NOT (created_at = :c AND id <= :i)' : '';
        const part = this.#sql(
          `SELECT ${COLUMNS} FROM summaries
             WHERE ${filter} AND damaged = :d AND pinned = :p ${rest}
             ${order} LIMIT :n`,
        ).all({
          ...params,
          d,
          p,
          ...(g === own ? { c: after.c, i: after.i } : {}),
          n: limit + 1 - rows.length,
        }) as SummaryRow[];
        rows.push(...part);
      }
    }
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      entries: page.map(toSummary),
      nextCursor: more && last ? encodeCursor(last) : null,
    };
  }

  /** Ids of the readable entries carrying at least one of `tags` (what a merge or deletion rewrites). */
  carrying(tags: readonly string[]): string[] {
    if (tags.length === 0) return [];
    return this.#sql(
      `SELECT id FROM summaries
         WHERE ${LIVE} AND damaged = 0 AND EXISTS (SELECT 1 FROM json_each(summaries.tags) WHERE value IN (SELECT value FROM json_each(?)))`,
    )
      .pluck()
      .all(JSON.stringify(tags)) as string[];
  }

  /**
   * Where a date falls in `page`'s order (same filter): how many summaries come before the first
   * one written before `before` (an instant, the end of the day asked for), and how many there
   * are in all. `index === total` when every entry is more recent. Counted on the ordering index,
   * so it stays quick at 100,000 entries.
   */
  indexOf(
    before: string,
    kinds?: readonly WorksheetKind[],
    packs?: readonly string[],
    tags?: readonly string[],
  ): { index: number; total: number } {
    const { filter, params } = filterOf(kinds, packs, tags);
    const [index, total] = this.#sql(
      `SELECT COALESCE(SUM(damaged = 0 AND (pinned = 1 OR created_at >= :before)), 0), COUNT(*) FROM summaries WHERE ${filter}`,
    )
      .raw()
      .get({ ...params, before }) as [number, number];
    return { index, total };
  }

  /** Of `ids`, the readable, live entries that `narrowing` keeps (see SearchNarrowingSchema). */
  narrowed(ids: readonly string[], narrowing: SearchNarrowing): Set<string> {
    const { filter, params } = filterOf(narrowing.kinds, narrowing.packs, narrowing.tags);
    const clauses = [filter, 'damaged = 0', 'id IN (SELECT value FROM json_each(:ids))'];
    if (narrowing.since !== undefined) clauses.push('created_at >= :since');
    if (narrowing.before !== undefined) clauses.push('created_at < :before');
    if (narrowing.emotions !== undefined) {
      clauses.push(
        "EXISTS (SELECT 1 FROM json_each(summaries.emotions) WHERE json_extract(value, '$.id') IN (SELECT value FROM json_each(:emotions)))",
      );
    }
    const kept = this.#sql(`SELECT id FROM summaries WHERE ${clauses.join(' AND ')}`)
      .pluck()
      .all({
        ...params,
        ids: JSON.stringify(ids),
        ...(narrowing.since !== undefined ? { since: narrowing.since } : {}),
        ...(narrowing.before !== undefined ? { before: narrowing.before } : {}),
        ...(narrowing.emotions !== undefined ? { emotions: JSON.stringify(narrowing.emotions) } : {}),
      }) as string[];
    return new Set(kept);
  }

  /** Readable summaries written in [since, before), oldest first (what an export offers). */
  between(since: string, before: string): EntrySummary[] {
    const rows = this.#sql(
      `SELECT ${COLUMNS}
         FROM summaries WHERE ${LIVE} AND damaged = 0 AND created_at >= ? AND created_at < ?
         ORDER BY created_at, id`,
    ).all(since, before) as SummaryRow[];
    return rows.map(toSummary);
  }

  /** Entries with named feelings written in [since, before) (unbounded when absent), newest first. */
  feelings(since?: string, before?: string): EntryFeelings[] {
    const rows = this.#sql(
      `SELECT created_at, emotions FROM summaries
         WHERE ${LIVE} AND damaged = 0 AND emotions != '[]' AND created_at >= ? AND created_at < ?
         ORDER BY created_at DESC`,
    )
      .raw()
      .all(since ?? '', before ?? '\uffff') as Array<[string, string]>;
    return rows.map(([at, emotions]) => ({
      at,
      emotions: JSON.parse(emotions) as EntryFeelings['emotions'],
    }));
  }

  close(): void {
    this.store.close();
  }
}

/** The WHERE clause of a filtered timeline; kinds and packs are checked at the contract, bound all the same. */
function filterOf(
  kinds?: readonly WorksheetKind[],
  packs?: readonly string[],
  tags?: readonly string[],
): { filter: string; params: Record<string, string> } {
  // Kinds, packs and tags are checked at the contract; bound as parameters all the same.
  const kindParams = Object.fromEntries((kinds ?? []).map((kind, i) => [`k${i}`, kind]));
  const packParams = Object.fromEntries((packs ?? []).map((pack, i) => [`p${i}`, pack]));
  const tagParams = Object.fromEntries((tags ?? []).map((tag, i) => [`g${i}`, tag]));
  const filters = [
    ...(kinds ? [`worksheet IN (${kinds.map((_, i) => `:k${i}`).join(', ')})`] : []),
    ...(packs ? [`prompt_pack IN (${packs.map((_, i) => `:p${i}`).join(', ')})`] : []),
  ];
  const tagFilter = tags
    ? ` AND EXISTS (SELECT 1 FROM json_each(summaries.tags) WHERE value IN (${tags.map((_, i) => `:g${i}`).join(', ')}))`
    : '';
  return {
    filter: (filters.length > 0 ? `${LIVE} AND (${filters.join(' OR ')})` : LIVE) + tagFilter,
    params: { ...kindParams, ...packParams, ...tagParams },
  };
}

/** How many of the newest summaries the head snapshot keeps: the first screen and more. */
export const HEAD_SIZE = 200;

/** The newest summaries as `Timeline.page(HEAD_SIZE)` gave them, to serve the first screen alone. */
export const TimelineHeadSchema = z.object({
  counter: z.string(),
  entries: z.array(EntrySummarySchema).max(HEAD_SIZE),
  nextCursor: z.string().nullable(),
});
export type TimelineHead = z.infer<typeof TimelineHeadSchema>;

/**
 * The first page from the head alone, exactly as `Timeline.page(limit)` would give it, or null
 * when the head does not hold enough for it.
 */
export function pageOfHead(
  head: TimelineHead,
  limit: number,
): { entries: EntrySummary[]; nextCursor: string | null } | null {
  if (limit < head.entries.length) {
    const entries = head.entries.slice(0, limit);
    const last = entries.at(-1)!;
    return { entries, nextCursor: encodeCursor(rowOf(last)) };
  }
  return head.nextCursor === null || limit === head.entries.length
    ? { entries: head.entries, nextCursor: head.nextCursor }
    : null;
}

type CursorRow = Pick<SummaryRow, 'damaged' | 'pinned' | 'created_at' | 'id'>;

function rowOf(summary: EntrySummary): CursorRow {
  return summary.damaged
    ? { damaged: 1, pinned: 0, created_at: '', id: summary.id }
    : { damaged: 0, pinned: summary.pinned ? 1 : 0, created_at: summary.createdAt, id: summary.id };
}

function encodeCursor(row: CursorRow): string {
  const cursor = { d: row.damaged === 1, p: row.pinned === 1, c: row.created_at, i: row.id };
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

function decodeCursor(cursor: string): z.infer<typeof CursorSchema> {
  try {
    return CursorSchema.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw new AppError('VALIDATION', 'malformed cursor');
  }
}
