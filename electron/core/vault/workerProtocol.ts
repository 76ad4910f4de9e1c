import type { AppErrorShape } from '../../../shared/errors';
import type { AttachmentMeta } from '../../../shared/domain/attachment';
import type { SearchNarrowing, SearchResult } from '../../../shared/domain/search';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings';
import type {
  AutoBackupAttempt,
  AutoBackupRecord,
  AutoBackupSettings,
} from '../../../shared/domain/autoBackup';
import type { SafetyPlan } from '../../../shared/domain/safety';
import type { Checkin, CheckinDraft } from '../../../shared/domain/checkin';
import type { Feeling } from '../../../shared/domain/feelings';
import type { Worksheet, WorksheetKind } from '../../../shared/domain/worksheet';
import type { ExportLogRecord } from '../../../shared/exchange/exportRequest';
import type { ExportImage } from '../exchange/exportService';
import type { ExerciseSession, ExerciseSessionDraft } from '../../../shared/domain/exercise';
import type { ImportedEntry } from '../../../shared/exchange/importResult';
import type { SelfCheck, SelfCheckDraft } from '../../../shared/content/scales';
import type { UserPack, UserPackDraft } from '../../../shared/content/prompts/userPack';
import type { NewUserPack } from '../prompts/userPackStore';
import type { Entry, EntryFeelings, EntrySummary, PromptRef } from '../../../shared/domain/entry';
import type { IntegrityVerdict } from '../../../shared/domain/vault';
import type { Tag, TagColour } from '../../../shared/domain/tag';
import type { KdfProfile } from './kdfCalibration';
import type {
  CoupleStatus,
  DesireAnswer,
  DesireOverlap,
  PartnerId,
  PartnerProfile,
} from '../../../shared/domain/couple';
import type {
  SensateDebrief,
  SensateOwnEntry,
  SensateRatings,
  SensateSharedEntry,
  SensateStatus,
} from '../../../shared/domain/coupleSensate';
import type { TalkExerciseId } from '../../../shared/content/couple/talk';
import type { TalkFields, TalkRevealedRound, TalkStatus } from '../../../shared/domain/coupleTalk';
import type {
  CardImportResult,
  ExchangeStatus,
  FileImportResult,
} from '../../../shared/domain/coupleExchange';
import type { OutgoingFile } from '../couple/exchangeStore';
import type { UnlockMethod } from './vaultFiles';
import type { CoupleExportPreview, CoupleExportStatus } from '../../../shared/domain/coupleExport';
import type { CoupleSummaryDocument } from '../couple/coupleSummary';

