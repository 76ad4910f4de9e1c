import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { generateRecoveryKey, parseRecoveryKey } from '../crypto/recoveryKey';
import { KEY_BYTES, randomBytes, seal, wipe } from '../crypto/sodium';
import { openDatabase, type Db } from '../db/openDatabase';
import type { AttachmentMeta } from '../../../shared/domain/attachment';
import { AttachmentRepository } from '../journal/attachmentRepository';
import { EntryRepository } from '../journal/entryRepository';
import { SearchIndex } from '../search/searchIndex';
import { HEAD_SIZE, pageOfHead, Timeline, TimelineHeadSchema, type TimelineHead } from '../journal/timeline';
import { SnapshotStore } from './snapshotStore';
import { SafetyPlanRepository, SettingsRepository } from '../settings/settingsRepository';
import { DocumentStore } from '../settings/documentStore';
import { AutoBackupRepository } from '../settings/autoBackupRepository';
import { EncryptedRecordList } from '../insights/recordList';
import { CheckinSchema, type Checkin } from '../../../shared/domain/checkin';
import { SelfCheckSchema, type SelfCheck } from '../../../shared/content/scales';
import { ExerciseSessionSchema, type ExerciseSession } from '../../../shared/domain/exercise';
import { queryTerms, highlight, snippet } from '../search/textAnalysis';
import type { SearchNarrowing, SearchResult } from '../../../shared/domain/search';
import {
  displayTitle,
  entryExcerpt,
  type Entry,
  type EntryFeelings,
  type EntrySummary,
} from '../../../shared/domain/entry';
import type { WorksheetKind } from '../../../shared/domain/worksheet';
import { ExportLog } from '../exchange/exportLog';
import type { ExportImage } from '../exchange/exportService';
import { MAX_EXPORT_IMAGE_BYTES } from '../../../shared/exchange/exportRequest';
import { UserPackStore } from '../prompts/userPackStore';
import { planImport } from '../exchange/import/planImport';
import type { ImportedEntry } from '../../../shared/exchange/importResult';
import { deriveCalibrated, type KdfProfile } from './kdfCalibration';
import {
  addPassphraseSlot,
  addRecoverySlot,
  makeSlot,
  readSlots,
  unwrapWithPassphrase,
  unwrapWithRecoveryKey,
} from './keyslots';
import { deriveVaultSubkey } from './subkeys';
import { writeBackup, type Progress } from '../backup/backupFile';
import { fileKeyAssociatedData, slotToHeader } from '../backup/backupHeader';
import type { IntegrityVerdict } from '../../../shared/domain/vault';
import { IntegrityLedger } from './integrity';
import { RecordCipher } from './recordCipher';
import { CoupleSpaceStore } from '../couple/coupleSpaceStore';
import { SensateStore } from '../couple/sensateStore';
import { CoupleExportStore } from '../couple/exportStore';
import { coupleSummarySources } from '../couple/summarySources';
import { TalkStore } from '../couple/talkStore';
import { ExchangeStore } from '../couple/exchangeStore';
import { TagCatalogue } from '../tags/tagCatalogue';
import {
  DEFAULT_TAG_COLOUR,
  MAX_TAG_NAME,
  MAX_TAGS_PER_ENTRY,
  normaliseTagName,
  type Tag,
} from '../../../shared/domain/tag';

import { VAULT_FILE, type UnlockMethod } from './vaultFiles';

function readVaultId(db: Db): string {
  const row = db.prepare("SELECT value FROM vault_meta WHERE key = 'vault_id'").get() as
    { value: Uint8Array } | undefined;
  if (!row) throw new AppError('VAULT_CORRUPT', 'the vault has no identifier');
  return Buffer.from(row.value).toString('hex');
}

/**
 * An unlocked vault: the database plus keys derived from the data key. It lives inside the
 * vault worker; locking terminates that worker, which takes the keys, libsodium's WASM heap and
 * every decrypted cache with it.
 */
