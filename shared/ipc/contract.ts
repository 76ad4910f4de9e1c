import { z } from 'zod';
import type { IpcResult } from '../errors';
import {
  EntryDraftSchema,
  EntryFeelingsSchema,
  EntryIdSchema,
  EntrySchema,
  EntrySummarySchema,
  IsoInstantSchema,
  MAX_PACK_FILTER,
  PromptPackIdSchema,
} from '../domain/entry';
import { WORKSHEET_KINDS, WorksheetKindSchema } from '../domain/worksheet';
import {
  EntryTagsSchema,
  MAX_TAG_FILTER,
  TagColourSchema,
  TagIdSchema,
  TagNameSchema,
  TagSchema,
} from '../domain/tag';
import {
  IntegrityVerdictSchema,
  LockReasonSchema,
  NewPassphraseSchema,
  PassphraseSchema,
  VaultStatusSchema,
} from '../domain/vault';
import {
  AttachmentAddSchema,
  AttachmentIdSchema,
  AttachmentMetaSchema,
  Base64Schema,
} from '../domain/attachment';
import { SearchQuerySchema, SearchResultSchema } from '../domain/search';
import { SettingsPatchSchema, SettingsSchema } from '../domain/settings';
import { SafetyPlanSchema } from '../domain/safety';
import { AutoBackupPatchSchema, AutoBackupStatusSchema } from '../domain/autoBackup';
import { AppPreferencesSchema } from '../domain/preferences';
import { CheckinDraftSchema, CheckinIdSchema, CheckinSchema } from '../domain/checkin';
import { SelfCheckDraftSchema, SelfCheckSchema } from '../content/scales';
import {
  ExerciseSessionDraftSchema,
  ExerciseSessionIdSchema,
  ExerciseSessionSchema,
} from '../domain/exercise';
import {
  ExportLogRecordSchema,
  ExportRequestSchema,
  ExportWriteRequestSchema,
} from '../exchange/exportRequest';
import { ImportKindSchema, ImportReportSchema } from '../exchange/importRequest';
import {
  PackProblemSchema,
  UserPackDraftSchema,
  UserPackIdSchema,
  UserPackSchema,
} from '../content/prompts/userPack';
import {
  CoupleSetupSchema,
  CoupleStatusSchema,
  DesireOverlapsSchema,
  DesireReadySchema,
  DesireRevealSchema,
  DesireSubmitSchema,
  PartnerCredentialSchema,
} from '../domain/couple';
import {
  SensateDebriefInputSchema,
  SensateOwnSchema,
  SensateRateSchema,
  SensateReadySchema,
  SensateSetStageSchema,
  SensateSharedSchema,
  SensateStartSchema,
  SensateStartedSchema,
  SensateStatusSchema,
  SensateStopSchema,
} from '../domain/coupleSensate';
import {
  CoupleExportApproveSchema,
  CoupleExportDraftSchema,
  CoupleExportNoteSchema,
  CoupleExportPreviewSchema,
  CoupleExportStatusSchema,
  CoupleExportWriteSchema,
  CoupleExportWrittenSchema,
} from '../domain/coupleExport';
import {
  TalkAnswerSchema,
  TalkReadySchema,
  TalkRevealedRoundSchema,
  TalkRevealSchema,
  TalkRoundCredentialSchema,
  TalkStartSchema,
  TalkStatusSchema,
} from '../domain/coupleTalk';
import {
  CardImportResultSchema,
  ExchangeAnswersSchema,
  ExchangeConfirmSchema,
  ExchangeSavedSchema,
  ExchangeSetNameSchema,
  ExchangeStatusSchema,
  FileImportResultSchema,
} from '../domain/coupleExchange';

const ExportCountsSchema = z.object({
  entries: z.number().int(),
  unreadable: z.number().int(),
  checkins: z.number().int(),
  selfChecks: z.number().int(),
  hiddenPassages: z.number().int(),
  /** Images written beside a Markdown export. */
  images: z.number().int(),
});

/**
 * The one table of everything the renderer may ask of the core: `domain:verb` → zod schemas.
 * The main process parses every input with `input` (the renderer is untrusted) and every
 * output with `output` (so nothing beyond the declared fields ever crosses the boundary).
 */
const NoInput = z.undefined();

export const RecoveryKeySchema = z
  .string()
  .max(200)
  .regex(/^[A-Za-z0-9\s-]+$/, 'a recovery key uses letters, digits, spaces and dashes');