/** Messages between the main thread (VaultClient) and the vault worker. */
export interface WorkerOps {
  create: {
    args: { dataDir: string; passphrase: string; profile: KdfProfile };
    result: { recoveryKey: string };
  };
  unlock: { args: { dataDir: string; credentials: UnlockMethod }; result: null };
  /** Verifies, then restores a backup in place of the vault; unlocks it when the same credentials open it. */
  restore: {
    args: { dataDir: string; file: string; credentials: UnlockMethod };
    result: { unlocked: boolean };
  };
  'vault.writeBackup': {
    args: {
      destination: string;
      passphrase?: string | undefined;
      profile: KdfProfile;
      /** Which progress events it reports under (the automatic one has its own). */
      task?: 'backup' | 'autoBackup' | undefined;
    };
    result: { bytes: number };
  };
  'vault.changePassphrase': { args: { current: string; next: string; profile: KdfProfile }; result: null };
  'vault.verifyPassphrase': { args: { passphrase: string }; result: null };
  'vault.regenerateRecoveryKey': { args: { passphrase: string }; result: { recoveryKey: string } };
  'vault.rotateDataKey': {
    args: { passphrase: string; profile: KdfProfile };
    result: { recoveryKey: string };
  };
  'settings.get': { args: null; result: Settings };
  'autoBackup.get': { args: null; result: AutoBackupRecord };
  'autoBackup.configure': { args: Partial<AutoBackupSettings>; result: AutoBackupRecord };
  'autoBackup.record': { args: { attempt: AutoBackupAttempt }; result: AutoBackupRecord };
  'settings.update': { args: SettingsPatch; result: Settings };
  'safety.get': { args: null; result: SafetyPlan };
  'checkins.add': { args: { draft: Omit<CheckinDraft, 'at'>; atIso: string }; result: Checkin };
  'checkins.list': {
    args: { limit: number; before?: string | undefined; since?: string | undefined };
    result: { checkins: Checkin[]; damaged: number };
  };
  'checkins.delete': { args: { id: string }; result: null };
  'selfchecks.add': { args: { draft: SelfCheckDraft; atIso: string }; result: SelfCheck };
  'selfchecks.list': { args: { limit: number }; result: { selfChecks: SelfCheck[]; damaged: number } };
  'exercises.add': { args: { draft: ExerciseSessionDraft }; result: ExerciseSession };
  'exercises.list': {
    args: { limit: number; since?: string | undefined };
    result: { sessions: ExerciseSession[]; damaged: number };
  };
  'exercises.delete': { args: { id: string }; result: null };
  'safety.save': { args: { plan: SafetyPlan; nowIso: string }; result: SafetyPlan };
  'attachments.add': {
    args: { entryId: string; name: string; dataBase64: string; nowIso: string };
    result: AttachmentMeta;
  };
  'attachments.list': { args: { entryId: string }; result: { attachments: AttachmentMeta[] } };
  'attachments.get': { args: { id: string }; result: { meta: AttachmentMeta; dataBase64: string } };
  'attachments.delete': { args: { id: string }; result: null };
  'search.query': {
    args: { query: string; limit: number; narrowing?: SearchNarrowing | undefined };
    result: SearchResult;
  };
  'entries.list': {
    args: {
      limit: number;
      cursor?: string | undefined;
      kinds?: WorksheetKind[] | undefined;
      packs?: string[] | undefined;
      tags?: string[] | undefined;
    };
    result: { entries: EntrySummary[]; nextCursor: string | null };
  };
  'entries.indexOf': {
    args: {
      before: string;
      kinds?: WorksheetKind[] | undefined;
      packs?: string[] | undefined;
      tags?: string[] | undefined;
    };
    result: { index: number; total: number };
  };
  'entries.get': { args: { id: string }; result: Entry };
  'entries.create': {
    args: {
      title: string;
      body: string;
      emotions: Feeling[];
      notForSharing: boolean;
      worksheet?: Worksheet | undefined;
      prompt?: PromptRef | null | undefined;
      tags: string[];
      createdAt?: string | undefined;
      nowIso: string;
    };
    result: Entry;
  };
  'entries.between': { args: { since: string; before: string }; result: { entries: EntrySummary[] } };
  'export.collect': {
    args: {
      entryIds: string[];
      since: string;
      before: string;
      checkins: boolean;
      selfChecks: boolean;
      exercises: boolean;
      images: boolean;
    };
    result: {
      entries: Entry[];
      unreadable: number;
      checkins: Checkin[];
      selfChecks: SelfCheck[];
      exercises: ExerciseSession[];
      images: ExportImage[];
      tagNames: Record<string, string>;
    };
  };
  'entries.import': {
    args: { entries: ImportedEntry[] };
    result: { imported: number; duplicates: number; images: number };
  };
  'exportLog.add': { args: { record: ExportLogRecord }; result: null };
  'exportLog.list': { args: null; result: { records: ExportLogRecord[] } };
  'packs.list': { args: null; result: { packs: UserPack[] } };
  /** A new pack (written or imported), or a new version of one when `id` is given. */
  'packs.save': {
    args: { draft: Omit<UserPackDraft, 'id'>; id?: string | undefined; nowIso: string };
    result: UserPack;
  };
  'packs.add': { args: { pack: NewUserPack; nowIso: string }; result: UserPack };
  'packs.delete': { args: { id: string }; result: null };
  'entries.feelings': {
    args: { since?: string; before?: string };
    result: { moments: EntryFeelings[] };
  };
  'entries.update': {
    args: {
      id: string;
      title: string;
      body: string;
      emotions: Feeling[];
      notForSharing: boolean;
      worksheet?: Worksheet | undefined;
      prompt?: PromptRef | null | undefined;
      /** Absent keeps the entry's tags. */
      tags?: string[] | undefined;
      createdAt?: string | undefined;
      nowIso: string;
    };
    result: Entry;
  };
  'entries.delete': { args: { id: string; nowIso: string }; result: { restorable: boolean } };
  'entries.restore': { args: { id: string }; result: Entry };
  'entries.purge': { args: { id: string }; result: null };
  'entries.setPinned': { args: { id: string; pinned: boolean }; result: Entry };
  'couple.status': { args: null; result: CoupleStatus };
  'couple.setup': {
    args: { partners: Record<PartnerId, PartnerProfile & { secret: string }>; profile: KdfProfile };
    result: CoupleStatus;
  };
  'couple.desires.submit': {
    args: { partner: PartnerId; secret: string; answers: Record<string, DesireAnswer> };
    result: CoupleStatus;
  };
  'couple.desires.ready': {
    args: { partner: PartnerId; secret: string; ready: boolean };
    result: CoupleStatus;
  };
  'couple.desires.reveal': { args: { secrets: Record<PartnerId, string> }; result: DesireOverlap[] };
  'couple.desires.overlaps': { args: { partner: PartnerId; secret: string }; result: DesireOverlap[] };
  'couple.desires.leave': { args: { partner: PartnerId; secret: string }; result: CoupleStatus };
  'couple.sensate.status': { args: null; result: SensateStatus };
  'couple.sensate.start': {
    args: { secrets: Record<PartnerId, string>; limits: string; nowIso: string };
    result: { sessionId: string; status: SensateStatus };
  };
  'couple.sensate.stop': { args: { sessionId: string }; result: SensateStatus };
  'couple.sensate.rate': {
    args: { partner: PartnerId; secret: string; sessionId: string; ratings: SensateRatings; note: string };
    result: SensateStatus;
  };
  'couple.sensate.debrief': {
    args: { secrets: Record<PartnerId, string>; sessionId: string; debrief: SensateDebrief };
    result: SensateStatus;
  };
  'couple.sensate.ready': {
    args: { partner: PartnerId; secret: string; ready: boolean };
    result: SensateStatus;
  };
  'couple.sensate.setStage': {
    args: { secrets: Record<PartnerId, string>; stage: number };
    result: SensateStatus;
  };
  'couple.sensate.own': { args: { partner: PartnerId; secret: string }; result: SensateOwnEntry[] };
  'couple.sensate.shared': { args: { partner: PartnerId; secret: string }; result: SensateSharedEntry[] };
  'couple.export.status': { args: null; result: CoupleExportStatus };
  'couple.export.draft': {
    args: {
      partner: PartnerId;
      secret: string;
      sections: string[];
      lang: 'en' | 'fr';
      timeZone?: string | undefined;
      nowIso: string;
    };
    result: CoupleExportPreview;
  };
  'couple.export.preview': { args: { partner: PartnerId; secret: string }; result: CoupleExportPreview };
  'couple.export.note': {
    args: { partner: PartnerId; secret: string; note: string };
    result: CoupleExportPreview;
  };
  'couple.export.approve': {
    args: { partner: PartnerId; secret: string; hash: string; agree: string[] };
    result: CoupleExportPreview;
  };
  'couple.export.withdraw': { args: { partner: PartnerId; secret: string }; result: CoupleExportStatus };
  /** What to write, once both approvals match the text; the main process lays it out and writes it. */
  'couple.export.forWriting': {
    args: { partner: PartnerId; secret: string; hash: string; format: 'markdown' | 'pdf' };
    result: { document: CoupleSummaryDocument; text: string; hash: string; fileName: string };
  };
  'couple.talk.status': { args: null; result: TalkStatus };
  'couple.talk.start': { args: { exercise: TalkExerciseId; questionId: string | null }; result: TalkStatus };
  'couple.talk.answer': {
    args: { partner: PartnerId; secret: string; roundId: string; fields: TalkFields; consented: boolean };
    result: TalkStatus;
  };
  'couple.talk.ready': {
    args: { partner: PartnerId; secret: string; roundId: string; ready: boolean };
    result: TalkStatus;
  };
  'couple.talk.reveal': {
    args: { secrets: Record<PartnerId, string>; roundId: string; nowIso: string };
    result: TalkRevealedRound;
  };
  'couple.talk.read': {
    args: { partner: PartnerId; secret: string; roundId: string };
    result: TalkRevealedRound;
  };
  'couple.talk.leave': { args: { partner: PartnerId; secret: string; roundId: string }; result: TalkStatus };
  'couple.exchange.status': { args: null; result: ExchangeStatus };
  'couple.exchange.setName': { args: { name: string }; result: ExchangeStatus };
  'couple.exchange.card': { args: null; result: OutgoingFile };
  'couple.exchange.importCard': {
    args: { file: Uint8Array };
    result: Exclude<CardImportResult, { status: 'cancelled' }>;
  };
  'couple.exchange.confirm': { args: { codesMatch: boolean; nowMs: number }; result: ExchangeStatus };
  'couple.exchange.forget': { args: null; result: ExchangeStatus };
  'couple.exchange.start': { args: { answers: Record<string, DesireAnswer> }; result: ExchangeStatus };
  'couple.exchange.reply': { args: { answers: Record<string, DesireAnswer> }; result: ExchangeStatus };
  'couple.exchange.stop': { args: null; result: ExchangeStatus };
  'couple.exchange.outgoing': { args: null; result: OutgoingFile | null };
  'couple.exchange.import': {
    args: { file: Uint8Array };
    result: Exclude<FileImportResult, { status: 'cancelled' }>;
  };
  'tags.list': { args: null; result: { tags: Tag[]; damaged: number } };
  'tags.create': { args: { name: string; colour: TagColour }; result: Tag };
  'tags.update': {
    args: { id: string; name?: string | undefined; colour?: TagColour | undefined };
    result: Tag;
  };
  'tags.merge': { args: { from: string[]; into: string }; result: Tag };
  'tags.delete': { args: { id: string }; result: null };
  close: { args: null; result: null };
}

export type WorkerOp = keyof WorkerOps;

export interface WorkerRequest<O extends WorkerOp = WorkerOp> {
  readonly id: number;
  readonly op: O;
  readonly args: WorkerOps[O]['args'];
}

/** Progress of a long operation, posted by the worker while it runs (no reply expected). */
export interface WorkerProgress {
  readonly progress: {
    readonly task: 'rotateDataKey' | 'index' | 'backup' | 'autoBackup' | 'restore';
    readonly done: number;
    readonly total: number;
  };
}

/** The verdict of the integrity check started after unlock (no reply expected). */
export interface WorkerIntegrity {
  readonly integrity: IntegrityVerdict;
}

export type WorkerResponse =
  | { readonly id: number; readonly ok: true; readonly value: unknown }
  | { readonly id: number; readonly ok: false; readonly error: AppErrorShape };