export class VaultEngine {
  readonly #db: Db;
  readonly #vaultId: string;
  #fieldKey!: Uint8Array;
  #integrityKey!: Uint8Array;
  #ledger!: IntegrityLedger;
  #entries!: EntryRepository;
  #documents!: DocumentStore;
  #settings!: SettingsRepository;
  #safetyPlan!: SafetyPlanRepository;
  #checkins!: EncryptedRecordList<Checkin>;
  #selfChecks!: EncryptedRecordList<SelfCheck>;
  #exercises!: EncryptedRecordList<ExerciseSession>;
  #attachments!: AttachmentRepository;
  /** The couple space's documents: their own table, never read by the journal's features. */
  #coupleDocuments!: DocumentStore;
  #tags!: TagCatalogue;
  /** The vault-wide integrity check: 'verified' for a new vault; after unlock see verifyIntegrity. */
  integrity: IntegrityVerdict | 'checking' = 'verified';
  /** Derived, in-memory indexes, restored from encrypted snapshots and reconciled at unlock. */
  #timeline: Timeline;
  /**
   * Until the full timeline is loaded (right after unlock, in the background), the newest
   * summaries from their own small snapshot answer the first screen. Null once loaded.
   */
  #head: TimelineHead | null = null;
  #timelineLoaded: boolean;
  /** The head snapshot is missing or behind: write one at the next snapshot. */
  #headStale = false;
  #search = SearchIndex.empty();
  #snapshots!: SnapshotStore;
  #snapshotKey!: Uint8Array;
  /** Wraps each backup's file key, so a backup opens with the vault's passphrase or recovery key. */
  #backupKey!: Uint8Array;
  /** Changes not yet in a snapshot. */
  readonly #dirty = { timeline: 0, search: 0 };
  /** Entries still to index in the background, and how many there were when indexing began. */
  #indexQueue: string[] = [];
  #indexTotal = 0;
  #indexStarted = false;

  private constructor(db: Db, vaultId: string, dataKey: Uint8Array, withSnapshots: boolean) {
    this.#db = db;
    this.#vaultId = vaultId;
    this.#deriveKeys(dataKey);
    this.#timeline = Timeline.empty();
    this.#timelineLoaded = !withSnapshots; // a new vault's timeline is complete: empty
    this.#buildRepositories();
  }

  /** The entries; the first use loads the full timeline (writes and older pages need it). */
  get entries(): EntryRepository {
    this.ensureTimeline();
    return this.#entries;
  }

  /** Whether the full timeline is in memory (false right after unlock, while the head serves). */
  get timelineReady(): boolean {
    return this.#timelineLoaded;
  }

  /** Feelings named on entries in [since, before), from the timeline (no entry text is decrypted). */
  entryFeelings(since?: string, before?: string): EntryFeelings[] {
    this.ensureTimeline();
    return this.#timeline.feelings(since, before);
  }