export const UnlockInputSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('passphrase'), passphrase: PassphraseSchema }),
  z.object({ method: z.literal('recovery'), recoveryKey: RecoveryKeySchema }),
]);

export const contract = {
  'vault:status': { input: NoInput, output: VaultStatusSchema },
  /** Language, theme and region: needed before unlock, kept in clear beside the vault (never content). */
  'prefs:get': { input: NoInput, output: AppPreferencesSchema },
  'prefs:set': { input: AppPreferencesSchema, output: AppPreferencesSchema },
  'vault:create': {
    input: z.object({ passphrase: NewPassphraseSchema }),
    /** The recovery key is shown once, at creation, and never stored in clear anywhere. */
    output: z.object({ status: VaultStatusSchema, recoveryKey: z.string() }),
  },
  'vault:unlock': { input: UnlockInputSchema, output: VaultStatusSchema },
  'vault:lock': { input: NoInput, output: VaultStatusSchema },
  /**
   * Checks the passphrase while unlocked (leaving the couple space returns to the journal only
   * with it); a wrong one is BAD_PASSPHRASE, with the same back-off as unlocking.
   */
  'vault:verifyPassphrase': {
    input: z.object({ passphrase: PassphraseSchema }),
    output: z.object({ verified: z.literal(true) }),
  },
  /** Rewraps the data key only; entries are not re-encrypted. The current passphrase is required. */
  'vault:changePassphrase': {
    input: z.object({ current: PassphraseSchema, next: NewPassphraseSchema }),
    output: VaultStatusSchema,
  },
  /** The old recovery key stops working; the new one is shown once. */
  'vault:regenerateRecoveryKey': {
    input: z.object({ passphrase: PassphraseSchema }),
    output: z.object({ recoveryKey: z.string() }),
  },

  /**
   * Re-encrypts every record under a fresh data key (progress via 'vault:progress'). Issues a
   * new recovery key: the old recovery slot cannot be rewrapped without the old recovery key.
   */
  'vault:rotateDataKey': {
    input: z.object({ passphrase: PassphraseSchema }),
    output: z.object({ recoveryKey: z.string() }),
  },
  /**
   * Writes an encrypted backup of the whole vault. The main process asks where (a native save
   * dialog the renderer cannot fill in); progress via 'vault:progress'. Without `passphrase`
   * the backup opens with the vault's passphrase or recovery key as they are now.
   */
  /** Readable entries written in [since, before), oldest first: what an export can offer. */
  'entries:between': {
    input: z.object({ since: IsoInstantSchema, before: IsoInstantSchema }),
    output: z.object({ entries: z.array(EntrySummarySchema) }),
  },
  /** The exact text an export would write, and what it holds; nothing is written. */
  'export:preview': {
    input: ExportRequestSchema,
    output: z.object({ text: z.string(), fileName: z.string(), counts: ExportCountsSchema }),
  },
  /**
   * Writes an export: the main process shows what will be written and that it is NOT encrypted
   * in a native dialog the renderer cannot skip, then asks where (native save dialog), writes the
   * file (0600) and records it in the encrypted export log. With a password, the file is
   * encrypted so that a therapist opens it with standard tools (see ExportWriteRequestSchema).
   */
  'export:write': {
    input: ExportWriteRequestSchema,
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('written'), fileName: z.string(), counts: ExportCountsSchema }),
    ]),
  },
  /**
   * Imports from another journal (or an Alcove JSON export): the main process asks for the file
   * or folder (native dialog), reads it within limits, and adds its entries in one transaction,
   * leaving out those already in the journal. BAD_IMPORT when the file is refused as a whole.
   */
  'import:run': {
    input: z.object({ kind: ImportKindSchema }),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('imported'), fileName: z.string(), report: ImportReportSchema }),
    ]),
  },
  /** Every export written, newest first (never their content). */
  'export:log': { input: NoInput, output: z.object({ records: z.array(ExportLogRecordSchema) }) },
  'backup:create': {
    input: z.object({ passphrase: NewPassphraseSchema.optional() }),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('written'), fileName: z.string(), bytes: z.number().int().positive() }),
    ]),
  },
  /**
   * Step one of a restore (while locked): the main process asks which file (native dialog),
   * checks its header without any key and remembers it under a token. Nothing is changed.
   */
  'backup:choose': {
    input: NoInput,
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({
        status: z.literal('chosen'),
        token: z.string(),
        fileName: z.string(),
        /** 'vault': opens with the vault passphrase or recovery key it had; 'backup-passphrase': its own. */
        protection: z.enum(['vault', 'backup-passphrase']),
        /** The file's size. */
        bytes: z.number().int().positive(),
      }),
    ]),
  },
  /**
   * Step two: verifies the whole file, asks the user to confirm replacing the current vault
   * (native dialog), then restores. The previous vault is kept until the restored one opens.
   */
  'backup:restore': {
    input: z.object({ token: z.string().max(100), credentials: UnlockInputSchema }),
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('restored'), vault: VaultStatusSchema }),
    ]),
  },
  /** Automatic backups: settings, the last attempt, and whether one is being written now. */
  'autoBackup:status': { input: NoInput, output: AutoBackupStatusSchema },
  /**
   * Switches automatic backups on or off, or changes how often and how many are kept. Never the
   * folder (see 'autoBackup:chooseFolder'); switching on without a folder is VALIDATION. Once on,
   * a due backup starts in the background ('autoBackup:attempted' tells how it went).
   */
  'autoBackup:configure': { input: AutoBackupPatchSchema, output: AutoBackupStatusSchema },
  /**
   * The main process asks for the folder in a native dialog (the renderer never names a path).
   * While on, a new folder gets a backup right away, in the background.
   */
  'autoBackup:chooseFolder': {
    input: NoInput,
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('chosen'), backup: AutoBackupStatusSchema }),
    ]),
  },
  /** Writes an automatic backup now, due or not, and answers once it is written or has failed. */
  'autoBackup:run': { input: NoInput, output: AutoBackupStatusSchema },
  'entries:list': {
    input: z.object({
      limit: z.number().int().min(1).max(500),
      /** Opaque cursor from the previous page; absent for the first page. */
      cursor: z.string().max(200).optional(),
      /** Only entries holding one of these worksheets (a framework is the set of its kinds). */
      kinds: z.array(WorksheetKindSchema).min(1).max(WORKSHEET_KINDS.length).optional(),
      /** Only entries written from a prompt of one of these packs (shipped or the user's own). */
      packs: z.array(PromptPackIdSchema).min(1).max(MAX_PACK_FILTER).optional(),
      /** Only entries carrying one of these tags (and whatever kinds or packs ask). */
      tags: z.array(TagIdSchema).min(1).max(MAX_TAG_FILTER).optional(),
    }),
    output: z.object({ entries: z.array(EntrySummarySchema), nextCursor: z.string().nullable() }),
  },
  /**
   * Where a date falls in the timeline as `entries:list` orders it (same filter): `index` is the
   * position of the first entry written before `before` (the end of the day asked for, as an
   * instant), `total` how many entries the list holds; `index === total` when none is that old.
   */
  'entries:indexOf': {
    input: z.object({
      before: IsoInstantSchema,
      kinds: z.array(WorksheetKindSchema).min(1).max(WORKSHEET_KINDS.length).optional(),
      packs: z.array(PromptPackIdSchema).min(1).max(MAX_PACK_FILTER).optional(),
      tags: z.array(TagIdSchema).min(1).max(MAX_TAG_FILTER).optional(),
    }),
    output: z.object({ index: z.number().int().min(0), total: z.number().int().min(0) }),
  },
  'entries:get': { input: z.object({ id: EntryIdSchema }), output: EntrySchema },
  'entries:create': { input: EntryDraftSchema, output: EntrySchema },
  /** Without `tags`, the entry keeps the tags it has. */
  'entries:update': {
    input: EntryDraftSchema.extend({ id: EntryIdSchema, tags: EntryTagsSchema.optional() }),
    output: EntrySchema,
  },
  /** The vault's tags (encrypted), sorted by name; `damaged` counts those that failed to open. */
  'tags:list': {
    input: NoInput,
    output: z.object({ tags: z.array(TagSchema), damaged: z.number().int().nonnegative() }),
  },
  /** A name another tag has (case and accents aside) is VALIDATION. */
  'tags:create': {
    input: z.strictObject({ name: TagNameSchema, colour: TagColourSchema }),
    output: TagSchema,
  },
  /** Renames and/or recolours: one row, whatever the number of entries carrying the tag. */
  'tags:update': {
    input: z.strictObject({
      id: TagIdSchema,
      name: TagNameSchema.optional(),
      colour: TagColourSchema.optional(),
    }),
    output: TagSchema,
  },
  /** The entries carrying any of `from` carry `into` instead, then `from` are deleted: one transaction. */
  'tags:merge': {
    input: z.strictObject({ from: z.array(TagIdSchema).min(1).max(MAX_TAG_FILTER), into: TagIdSchema }),
    output: TagSchema,
  },
  /** Deletes the tag and takes it off every entry (the entries stay). */
  'tags:delete': {
    input: z.strictObject({ id: TagIdSchema }),
    output: z.object({ id: TagIdSchema }),
  },
  /** Personal settings, stored encrypted in the vault (available while unlocked). */
  'settings:get': { input: NoInput, output: SettingsSchema },
  'settings:update': { input: SettingsPatchSchema, output: SettingsSchema },
  /**
   * The personal safety plan shown on the safety screen (encrypted in the vault, so only while
   * unlocked; the crisis lines themselves are public data in the renderer, always available).
   */
  'safety:getPlan': { input: NoInput, output: SafetyPlanSchema },
  'safety:savePlan': { input: SafetyPlanSchema, output: SafetyPlanSchema },
  /** A quick emotion check-in (grid point, up to three labels with intensities, note, context). */
  'checkins:add': { input: CheckinDraftSchema, output: CheckinSchema },
  /**
   * Newest first; `before` (an instant) pages back, `since` stops at an instant (for insights).
   * `damaged` counts records that failed to open.
   */
  'checkins:list': {
    input: z.object({
      limit: z.number().int().min(1).max(10_000),
      before: IsoInstantSchema.optional(),
      since: IsoInstantSchema.optional(),
    }),
    output: z.object({ checkins: z.array(CheckinSchema), damaged: z.number().int().nonnegative() }),
  },
  'checkins:delete': {
    input: z.object({ id: CheckinIdSchema }),
    output: z.object({ id: CheckinIdSchema }),
  },
  /**
   * Self-check-ins (WHO-5, PHQ-9, GAD-7), opt-in in the settings. The core scores the answers
   * (score, published band, instrument version); results are to discuss with a therapist.
   */
  'selfchecks:add': { input: SelfCheckDraftSchema, output: SelfCheckSchema },
  'selfchecks:list': {
    input: z.object({ limit: z.number().int().min(1).max(1000) }),
    output: z.object({ selfChecks: z.array(SelfCheckSchema), damaged: z.number().int().nonnegative() }),
  },
  /**
   * Guided exercise sessions (box breathing, cohérence cardiaque, grounding 5-4-3-2-1) with optional
   * distress ratings 0–10 before and after, saved only when the person chooses to. The core refuses
   * a session that starts (or ends) in the future by its own clock.
   */
  'exercises:add': { input: ExerciseSessionDraftSchema, output: ExerciseSessionSchema },
  /** Newest first (by start); `since` keeps the sessions started at or after an instant. */
  'exercises:list': {
    input: z.strictObject({
      limit: z.number().int().min(1).max(10_000),
      since: IsoInstantSchema.optional(),
    }),
    output: z.object({
      sessions: z.array(ExerciseSessionSchema),
      damaged: z.number().int().nonnegative(),
    }),
  },
  'exercises:delete': {
    input: z.strictObject({ id: ExerciseSessionIdSchema }),
    output: z.object({ id: ExerciseSessionIdSchema }),
  },
  /** Images attached to an entry: type checked from the bytes, encrypted with their metadata. */
  'attachments:add': { input: AttachmentAddSchema, output: AttachmentMetaSchema },
  'attachments:list': {
    input: z.object({ entryId: EntryIdSchema }),
    output: z.object({ attachments: z.array(AttachmentMetaSchema) }),
  },
  'attachments:get': {
    input: z.object({ id: AttachmentIdSchema }),
    output: z.object({ meta: AttachmentMetaSchema, dataBase64: Base64Schema }),
  },
  'attachments:delete': {
    input: z.object({ id: AttachmentIdSchema }),
    output: z.object({ id: AttachmentIdSchema }),
  },
  /** Full-text search (French and English stemming, accent-insensitive, prefix), ranked. */
  'search:query': { input: SearchQuerySchema, output: SearchResultSchema },
  /** Feelings named on entries (newest first), for insights; never the entries' text. */
  'entries:feelings': {
    input: z.object({ since: IsoInstantSchema.optional(), before: IsoInstantSchema.optional() }),
    output: z.object({ moments: z.array(EntryFeelingsSchema) }),
  },
  /**
   * Deletes with an undo: the entry is gone from every list at once and purged for real by
   * 'entries:purge' (when the undo expires), at lock, or at the next unlock. `restorable` is
   * false for a damaged entry, which is purged at once (there is nothing to bring back).
   */
  'entries:delete': {
    input: z.object({ id: EntryIdSchema }),
    output: z.object({ id: EntryIdSchema, restorable: z.boolean() }),
  },
  /** Undoes 'entries:delete' while the entry is not yet purged; NOT_FOUND afterwards. */
  'entries:restore': { input: z.object({ id: EntryIdSchema }), output: EntrySchema },
  /** Purges a deleted entry now (its undo expired); NOT_FOUND for one that is not deleted. */
  'entries:purge': { input: z.object({ id: EntryIdSchema }), output: z.object({ id: EntryIdSchema }) },
  /** Pins or unpins; not an edit, so `updatedAt` does not change. */
  'entries:setPinned': {
    input: z.object({ id: EntryIdSchema, pinned: z.boolean() }),
    output: EntrySchema,
  },
  /** The user's own prompt packs (written in Alcove or imported), kept encrypted in the vault. */
  'packs:list': { input: NoInput, output: z.object({ packs: z.array(UserPackSchema) }) },
  /** Creates a pack of the user's own, or a new version of one (with `id`). */
  'packs:save': { input: UserPackDraftSchema, output: UserPackSchema },
  'packs:delete': {
    input: z.strictObject({ id: UserPackIdSchema }),
    output: z.object({ id: UserPackIdSchema }),
  },
  /**
   * Imports a prompt pack file (docs/prompt-pack.schema.json): the main process asks which file
   * (native dialog) and reads it within limits. A refused file ('BAD_PACK') imports nothing and
   * comes back with every problem found, each saying where, for the screen to list.
   */
  'packs:import': {
    input: NoInput,
    output: z.discriminatedUnion('status', [
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('imported'), fileName: z.string(), pack: UserPackSchema }),
      z.object({
        status: z.literal('refused'),
        code: z.literal('BAD_PACK'),
        fileName: z.string(),
        problems: z.array(PackProblemSchema),
        /** Problems found beyond those listed. */
        more: z.number().int().nonnegative(),
      }),
    ]),
  },
  // The couple space (issue 8): each partner's secret comes in for one call and is never kept.
  'couple:status': { input: NoInput, output: CoupleStatusSchema },
  'couple:setup': { input: CoupleSetupSchema, output: CoupleStatusSchema },
  'couple:desires:submit': { input: DesireSubmitSchema, output: CoupleStatusSchema },
  'couple:desires:ready': { input: DesireReadySchema, output: CoupleStatusSchema },
  /** Only the overlaps (mutual yes, yes/maybe): a "no" is never returned. */
  'couple:desires:reveal': { input: DesireRevealSchema, output: DesireOverlapsSchema },
  'couple:desires:overlaps': { input: PartnerCredentialSchema, output: DesireOverlapsSchema },
  'couple:desires:leave': { input: PartnerCredentialSchema, output: CoupleStatusSchema },
  // Sensate focus: shared parts open with either secret; a partner's ratings and note only with theirs.
  'couple:sensate:status': { input: NoInput, output: SensateStatusSchema },
  'couple:sensate:start': { input: SensateStartSchema, output: SensateStartedSchema },
  /** No secret and no reason: stopping is never gated. */
  'couple:sensate:stop': { input: SensateStopSchema, output: SensateStatusSchema },
  'couple:sensate:rate': { input: SensateRateSchema, output: SensateStatusSchema },
  'couple:sensate:debrief': { input: SensateDebriefInputSchema, output: SensateStatusSchema },
  'couple:sensate:ready': { input: SensateReadySchema, output: SensateStatusSchema },
  'couple:sensate:setStage': { input: SensateSetStageSchema, output: SensateStatusSchema },
  'couple:sensate:own': { input: PartnerCredentialSchema, output: SensateOwnSchema },
  'couple:sensate:shared': { input: PartnerCredentialSchema, output: SensateSharedSchema },
  // The couple summary for a therapist: written only once both partners approved its exact text.
  'couple:export:status': { input: NoInput, output: CoupleExportStatusSchema },
  'couple:export:draft': { input: CoupleExportDraftSchema, output: CoupleExportPreviewSchema },
  'couple:export:preview': { input: PartnerCredentialSchema, output: CoupleExportPreviewSchema },
  'couple:export:note': { input: CoupleExportNoteSchema, output: CoupleExportPreviewSchema },
  'couple:export:approve': { input: CoupleExportApproveSchema, output: CoupleExportPreviewSchema },
  'couple:export:withdraw': { input: PartnerCredentialSchema, output: CoupleExportStatusSchema },
  /** Asks where to save (native dialog), writes the file and records it in the export log. */
  'couple:export:write': { input: CoupleExportWriteSchema, output: CoupleExportWrittenSchema },
  // Conversation exercises: answers cross only from a revealed round, side by side.
  'couple:talk:status': { input: NoInput, output: TalkStatusSchema },
  'couple:talk:start': { input: TalkStartSchema, output: TalkStatusSchema },
  'couple:talk:answer': { input: TalkAnswerSchema, output: TalkStatusSchema },
  'couple:talk:ready': { input: TalkReadySchema, output: TalkStatusSchema },
  'couple:talk:reveal': { input: TalkRevealSchema, output: TalkRevealedRoundSchema },
  'couple:talk:read': { input: TalkRoundCredentialSchema, output: TalkRevealedRoundSchema },
  'couple:talk:leave': { input: TalkRoundCredentialSchema, output: TalkStatusSchema },
  // Two machines (issue 8): pairing cards and partner files, written and picked by native dialogs.
  'couple:exchange:status': { input: NoInput, output: ExchangeStatusSchema },
  'couple:exchange:name': { input: ExchangeSetNameSchema, output: ExchangeStatusSchema },
  'couple:exchange:saveCard': { input: NoInput, output: ExchangeSavedSchema },
  'couple:exchange:importCard': { input: NoInput, output: CardImportResultSchema },
  'couple:exchange:confirm': { input: ExchangeConfirmSchema, output: ExchangeStatusSchema },
  'couple:exchange:forget': { input: NoInput, output: ExchangeStatusSchema },
  /** Makes the invitation (kept until saved with couple:exchange:saveFile). */
  'couple:exchange:start': { input: ExchangeAnswersSchema, output: ExchangeStatusSchema },
  'couple:exchange:reply': { input: ExchangeAnswersSchema, output: ExchangeStatusSchema },
  'couple:exchange:stop': { input: NoInput, output: ExchangeStatusSchema },
  'couple:exchange:saveFile': { input: NoInput, output: ExchangeSavedSchema },
  'couple:exchange:import': { input: NoInput, output: FileImportResultSchema },
} as const;