  /**
   * A page of the timeline; the first page after unlock comes from the head snapshot alone.
   * With `kinds` or `packs`, only entries holding one of those worksheets or written from a
   * prompt of one of those packs (from the full timeline).
   */
  listEntries(
    limit: number,
    cursor?: string,
    kinds?: readonly WorksheetKind[],
    packs?: readonly string[],
    tags?: readonly string[],
  ): { entries: EntrySummary[]; nextCursor: string | null } {
    if (kinds || packs || tags) {
      this.ensureTimeline();
      return this.entries.list(limit, cursor, kinds, packs, tags);
    }
    if (!this.#timelineLoaded && this.#head && cursor === undefined) {
      const page = pageOfHead(this.#head, limit);
      if (page) return page;
    }
    return this.entries.list(limit, cursor);
  }

  /** Where a date falls in the timeline (the head alone cannot tell: this needs the full one). */
  indexOfEntries(
    before: string,
    kinds?: readonly WorksheetKind[],
    packs?: readonly string[],
    tags?: readonly string[],
  ): { index: number; total: number } {
    this.ensureTimeline();
    return this.entries.indexOf(before, kinds, packs, tags);
  }

  /**
   * Loads the full timeline from its snapshot and reconciles it with the rows if it is behind
   * the vault's write counter. The worker does this right after unlock, in the background.
   */
  ensureTimeline(): void {
    if (this.#timelineLoaded) return;
    this.#timelineLoaded = true;
    this.#head = null;
    this.#timeline.close();
    this.#timeline = Timeline.fromSnapshot(this.#snapshots.load('timeline'));
    this.#buildEntries(new RecordCipher(this.#fieldKey, this.#vaultId));
    // A timeline snapshot taken at the vault's current write count is exact: nothing to reconcile
    // (unless the integrity check then finds rows changed behind the ledger's back).
    if (this.#timeline.store.ledgerCounter !== this.#ledger.counter()) {
      // Reconciled now; snapshotting it again (even unchanged) records the current counter.
      this.#dirty.timeline += this.#entries.reconcileTimeline() + 1;
    }
    // Entries deleted in a session that ended without locking (a crash): their undo is long gone.
    this.purgeDeleted();
  }

  /** Uses the head snapshot for the first screen when it is exactly up to date. */
  #restoreHead(): boolean {
    const stored = this.#snapshots.load('head');
    const parsed = stored ? TimelineHeadSchema.safeParse(safeJson(stored)) : null;
    const counter = this.#ledger.counter();
    if (counter === null || !parsed?.success || parsed.data.counter !== String(counter)) {
      this.#headStale = true;
      return false;
    }
    this.#head = parsed.data;
    return true;
  }

  get settings(): SettingsRepository {
    return this.#settings;
  }

  get safetyPlan(): SafetyPlanRepository {
    return this.#safetyPlan;
  }

  get exportLog(): ExportLog {
    return new ExportLog(this.#documents);
  }

  /** The user's own prompt packs (written or imported), encrypted like the safety plan. */
  get userPacks(): UserPackStore {
    return new UserPackStore(this.#documents);
  }

  get autoBackup(): AutoBackupRepository {
    return new AutoBackupRepository(this.#documents);
  }

  /**
   * What an export needs, read from the vault: the chosen entries (damaged or gone ones are
   * counted, not exported), and the check-ins and self-check-ins of the period when asked.
   */
  collectExport(request: {
    entryIds: readonly string[];
    since: string;
    before: string;
    checkins: boolean;
    selfChecks: boolean;
    exercises: boolean;
    images: boolean;
  }): {
    entries: Entry[];
    unreadable: number;
    checkins: Checkin[];
    selfChecks: SelfCheck[];
    exercises: ExerciseSession[];
    images: ExportImage[];
    tagNames: Record<string, string>;
  } {
    const entries: Entry[] = [];
    const images: ExportImage[] = [];
    let imageBytes = 0;
    for (const id of request.entryIds) {
      const entry = this.entries.tryGet(id);
      if (!entry) continue;
      entries.push(entry);
      if (!request.images) continue;
      for (const meta of this.#attachments.listFor(id)) {
        imageBytes += meta.bytes;
        if (imageBytes > MAX_EXPORT_IMAGE_BYTES) {
          throw new AppError(
            'VALIDATION',
            'these entries hold more than 512 MB of images: export them in smaller groups',
          );
        }
        const { bytes } = this.#attachments.get(meta.id);
        images.push({ entryId: id, id: meta.id, type: meta.type, bytes });
      }
    }
    const all = Number.MAX_SAFE_INTEGER;
    const checkins = request.checkins
      ? this.#checkins.list(all, request.before, request.since).records.reverse()
      : [];
    const selfChecks = request.selfChecks
      ? this.#selfChecks.list(all, request.before, request.since).records.reverse()
      : [];
    const exercises = request.exercises
      ? this.#exercises.list(all, request.before, request.since).records.reverse()
      : [];
    return {
      entries,
      unreadable: request.entryIds.length - entries.length,
      checkins,
      selfChecks,
      exercises,
      images,
      tagNames: Object.fromEntries(this.#tags.list().tags.map((tag) => [tag.id, tag.name])),
    };
  }

  /**
   * Adds imported entries in ONE transaction (all or nothing), leaving out those the journal
   * already holds (same date and excerpt) and repeats within the import.
   */
  importEntries(incoming: readonly ImportedEntry[]): {
    imported: number;
    duplicates: number;
    images: number;
  } {
    const existing = this.entriesBetween('', '\uffff');
    const plan = planImport(
      existing.flatMap((s) => (s.damaged ? [] : [s])),
      incoming,
    );
    // Entries, their images and the tags they name in one transaction: a refused image refuses
    // the whole import, and no tag is created for an import that did not happen.
    let images = 0;
    try {
      this.#db.transaction(() => {
        const drafts = plan.toCreate.map((entry) => ({ ...entry, tags: this.#tagIdsFor(entry.tags) }));
        this.entries.createMany(drafts, (ids) => {
          ids.forEach((id, i) => {
            const entry = plan.toCreate[i]!;
            for (const image of entry.images ?? []) {
              this.#attachments.add(id, image.name, image.bytes, entry.createdAt);
              images++;
            }
          });
        });
      })();
    } catch (error) {
      this.#attachments.forgetCache(); // it may list images the rolled-back transaction never kept
      this.#tags.forgetCache(); // and tags it never kept
      throw error;
    }
    return { imported: plan.toCreate.length, duplicates: plan.duplicates.length, images };
  }

  /**
   * The ids of the tags named `names` (an import's), creating those the vault lacks with the
   * default colour; call inside the import's transaction. Names are matched case and accents
   * aside, cut to the longest name a tag may have, and at most MAX_TAGS_PER_ENTRY are kept.
   */
  #tagIdsFor(names: readonly string[]): string[] {
    const ids: string[] = [];
    for (const raw of names) {
      const name = normaliseTagName(raw).slice(0, MAX_TAG_NAME).trim();
      if (name === '') continue;
      const tag = this.#tags.findByName(name) ?? this.#tags.create(name, DEFAULT_TAG_COLOUR);
      if (!ids.includes(tag.id)) ids.push(tag.id);
      if (ids.length === MAX_TAGS_PER_ENTRY) break;
    }
    return ids;
  }

  get tags(): TagCatalogue {
    return this.#tags;
  }

  /**
   * Folds the tags `from` into `into`: every entry carrying one of them carries `into` instead
   * (once), then they are deleted — all in ONE transaction.
   */
  mergeTags(from: readonly string[], into: string): Tag {
    this.ensureTimeline();
    const merged = [...new Set(from)].filter((id) => id !== into);
    for (const id of [...merged, into]) {
      if (!this.#tags.has(id)) throw new AppError('NOT_FOUND', 'no such tag');
    }
    const gone = new Set(merged);
    try {
      this.#entries.retag(
        this.#timeline.carrying(merged),
        (tags) => {
          const kept: string[] = [];
          for (const id of tags) {
            const next = gone.has(id) ? into : id;
            if (!kept.includes(next)) kept.push(next);
          }
          return kept;
        },
        () => this.#tags.deleteMany(merged),
      );
    } catch (error) {
      this.#tags.forgetCache();
      throw error;
    }
    return this.#tags.list().tags.find((t) => t.id === into)!;
  }

  /** Deletes a tag and takes it off every entry that carried it, in ONE transaction. */
  deleteTag(id: string): void {
    this.ensureTimeline();
    if (!this.#tags.has(id)) throw new AppError('NOT_FOUND', 'no such tag');
    try {
      this.#entries.retag(
        this.#timeline.carrying([id]),
        (tags) => tags.filter((t) => t !== id),
        () => this.#tags.deleteMany([id]),
      );
    } catch (error) {
      this.#tags.forgetCache();
      throw error;
    }
  }

  /** Entries written in [since, before), oldest first, from the timeline (no body is decrypted). */
  entriesBetween(since: string, before: string): EntrySummary[] {
    this.ensureTimeline();
    return this.#timeline.between(since, before);
  }

  get checkins(): EncryptedRecordList<Checkin> {
    return this.#checkins;
  }

  get selfChecks(): EncryptedRecordList<SelfCheck> {
    return this.#selfChecks;
  }

  get exercises(): EncryptedRecordList<ExerciseSession> {
    return this.#exercises;
  }

  get attachments(): AttachmentRepository {
    return this.#attachments;
  }

  get couple(): CoupleSpaceStore {
    return new CoupleSpaceStore(this.#coupleDocuments);
  }

  get sensate(): SensateStore {
    return new SensateStore(this.#coupleDocuments, this.couple);
  }

  /** The couple summary for a therapist: drafts, notes and approvals, in the couple table. */
  get coupleExport(): CoupleExportStore {
    return new CoupleExportStore(
      this.#coupleDocuments,
      this.couple,
      coupleSummarySources(this.#coupleDocuments),
    );
  }

  /** The couple space's conversation exercises (question decks, check-in, repair…). */
  get coupleTalk(): TalkStore {
    return new TalkStore(this.#coupleDocuments, this.couple);
  }

  /** Two machines: this vault's partner identity, pairing and partner files (`exchange:` documents). */
  get coupleExchange(): ExchangeStore {
    return new ExchangeStore(this.#coupleDocuments);
  }

  /**
   * Deletes an entry with an undo: it leaves every list, search, insight and export at once, and
   * is purged (with its images) by `purgeEntry`, at lock, or at the next unlock.
   */
  deleteEntry(id: string, nowIso: string): { restorable: boolean } {
    this.ensureTimeline();
    const { restorable } = this.#entries.softDelete(id, nowIso);
    if (!restorable) this.purgeEntry(id, { deleted: false });
    return { restorable };
  }

  /** Undoes a delete that is not yet purged. */
  restoreEntry(id: string): Entry {
    return this.entries.restore(id);
  }

  /**
   * Removes a deleted entry, its images and its index data for real: the rows are overwritten
   * (secure_delete) and the write-ahead log, which still holds their pages, is checkpointed and
   * truncated. Only a deleted entry can be purged (NOT_FOUND otherwise): nothing skips the undo
   * by accident.
   */
  purgeEntry(id: string, expect: { deleted: boolean } = { deleted: true }): void {
    this.ensureTimeline();
    if (expect.deleted && !this.#entries.isDeleted(id)) {
      throw new AppError('NOT_FOUND', 'no deleted entry with this id');
    }
    this.#purge([id]);
  }

  /** Purges every entry still waiting (at lock, and at unlock for what a crash left behind). */
  purgeDeleted(): number {
    if (!this.#timelineLoaded) return 0; // nothing was deleted this session; the next load purges
    const ids = this.#entries.deletedIds();
    if (ids.length > 0) this.#purge(ids);
    return ids.length;
  }

  #purge(ids: readonly string[]): void {
    this.#db.transaction(() => {
      for (const id of ids) {
        if (this.#entries.exists(id)) this.#entries.purge(id);
        this.#attachments.deleteFor(id);
      }
    })();
    // The snapshots hold the purged summaries and terms (encrypted): rewrite them now, not at lock.
    this.#headStale = true;
    this.persistSnapshots();
    this.#db.pragma('wal_checkpoint(TRUNCATE)');
  }

  /** Pins or unpins an entry (not an edit: its `updatedAt` stays). */
  setPinned(id: string, pinned: boolean): Entry {
    return this.entries.setPinned(id, pinned);
  }

  addAttachment(entryId: string, name: string, bytes: Uint8Array, nowIso: string) {
    if (!this.#entries.exists(entryId) || this.#entries.isDeleted(entryId)) {
      throw new AppError('NOT_FOUND', 'no such entry');
    }
    return this.#attachments.add(entryId, name, bytes, nowIso);
  }

  /** An entry's images; none once the entry is deleted, even before its purge. */
  listAttachments(entryId: string): AttachmentMeta[] {
    return this.#entries.isDeleted(entryId) ? [] : this.#attachments.listFor(entryId);
  }

  /** One image, refused like its entry once that entry is deleted (undo brings both back). */
  getAttachment(id: string): { meta: AttachmentMeta; bytes: Uint8Array } {
    const found = this.#attachments.get(id);
    if (this.#entries.isDeleted(found.meta.entryId)) throw new AppError('NOT_FOUND', 'no such attachment');
    return found;
  }

  /** Derives the per-purpose subkeys; wipes the previous ones. */
  #deriveKeys(dataKey: Uint8Array): void {
    const previous = [this.#fieldKey, this.#integrityKey, this.#snapshotKey, this.#backupKey];
    this.#fieldKey = deriveVaultSubkey(dataKey, 'fields');
    this.#integrityKey = deriveVaultSubkey(dataKey, 'integrity');
    this.#snapshotKey = deriveVaultSubkey(dataKey, 'snapshots');
    this.#backupKey = deriveVaultSubkey(dataKey, 'backup');
    this.#snapshots = new SnapshotStore(this.#db, this.#snapshotKey, this.#vaultId);
    for (const key of previous) wipe(key);
  }

  /** The objects that use the subkeys; rebuilt after a key rotation. */
  #buildRepositories(): void {
    this.#ledger = new IntegrityLedger(this.#db, this.#integrityKey, this.#vaultId);
    const cipher = new RecordCipher(this.#fieldKey, this.#vaultId);
    this.#documents = new DocumentStore(this.#db, cipher, this.#ledger);
    this.#settings = new SettingsRepository(this.#documents);
    this.#safetyPlan = new SafetyPlanRepository(this.#documents);
    this.#checkins = new EncryptedRecordList(this.#db, cipher, this.#ledger, 'checkins', CheckinSchema);
    this.#selfChecks = new EncryptedRecordList(this.#db, cipher, this.#ledger, 'selfchecks', SelfCheckSchema);
    this.#exercises = new EncryptedRecordList(
      this.#db,
      cipher,
      this.#ledger,
      'exercises',
      ExerciseSessionSchema,
      (session) => session.startedAt,
    );
    this.#attachments = new AttachmentRepository(this.#db, cipher, this.#ledger);
    this.#coupleDocuments = new DocumentStore(this.#db, cipher, this.#ledger, 'couple');
    this.#tags = new TagCatalogue(this.#db, cipher, this.#ledger);
    this.#buildEntries(cipher);
  }

  /** The entries' repository, bound to the current timeline. */
  #buildEntries(cipher: RecordCipher): void {
    this.#entries = new EntryRepository(this.#db, cipher, this.#ledger, this.#timeline, {
      saved: (entry, version) => {
        this.#search.upsert(entry.id, version, entry.title, entry.body);
        this.#dirty.timeline++;
        this.#dirty.search++;
      },
      removed: (id) => {
        this.#search.remove(id);
        this.#dirty.timeline++;
        this.#dirty.search++;
      },
    });
  }

  static create(
    dataDir: string,
    passphrase: string,
    profile: KdfProfile,
  ): { engine: VaultEngine; recoveryKey: string } {
    const file = path.join(dataDir, VAULT_FILE);
    const derived = deriveCalibrated(passphrase, profile);
    const db = openDatabase(file, 'create');
    const dataKey = randomBytes(KEY_BYTES);
    const recovery = generateRecoveryKey();
    try {
      const vaultIdBytes = randomBytes(16);
      const vaultId = Buffer.from(vaultIdBytes).toString('hex');
      const engine = new VaultEngine(db, vaultId, dataKey, false);
      engine.#indexStarted = true; // a new vault's index is complete: empty, then fed by every save
      db.transaction(() => {
        db.prepare("INSERT INTO vault_meta (key, value) VALUES ('vault_id', ?)").run(vaultIdBytes);
        addPassphraseSlot(db, vaultId, dataKey, derived);
        addRecoverySlot(db, vaultId, dataKey, recovery.key);
        engine.#ledger.initialise();
      })();
      return { engine, recoveryKey: recovery.text };
    } catch (error) {
      // Nothing was written yet that anyone could lose: leave no half-made vault behind.
      db.close();
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
      throw error;
    } finally {
      wipe(derived.kek);
      wipe(recovery.key);
      wipe(dataKey);
    }
  }

  static unlock(dataDir: string, credentials: UnlockMethod): VaultEngine {
    const db = openDatabase(path.join(dataDir, VAULT_FILE), 'open');
    let dataKey: Uint8Array | undefined;
    try {
      const vaultId = readVaultId(db);
      if (credentials.method === 'passphrase') {
        dataKey = unwrapWithPassphrase(db, vaultId, credentials.passphrase);
      } else {
        const parsed = parseRecoveryKey(credentials.recoveryKey);
        if (!parsed.ok) {
          throw new AppError(
            'BAD_PASSPHRASE',
            parsed.reason === 'checksum' ? 'the recovery key has a typo' : 'that is not a recovery key',
          );
        }
        try {
          dataKey = unwrapWithRecoveryKey(db, vaultId, parsed.key);
        } finally {
          wipe(parsed.key);
        }
      }
      const engine = new VaultEngine(db, vaultId, dataKey, true);
      // The integrity check reads every row: it runs right after, so the timeline does not wait.
      engine.integrity = 'checking';
      // The first screen needs only the newest entries: from the head snapshot when it is exact,
      // else from the full timeline now.
      if (!engine.#restoreHead()) engine.ensureTimeline();
      return engine;
    } catch (error) {
      db.close();
      throw error;
    } finally {
      wipe(dataKey);
    }
  }

  /**
   * Rewraps the data key under a new passphrase: the current one is required (an unlocked,
   * unattended screen must not be enough), and no record is re-encrypted.
   */
  changePassphrase(current: string, next: string, profile: KdfProfile): void {
    const dataKey = unwrapWithPassphrase(this.#db, this.#vaultId, current);
    const derived = deriveCalibrated(next, profile);
    try {
      this.#db.transaction(() => {
        this.#db.prepare("DELETE FROM keyslots WHERE kind = 'passphrase'").run();
        addPassphraseSlot(this.#db, this.#vaultId, dataKey, derived);
      })();
    } finally {
      wipe(dataKey);
      wipe(derived.kek);
    }
  }

  /** Checks the passphrase against its keyslot (BAD_PASSPHRASE when wrong); nothing changes. */
  verifyPassphrase(passphrase: string): void {
    wipe(unwrapWithPassphrase(this.#db, this.#vaultId, passphrase));
  }

  /** Replaces the recovery slot: the old recovery key stops working at once. */
  regenerateRecoveryKey(passphrase: string): string {
    const dataKey = unwrapWithPassphrase(this.#db, this.#vaultId, passphrase);
    const recovery = generateRecoveryKey();
    try {
      this.#db.transaction(() => {
        this.#db.prepare("DELETE FROM keyslots WHERE kind = 'recovery'").run();
        addRecoverySlot(this.#db, this.#vaultId, dataKey, recovery.key);
      })();
      return recovery.text;
    } finally {
      wipe(dataKey);
      wipe(recovery.key);
    }
  }

  /**
   * Replaces the data key: every record is re-encrypted under the new key, the keyslots are
   * rewritten (so a new recovery key is issued: the old recovery slot cannot be rewrapped
   * without the old recovery key) and the integrity ledger is recomputed — all in ONE
   * transaction, so a crash leaves either the old vault or the new one, never a mix.
   * Damaged records cannot be re-encrypted and are kept as they are.
   */
  rotateDataKey(
    passphrase: string,
    profile: KdfProfile,
    onProgress: (done: number, total: number) => void,
  ): string {
    wipe(unwrapWithPassphrase(this.#db, this.#vaultId, passphrase));
    this.ensureTimeline();
    const derived = deriveCalibrated(passphrase, profile);
    const dataKey = randomBytes(KEY_BYTES);
    const recovery = generateRecoveryKey();
    const fieldKey = deriveVaultSubkey(dataKey, 'fields');
    const integrityKey = deriveVaultSubkey(dataKey, 'integrity');
    try {
      this.#db.transaction(() => {
        const next = new RecordCipher(fieldKey, this.#vaultId);
        this.#entries.resealAll(next, onProgress);
        this.#documents.resealAll(next);
        this.#checkins.resealAll(next);
        this.#selfChecks.resealAll(next);
        this.#exercises.resealAll(next);
        this.#tags.resealAll(next);
        this.#attachments.resealAll(next);
        this.#coupleDocuments.resealAll(next);
        this.#snapshots.clear(); // sealed under the old key; rewritten below under the new one
        this.#db.prepare('DELETE FROM keyslots').run();
        addPassphraseSlot(this.#db, this.#vaultId, dataKey, derived);
        addRecoverySlot(this.#db, this.#vaultId, dataKey, recovery.key);
        new IntegrityLedger(this.#db, integrityKey, this.#vaultId).rebuild();
      })();
      this.#deriveKeys(dataKey);
      this.#buildRepositories();
      this.#dirty.timeline++;
      this.#dirty.search++;
      return recovery.text;
    } finally {
      for (const key of [derived.kek, dataKey, recovery.key, fieldKey, integrityKey]) wipe(key);
    }
  }

  /**
   * Recomputes the integrity ledger from every row. On a mismatch, rows were changed without
   * the ledger: the shortcuts taken at unlock are not trusted and the timeline is reconciled.
   */
  verifyIntegrity(): IntegrityVerdict {
    const verdict = this.#ledger.verify();
    this.integrity = verdict;
    if (verdict === 'mismatch') {
      this.ensureTimeline();
      this.#dirty.timeline += this.#entries.reconcileTimeline();
      this.#headStale = true;
    }
    return verdict;
  }

  /**
   * Restores the search index from its snapshot and queues what changed since (everything,
   * without a snapshot) for background indexing. The timeline does not wait for any of it.
   */
  startIndexing(): { done: number; total: number } {
    if (this.#indexStarted) return this.indexProgress();
    this.#indexStarted = true;
    this.#search.close();
    this.#search = SearchIndex.fromSnapshot(this.#snapshots.load('search'));
    if (this.integrity === 'verified' && this.#search.store.ledgerCounter === this.#ledger.counter()) {
      this.#indexQueue = [];
      this.#indexTotal = 0;
      return this.indexProgress();
    }
    const indexed = this.#search.versions();
    const stale: string[] = [];
    for (const [id, version] of this.#entries.versions()) {
      if (indexed.get(id) !== version) stale.push(id);
      indexed.delete(id);
    }
    for (const gone of indexed.keys()) this.#search.remove(gone);
    this.#dirty.search += stale.length + indexed.size + 1; // +1: record the current counter
    this.#indexQueue = stale;
    this.#indexTotal = stale.length;
    return this.indexProgress();
  }

  /** Indexes up to `batch` queued entries (re-reading each, so edits made meanwhile are honoured). */
  indexStep(batch: number): { done: number; total: number } {
    for (let n = 0; n < batch && this.#indexQueue.length > 0; n++) {
      const id = this.#indexQueue.pop()!;
      const found = this.#entries.tryGetVersioned(id);
      if (found) this.#search.upsert(found.entry.id, found.version, found.entry.title, found.entry.body);
      else this.#search.remove(id); // deleted (waiting to be purged), gone or damaged
    }
    return this.indexProgress();
  }

  indexProgress(): { done: number; total: number } {
    return { done: this.#indexTotal - this.#indexQueue.length, total: this.#indexTotal };
  }

  /**
   * Writes encrypted snapshots of the indexes that changed, so the next unlock restores them
   * instead of rebuilding. The search index is written only once complete.
   */
  persistSnapshots(): void {
    const counter = this.#ledger.counter();
    if (this.#timelineLoaded && (this.#dirty.timeline > 0 || this.#headStale)) {
      this.#timeline.store.ledgerCounter = counter;
      if (this.#dirty.timeline > 0) this.#snapshots.save('timeline', this.#timeline.store.serialize());
      const head: TimelineHead = { counter: String(counter), ...this.#timeline.page(HEAD_SIZE) };
      this.#snapshots.save('head', new TextEncoder().encode(JSON.stringify(head)));
      this.#dirty.timeline = 0;
      this.#headStale = false;
    }
    if (this.#dirty.search > 0 && this.#indexStarted && this.#indexQueue.length === 0) {
      this.#search.store.ledgerCounter = counter;
      this.#snapshots.save('search', this.#search.store.serialize());
      this.#dirty.search = 0;
    }
  }

  /**
   * Writes an encrypted backup of the whole vault (entries, attachments, settings, snapshots):
   * the database file as it stands after a full checkpoint, streamed through secretstream.
   * With `passphrase`, a separate backup passphrase opens it; otherwise the vault's own
   * passphrase or recovery key (as they are now) do.
   */
  writeBackup(
    destination: string,
    protection: { passphrase?: string | undefined },
    profile: KdfProfile,
    onProgress?: Progress,
  ): number {
    this.persistSnapshots();
    const [checkpoint] = this.#db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (checkpoint?.busy) throw new AppError('INTERNAL', 'the vault is busy; try the backup again');
    const fileKey = randomBytes(KEY_BYTES);
    try {
      if (protection.passphrase === undefined) {
        return writeBackup({
          source: this.#db.name,
          destination,
          fileKey,
          onProgress,
          fields: {
            wrap: 'vault',
            scope: this.#vaultId,
            slots: readSlots(this.#db).map(slotToHeader),
            wrappedFileKey: Buffer.from(
              seal(this.#backupKey, fileKey, fileKeyAssociatedData(this.#vaultId)),
            ).toString('base64'),
          },
        });
      }
      const derived = deriveCalibrated(protection.passphrase, profile);
      try {
        const scope = Buffer.from(randomBytes(16)).toString('hex');
        const slot = makeSlot(scope, 'passphrase', derived.params, derived.kek, fileKey);
        return writeBackup({
          source: this.#db.name,
          destination,
          fileKey,
          onProgress,
          fields: { wrap: 'direct', scope, slots: [slotToHeader(slot)] },
        });
      } finally {
        wipe(derived.kek);
      }
    } finally {
      wipe(fileKey);
    }
  }

  search(query: string, limit: number, narrowing?: SearchNarrowing): SearchResult {
    // Someone is searching: restore the index now rather than after the start delay.
    this.startIndexing();
    const terms = queryTerms(query);
    const hits: SearchResult['hits'] = [];
    // Narrowing reads the full timeline's summaries (tags, feelings, worksheet, date).
    if (narrowing) this.ensureTimeline();
    const keep = narrowing ? (ids: readonly string[]) => this.#timeline.narrowed(ids, narrowing) : undefined;
    for (const id of this.#search.search(terms, limit, keep)) {
      const entry = this.#entries.tryGet(id);
      if (!entry) continue;
      hits.push({
        id,
        createdAt: entry.createdAt,
        // The name the timeline's card shows: an untitled entry goes by its first sentence.
        title: highlight(displayTitle({ title: entry.title, excerpt: entryExcerpt(entry) }), terms),
        snippet: snippet(entry.body, terms),
      });
    }
    const { done, total } = this.indexProgress();
    return { hits, indexed: done, total };
  }

  close(): void {
    // Keep the next unlock fast: snapshot what changed this session (encrypted; derived data, so a
    // failure here only costs the next unlock a reconciliation).
    if (this.#db.open) {
      // Locking ends every undo: deleted entries are purged for real before the keys go.
      this.purgeDeleted();
      try {
        this.persistSnapshots();
      } catch {
        // nothing lost: the rows are the truth
      }
    }
    this.#search.close();
    this.#timeline.close();
    wipe(this.#fieldKey);
    wipe(this.#integrityKey);
    wipe(this.#snapshotKey);
    wipe(this.#backupKey);
    if (this.#db.open) {
      this.#db.pragma('wal_checkpoint(TRUNCATE)');
      this.#db.close();
    }
  }
}

function safeJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes)) as unknown;
  } catch {
    return undefined;
  }
}