/** Messages the core pushes to the renderer (no reply). */
export const events = {
  'vault:locked': z.object({ reason: LockReasonSchema }),
  /** The verdict of the vault-wide integrity check that starts at unlock. */
  'vault:integrity': z.object({ verdict: IntegrityVerdictSchema }),
  'vault:progress': z.object({
    task: z.enum(['rotateDataKey', 'index', 'backup', 'autoBackup', 'restore']),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
  }),
  /** An automatic backup was written or failed (also those the timer started). */
  'autoBackup:attempted': AutoBackupStatusSchema,
  /** The native menu's "Search…" (Ctrl/⌘+K): the journal opens its search palette, if it is showing. */
  'menu:search': z.object({}),
} as const;

export type Contract = typeof contract;
export type Channel = keyof Contract;
export type EventName = keyof typeof events;

/** What the caller passes (defaults not yet applied). */
export type Input<C extends Channel> = z.input<Contract[C]['input']>;
/** What the handler receives after validation. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>;
export type Output<C extends Channel> = z.output<Contract[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const CHANNELS = Object.keys(contract) as Channel[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && Object.hasOwn(contract, value);
}

export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(events, value);
}

/** The core implements this: one async function per channel, given already-validated input. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> };

/**
 * What the preload (or, in tests and preview, the loopback bridge) exposes on `window.alcove`.
 * Deliberately generic and tiny: no raw ipcRenderer, only contract channels.
 */
export interface AlcoveBridge {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<IpcResult<Output<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** 'electron' in the app; 'preview' or 'test' through the loopback bridge. */
  readonly host: 'electron' | 'preview' | 'test';
}
