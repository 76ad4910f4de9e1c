import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { inspectBackup } from './backup/backupHeader';
import { AutoBackupScheduler, isDue } from './backup/autoBackup';
import type { AutoBackupRecord, AutoBackupStatus } from '../../shared/domain/autoBackup';
import { readAppPreferences, writeAppPreferences } from './settings/appPreferences';
import { ReminderScheduler, systemReminderClock, type ReminderClock } from './reminders/reminderScheduler';
import type { ReminderMessage } from '../../shared/domain/reminders';
import type { AppPreferences } from '../../shared/domain/preferences';
import { entryDateProblem } from '../../shared/domain/entry';
import type { EventName, EventPayload, Handlers } from '../../shared/ipc/contract';
import type { LockReason } from '../../shared/domain/vault';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings';
import type { KdfProfile } from './vault/kdfCalibration';
import { VaultClient } from './vault/vaultClient';
import { tagHandlers } from './tags/tagHandlers';
import {
  MAX_CARD_BYTES,
  MAX_PARTNER_FILE_BYTES,
  readPartnerFile,
  savePartnerText,
} from './couple/partnerFiles';
import { buildExport, exportBytes, writeExportFile, writtenFileName } from './exchange/exportService';
import { coupleSummaryToPdf } from './exchange/pdfExport';
import type { ExportFormat, ExportRequest } from '../../shared/exchange/exportRequest';
import type { ImportKind } from '../../shared/exchange/importRequest';
import { importFrom } from './exchange/import/importSource';
import { ImportError } from './exchange/import/importError';
import { readImportSource } from './exchange/import/readImportSource';
import { PackError, parsePackFile, readPackFile, samePackContent } from './prompts/packFile';
import { MAX_PACK_PROBLEMS_SHOWN, MAX_USER_PACKS } from '../../shared/content/prompts/userPack';

/** What an export is about to write, for the consent dialog. */
export interface ExportConsent {
  format: ExportFormat;
  entries: number;
  checkins: number;
  selfChecks: number;
  hiddenPassages: number;
  /** Images written beside a Markdown file. */
  images: number;
  /** Encrypted with a password the user chose; false: the file is readable by anyone. */
  protected: boolean;
}

/**
 * The native dialogs the core needs, supplied by the adapter (Electron's `dialog`; the test
 * bridge answers from a folder). File paths come only from here, never from the renderer.
 */
export interface CoreDialogs {
  /**
   * Asked before any export is written: what it holds and that the file is not encrypted;
   * false cancels. Native, so the renderer cannot answer it.
   */
  confirmExport(consent: ExportConsent): Promise<boolean>;
  /** The file (or, for 'markdown', the folder) to import; null when the user cancels. */
  openImport(kind: ImportKind): Promise<string | null>;
  /** The prompt pack file to import (JSON); null when the user cancels. */
  openPack(): Promise<string | null>;
  /** Where to write an export; null when the user cancels. */
  saveExport(suggestedName: string): Promise<string | null>;
  /**
   * Where to write a couple summary both partners approved (not encrypted: the dialog says so);
   * null when the user cancels.
   */
  saveCoupleSummary(suggestedName: string): Promise<string | null>;
  /** Where to write a backup; null when the user cancels. */
  saveBackup(suggestedName: string): Promise<string | null>;
  /** Which backup to restore; null when the user cancels. */
  openBackup(): Promise<string | null>;
  /** Asked before a restore replaces an existing vault; false cancels. */
  confirmRestore(fileName: string): Promise<boolean>;
  /** The folder automatic backups go to; null when the user cancels. */
  chooseBackupFolder(): Promise<string | null>;
  /** Where to write a pairing card ('card') or a partner file ('file'); null when the user cancels. */
  savePartnerFile(kind: PartnerFileKind, suggestedName: string): Promise<string | null>;
  /** The partner's pairing card or partner file to import; null when the user cancels. */
  openPartnerFile(kind: PartnerFileKind): Promise<string | null>;
}

/** A pairing card (text, not secret) or a partner file (sealed to the partner). */
export type PartnerFileKind = 'card' | 'file';

export interface CoreOptions {
  /** Folder that holds the vault (the app passes app.getPath('userData')). */
  readonly dataDir: string;
  /** Path of the built vault worker bundle (dist/electron/vaultWorker.cjs). */
  readonly workerPath: string;
  /** Pushes an event to the renderer(s). */
  readonly emit: <E extends EventName>(event: E, payload: EventPayload<E>) => void;
  readonly dialogs: CoreDialogs;
  /** The clock; tests pass their own. */
  readonly now?: () => Date;
  /**
   * Cost of Argon2id for new passphrase slots. The app always uses 'calibrated'; tests and
   * benchmarks may use 'floor' — the minimum ever accepted, (2, 64 MiB), never anything weaker.
   */
  readonly kdfProfile?: KdfProfile;
  /**
   * When automatic backups are checked while unlocked: first this long after unlocking (the
   * first screen comes first), then at this interval. Tests shorten them; the app keeps the defaults.
   */
  readonly autoBackupTiming?: { readonly firstCheckMs: number; readonly everyMs: number };
  /**
   * Where reminders are shown (the app: OS notifications). Without it none are planned (the test
   * bridge). They run from creation, locked or not: that is their point.
   */
  readonly reminders?: {
    readonly notify: (message: ReminderMessage) => void;
    /** The system's locale, for a language never chosen in Alcove. */
    readonly systemLocale: () => string;
    /** Tests pass a fake clock and a fixed zone; the app uses real timers and the system's zone. */
    readonly clock?: ReminderClock;
    readonly timeZone?: () => string;
  };
  /**
   * Told after the app preferences change, so the adapter can apply what lives outside the
   * page (discreet mode's window title and capture protection).
   */
  readonly onPreferencesChanged?: (preferences: AppPreferences) => void;
}

export interface Core {
  /** One async function per contract channel; call through `dispatch`, which validates. */
  readonly handlers: Handlers;
  /**
   * Minutes of system idleness after which the adapter should lock; null while locked or when
   * the user turned the idle lock off.
   */
  idleLockMinutes(): number | null;
  /** The app preferences as stored (defaults when none or unreadable); readable while locked. */
  appPreferences(): AppPreferences;
  /** Lock from outside the renderer (idle timer, OS lock screen, suspend, quit). */
  lock(reason: LockReason): Promise<void>;
  /** Lock and release every resource; the core is unusable afterwards. */
  close(): Promise<void>;
  /**
   * Writes an automatic backup if one is due, as the timer does while unlocked, and resolves
   * once it is written or has failed (and recorded). Nothing happens while locked.
   */
  backUpIfDue(): Promise<void>;
  /**
   * Looks again at the wall clock for reminders (the adapter calls it when the computer wakes):
   * shows one that has just come due, drops one long past, plans the next.
   */
  checkReminders(): void;
}

/** The composition root: plain values in (paths, clock), the contract's handlers out. */
export function createCore(options: CoreOptions): Core {
  const now = options.now ?? (() => new Date());
  /** The unlocked vault's settings, cached for the adapter's idle timer; dropped on lock. */
  let settings: Settings | null = null;
  const vault = new VaultClient({
    dataDir: options.dataDir,
    workerPath: options.workerPath,
    kdfProfile: options.kdfProfile ?? 'calibrated',
    nowMs: () => now().getTime(),
    onLocked: (reason) => {
      settings = null;
      autoBackups.stop();
      options.emit('vault:locked', { reason });
    },
    onProgress: (progress) => options.emit('vault:progress', progress),
    onIntegrity: (verdict) => options.emit('vault:integrity', { verdict }),
  });

  const withRunning = (record: AutoBackupRecord): AutoBackupStatus => ({
    ...record,
    running: autoBackups.running,
  });
  const autoBackups: AutoBackupScheduler = new AutoBackupScheduler({
    now,
    vault: {
      read: () => vault.call('autoBackup.get', null),
      record: (attempt) => vault.call('autoBackup.record', { attempt }),
      write: (destination) => vault.writeBackup(destination, undefined, 'autoBackup'),
    },
    // Sent as the attempt ends (the scheduler still counts it as running until it returns).
    onAttempt: (record) => options.emit('autoBackup:attempted', { ...record, running: false }),
    ...(options.autoBackupTiming
      ? {
          firstCheckDelayMs: options.autoBackupTiming.firstCheckMs,
          checkEveryMs: options.autoBackupTiming.everyMs,
        }
      : {}),
  });
  /** In the background: the caller (unlock, a settings change) never waits for a backup. */
  const inBackground = (attempt: Promise<unknown>) => void attempt.catch(() => undefined);

  const reminders = options.reminders
    ? new ReminderScheduler({
        clock: options.reminders.clock ?? systemReminderClock(now),
        readPrefs: () => readAppPreferences(options.dataDir),
        notify: options.reminders.notify,
        systemLocale: options.reminders.systemLocale,
        ...(options.reminders.timeZone ? { timeZone: options.reminders.timeZone } : {}),
      })
    : null;
  reminders?.start();

  /** The backup chosen by 'backup:choose', waiting for its credentials ('backup:restore'). */
  let chosenBackup: { token: string; file: string } | null = null;

  /**
   * A backdated entry's date, checked against the core's clock (the renderer's is not trusted;
   * the contract checked it against the clock of whoever parsed it), in one stored form.
   */
  function entryDate(createdAt: string | undefined): string | undefined {
    if (createdAt === undefined) return undefined;
    const problem = entryDateProblem(createdAt, now().getTime());
    if (problem) throw new AppError('VALIDATION', `createdAt: ${problem}`);
    return new Date(createdAt).toISOString();
  }

  /** Reads what the request names from the vault and builds the file (preview and write alike). */
  async function prepareExport(request: ExportRequest) {
    const data = await vault.call('export.collect', {
      entryIds: request.entryIds,
      since: request.period.from,
      before: request.period.to,
      checkins: request.includeCheckins || request.format === 'csv-checkins',
      selfChecks: request.includeSelfChecks || request.format === 'csv-selfchecks',
      exercises:
        request.includeExercises === true &&
        request.format !== 'csv-checkins' &&
        request.format !== 'csv-selfchecks',
      images: request.format === 'markdown' && request.includeImages === true,
    });
    const built = buildExport(request, data, now());
    return { ...built, counts: { ...built.counts, unreadable: data.unreadable } };
  }

  const handlers: Handlers = {
    'entries:between': ({ since, before }) => vault.call('entries.between', { since, before }),
    'export:preview': async (request) => {
      const built = await prepareExport(request);
      return { text: built.text, fileName: built.fileName, counts: built.counts };
    },
    'export:write': async ({ password, ...request }) => {
      const built = await prepareExport(request);
      const { entries, checkins, selfChecks, hiddenPassages, images } = built.counts;
      const consent = {
        images,
        format: request.format,
        entries,
        checkins,
        selfChecks,
        hiddenPassages,
        protected: password !== undefined,
      };
      if (!(await options.dialogs.confirmExport(consent))) return { status: 'cancelled' };
      const file = await options.dialogs.saveExport(writtenFileName(request, built, password));
      if (!file) return { status: 'cancelled' };
      writeExportFile(file, await exportBytes(request, built, password));
      const fileName = path.basename(file);
      await vault.call('exportLog.add', {
        record: { at: now().toISOString(), ...consent, fileName },
      });
      return { status: 'written', fileName, counts: built.counts };
    },
    'import:run': async ({ kind }) => {
      const picked = await options.dialogs.openImport(kind);
      if (!picked) return { status: 'cancelled' };
      let result: Awaited<ReturnType<typeof importFrom>>;
      try {
        result = await importFrom(readImportSource(kind, picked));
      } catch (error) {
        if (error instanceof ImportError) {
          throw new AppError('BAD_IMPORT', `${error.messageKey}: ${error.message}`, { cause: error });
        }
        throw error;
      }
      const { imported, duplicates, images } = await vault.call('entries.import', {
        entries: result.entries,
      });
      return {
        status: 'imported',
        fileName: path.basename(picked),
        report: { imported, duplicates, images, skipped: result.skipped },
      };
    },
    'export:log': () => vault.call('exportLog.list', null),
    'packs:list': () => vault.call('packs.list', null),
    'packs:save': ({ id, ...draft }) => vault.call('packs.save', { draft, id, nowIso: now().toISOString() }),
    'packs:delete': async ({ id }) => {
      await vault.call('packs.delete', { id });
      return { id };
    },
    'packs:import': async () => {
      if (vault.status().state !== 'unlocked') throw new AppError('VAULT_LOCKED', 'the vault is locked');
      const picked = await options.dialogs.openPack();
      if (!picked) return { status: 'cancelled' };
      const fileName = path.basename(picked);
      try {
        const {
          $schema: _schema,
          schemaVersion: _version,
          id: _id,
          ...pack
        } = parsePackFile(readPackFile(picked));
        const { packs } = await vault.call('packs.list', null);
        if (packs.length >= MAX_USER_PACKS) {
          throw new PackError([{ where: '', kind: 'tooManyPacks', limit: MAX_USER_PACKS }]);
        }
        // The same file twice (a therapist's pack sent again) would list two identical packs.
        const same = packs.find((kept) => samePackContent(kept, pack));
        if (same) {
          const name = same.name.en ?? same.name.fr ?? '';
          throw new PackError([{ where: '', kind: 'alreadyImported', limit: name.slice(0, 300) }]);
        }
        const stored = await vault.call('packs.add', {
          pack: { ...pack, origin: 'imported', fileName },
          nowIso: now().toISOString(),
        });
        return { status: 'imported', fileName, pack: stored };
      } catch (error) {
        if (!(error instanceof PackError)) throw error;
        return {
          status: 'refused',
          code: error.code,
          fileName,
          problems: error.problems.slice(0, MAX_PACK_PROBLEMS_SHOWN),
          more: Math.max(0, error.problems.length - MAX_PACK_PROBLEMS_SHOWN),
        };
      }
    },
    'backup:create': async ({ passphrase }) => {
      const day = now().toISOString().slice(0, 10);
      const chosen = await options.dialogs.saveBackup(`alcove-backup-${day}.alcove`);
      if (!chosen) return { status: 'cancelled' };
      const destination = chosen.endsWith('.alcove') ? chosen : `${chosen}.alcove`;
      const bytes = await vault.writeBackup(destination, passphrase);
      return { status: 'written', fileName: path.basename(destination), bytes };
    },
    'backup:choose': async () => {
      if (vault.status().state === 'unlocked') {
        throw new AppError('FORBIDDEN', 'lock the vault before restoring a backup');
      }
      const file = await options.dialogs.openBackup();
      if (!file) return { status: 'cancelled' };
      const header = inspectBackup(file);
      chosenBackup = { token: randomUUID(), file };
      return {
        status: 'chosen',
        token: chosenBackup.token,
        fileName: path.basename(file),
        protection: header.wrap === 'vault' ? 'vault' : 'backup-passphrase',
        bytes: fs.statSync(file).size,
      };
    },
    'backup:restore': async ({ token, credentials }) => {
      if (!chosenBackup || chosenBackup.token !== token) {
        throw new AppError('NOT_FOUND', 'choose the backup file again');
      }
      const { file } = chosenBackup;
      if (vault.status().state !== 'none' && !(await options.dialogs.confirmRestore(path.basename(file)))) {
        return { status: 'cancelled' };
      }
      const { unlocked } = await vault.restore(file, credentials);
      chosenBackup = null;
      if (unlocked) {
        settings = await vault.call('settings.get', null).catch(() => DEFAULT_SETTINGS);
        autoBackups.start();
      }
      return { status: 'restored', vault: vault.status() };
    },
    'autoBackup:status': async () => withRunning(await vault.call('autoBackup.get', null)),
    'autoBackup:configure': async (patch) => {
      const before = await vault.call('autoBackup.get', null);
      if (patch.enabled && !before.folder) {
        throw new AppError('VALIDATION', 'enabled: choose a folder for automatic backups first');
      }
      const after = await vault.call('autoBackup.configure', patch);
      // Switched on (or made more frequent) and due now: the first one starts without waiting an hour.
      if (isDue(after, now())) inBackground(autoBackups.backUpIfDue());
      return withRunning(after);
    },
    'autoBackup:chooseFolder': async () => {
      const before = await vault.call('autoBackup.get', null); // VAULT_LOCKED before any dialog
      const picked = await options.dialogs.chooseBackupFolder();
      if (!picked) return { status: 'cancelled' };
      const folder = path.resolve(picked);
      const after = await vault.call('autoBackup.configure', { folder });
      // A new place holds none of this journal's backups yet: write the first one now.
      if (after.enabled && folder !== before.folder) inBackground(autoBackups.backUpNow());
      return { status: 'chosen', backup: withRunning(after) };
    },
    'autoBackup:run': async () => {
      const record = await vault.call('autoBackup.get', null);
      if (!record.folder) throw new AppError('VALIDATION', 'choose a folder for automatic backups first');
      await autoBackups.backUpNow();
      return withRunning(await vault.call('autoBackup.get', null));
    },
    'vault:status': async () => vault.status(),
    'prefs:get': async () => readAppPreferences(options.dataDir),
    'prefs:set': async (patch) => {
      const stored = writeAppPreferences(options.dataDir, patch);
      reminders?.replan();
      options.onPreferencesChanged?.(stored);
      return stored;
    },
    'vault:create': async ({ passphrase }) => {
      const recoveryKey = await vault.create(passphrase);
      settings = await vault.call('settings.get', null);
      autoBackups.start();
      return { status: vault.status(), recoveryKey };
    },
    'vault:unlock': async (credentials) => {
      await vault.unlock(credentials);
      settings = await vault.call('settings.get', null).catch(() => DEFAULT_SETTINGS);
      autoBackups.start();
      return vault.status();
    },
    'settings:get': () => vault.call('settings.get', null),
    'safety:getPlan': () => vault.call('safety.get', null),
    'checkins:add': async ({ at, ...draft }) => {
      const current = now();
      if (at !== undefined && Date.parse(at) > current.getTime() + 60_000) {
        throw new AppError('VALIDATION', 'at: a check-in cannot be in the future');
      }
      return vault.call('checkins.add', { draft, atIso: at ?? current.toISOString() });
    },
    'checkins:list': ({ limit, before, since }) => vault.call('checkins.list', { limit, before, since }),
    'selfchecks:add': async (draft) => {
      const enabled = (await vault.call('settings.get', null)).selfChecksEnabled;
      if (!enabled) throw new AppError('FORBIDDEN', 'self-check-ins are turned off in the settings');
      return vault.call('selfchecks.add', { draft, atIso: now().toISOString() });
    },
    'selfchecks:list': ({ limit }) => vault.call('selfchecks.list', { limit }),
    'exercises:add': async (draft) => {
      // The renderer's clock is not trusted: a session cannot start, or end, in the future.
      // (A minute of slack, as for check-ins.) Instants are stored in one form, so they sort as text.
      const started = Date.parse(draft.startedAt);
      const latest = now().getTime() + 60_000;
      if (started > latest) {
        throw new AppError('VALIDATION', 'startedAt: a session cannot start in the future');
      }
      if (started + draft.durationSec * 1000 > latest) {
        throw new AppError('VALIDATION', 'durationSec: a session cannot end in the future');
      }
      return vault.call('exercises.add', {
        draft: { ...draft, startedAt: new Date(started).toISOString() },
      });
    },
    'exercises:list': ({ limit, since }) =>
      vault.call('exercises.list', {
        limit,
        since: since === undefined ? undefined : new Date(since).toISOString(),
      }),
    'exercises:delete': async ({ id }) => {
      await vault.call('exercises.delete', { id });
      return { id };
    },
    'checkins:delete': async ({ id }) => {
      await vault.call('checkins.delete', { id });
      return { id };
    },
    'safety:savePlan': (plan) => vault.call('safety.save', { plan, nowIso: now().toISOString() }),
    'settings:update': async (patch) => {
      settings = await vault.call('settings.update', patch);
      return settings;
    },
    'vault:verifyPassphrase': async ({ passphrase }) => {
      await vault.verifyPassphrase(passphrase);
      return { verified: true as const };
    },
    'vault:lock': async () => {
      await vault.lock('manual');
      return vault.status();
    },
    'vault:changePassphrase': async ({ current, next }) => {
      await vault.changePassphrase(current, next);
      return vault.status();
    },
    'vault:regenerateRecoveryKey': async ({ passphrase }) => ({
      recoveryKey: await vault.regenerateRecoveryKey(passphrase),
    }),
    'vault:rotateDataKey': async ({ passphrase }) => ({
      recoveryKey: await vault.rotateDataKey(passphrase),
    }),
    'attachments:add': ({ entryId, name, dataBase64 }) =>
      vault.call('attachments.add', { entryId, name, dataBase64, nowIso: now().toISOString() }),
    'attachments:list': ({ entryId }) => vault.call('attachments.list', { entryId }),
    'attachments:get': ({ id }) => vault.call('attachments.get', { id }),
    'attachments:delete': async ({ id }) => {
      await vault.call('attachments.delete', { id });
      return { id };
    },
    'search:query': ({ query, limit, ...narrowing }) =>
      vault.call('search.query', {
        query,
        limit,
        ...(Object.values(narrowing).some((v) => v !== undefined) ? { narrowing } : {}),
      }),
    'entries:list': ({ limit, cursor, kinds, packs, tags }) =>
      vault.call('entries.list', { limit, cursor, kinds, packs, tags }),
    'entries:indexOf': ({ before, kinds, packs, tags }) =>
      vault.call('entries.indexOf', { before, kinds, packs, tags }),
    'entries:get': ({ id }) => vault.call('entries.get', { id }),
    'entries:create': ({ title, body, emotions, notForSharing, worksheet, prompt, tags, createdAt }) =>
      vault.call('entries.create', {
        title,
        body,
        emotions,
        notForSharing,
        worksheet,
        prompt,
        tags,
        createdAt: entryDate(createdAt),
        nowIso: now().toISOString(),
      }),
    'entries:update': ({ id, title, body, emotions, notForSharing, worksheet, prompt, tags, createdAt }) =>
      vault.call('entries.update', {
        id,
        title,
        body,
        emotions,
        notForSharing,
        worksheet,
        prompt,
        tags,
        createdAt: entryDate(createdAt),
        nowIso: now().toISOString(),
      }),
    'entries:feelings': ({ since, before }) => vault.call('entries.feelings', { since, before }),
    'couple:status': () => vault.call('couple.status', null),
    'couple:setup': ({ a, b }) =>
      vault.call('couple.setup', { partners: { a, b }, profile: options.kdfProfile ?? 'calibrated' }),
    // The consent check-in is required by the schema; nothing of it is stored.
    'couple:desires:submit': ({ partner, secret, answers }) =>
      vault.call('couple.desires.submit', { partner, secret, answers }),
    'couple:desires:ready': ({ partner, secret, ready }) =>
      vault.call('couple.desires.ready', { partner, secret, ready }),
    'couple:desires:reveal': async ({ secrets }) => ({
      overlaps: await vault.call('couple.desires.reveal', { secrets }),
    }),
    'couple:desires:overlaps': async ({ partner, secret }) => ({
      overlaps: await vault.call('couple.desires.overlaps', { partner, secret }),
    }),
    'couple:desires:leave': ({ partner, secret }) => vault.call('couple.desires.leave', { partner, secret }),
    'couple:sensate:status': () => vault.call('couple.sensate.status', null),
    // Both consent check-ins are required by the schema; nothing of them is stored.
    'couple:sensate:start': ({ secrets, limits }) =>
      vault.call('couple.sensate.start', { secrets, limits, nowIso: now().toISOString() }),
    'couple:sensate:stop': ({ sessionId }) => vault.call('couple.sensate.stop', { sessionId }),
    'couple:sensate:rate': ({ partner, secret, sessionId, ratings, note }) =>
      vault.call('couple.sensate.rate', { partner, secret, sessionId, ratings, note }),
    'couple:sensate:debrief': ({ secrets, sessionId, debrief }) =>
      vault.call('couple.sensate.debrief', { secrets, sessionId, debrief }),
    'couple:sensate:ready': ({ partner, secret, ready }) =>
      vault.call('couple.sensate.ready', { partner, secret, ready }),
    'couple:sensate:setStage': ({ secrets, stage }) =>
      vault.call('couple.sensate.setStage', { secrets, stage }),
    'couple:sensate:own': async ({ partner, secret }) => ({
      entries: await vault.call('couple.sensate.own', { partner, secret }),
    }),
    'couple:sensate:shared': async ({ partner, secret }) => ({
      sessions: await vault.call('couple.sensate.shared', { partner, secret }),
    }),
    'couple:export:status': () => vault.call('couple.export.status', null),
    'couple:export:draft': ({ partner, secret, sections, lang, timeZone }) =>
      vault.call('couple.export.draft', {
        partner,
        secret,
        sections,
        lang,
        timeZone,
        nowIso: now().toISOString(),
      }),
    'couple:export:preview': ({ partner, secret }) =>
      vault.call('couple.export.preview', { partner, secret }),
    'couple:export:note': ({ partner, secret, note }) =>
      vault.call('couple.export.note', { partner, secret, note }),
    'couple:export:approve': ({ partner, secret, hash, agree }) =>
      vault.call('couple.export.approve', { partner, secret, hash, agree }),
    'couple:export:withdraw': ({ partner, secret }) =>
      vault.call('couple.export.withdraw', { partner, secret }),
    'couple:export:write': async ({ partner, secret, hash, format }) => {
      // Refused here, before any dialog, unless both approvals match this exact text.
      const summary = await vault.call('couple.export.forWriting', { partner, secret, hash, format });
      const file = await options.dialogs.saveCoupleSummary(summary.fileName);
      if (!file) return { status: 'cancelled' };
      const bytes =
        format === 'pdf' ? await coupleSummaryToPdf(summary.document) : Buffer.from(summary.text, 'utf8');
      writeExportFile(file, bytes);
      const fileName = path.basename(file);
      await vault.call('exportLog.add', {
        record: {
          at: now().toISOString(),
          kind: 'couple-summary',
          format,
          entries: 0,
          checkins: 0,
          selfChecks: 0,
          hiddenPassages: 0,
          fileName,
          protected: false,
        },
      });
      return { status: 'written', fileName };
    },
    'couple:talk:status': () => vault.call('couple.talk.status', null),
    'couple:talk:start': ({ exercise, questionId }) =>
      vault.call('couple.talk.start', { exercise, questionId }),
    // The consent check-in (intimate exercises only) is checked, never stored.
    'couple:talk:answer': ({ partner, secret, roundId, consent, fields }) =>
      vault.call('couple.talk.answer', {
        partner,
        secret,
        roundId,
        fields,
        consented: consent !== undefined,
      }),
    'couple:talk:ready': ({ partner, secret, roundId, ready }) =>
      vault.call('couple.talk.ready', { partner, secret, roundId, ready }),
    'couple:talk:reveal': ({ roundId, secrets }) =>
      vault.call('couple.talk.reveal', { roundId, secrets, nowIso: now().toISOString() }),
    'couple:talk:read': ({ partner, secret, roundId }) =>
      vault.call('couple.talk.read', { partner, secret, roundId }),
    'couple:talk:leave': ({ partner, secret, roundId }) =>
      vault.call('couple.talk.leave', { partner, secret, roundId }),
    'couple:exchange:status': () => vault.call('couple.exchange.status', null),
    'couple:exchange:name': ({ name }) => vault.call('couple.exchange.setName', { name }),
    'couple:exchange:saveCard': async () => {
      const card = await vault.call('couple.exchange.card', null);
      return savePartnerText(options.dialogs, 'card', card);
    },
    'couple:exchange:importCard': async () => {
      const picked = await options.dialogs.openPartnerFile('card');
      if (!picked) return { status: 'cancelled' };
      const file = readPartnerFile(picked, MAX_CARD_BYTES);
      if (!file) return { status: 'refused', code: 'NOT_A_CARD' };
      return vault.call('couple.exchange.importCard', { file });
    },
    'couple:exchange:confirm': ({ codesMatch }) =>
      vault.call('couple.exchange.confirm', { codesMatch, nowMs: now().getTime() }),
    'couple:exchange:forget': () => vault.call('couple.exchange.forget', null),
    // The consent check-in is required by the schema; nothing of it is stored.
    'couple:exchange:start': ({ answers }) => vault.call('couple.exchange.start', { answers }),
    'couple:exchange:reply': ({ answers }) => vault.call('couple.exchange.reply', { answers }),
    'couple:exchange:stop': () => vault.call('couple.exchange.stop', null),
    'couple:exchange:saveFile': async () => {
      const outgoing = await vault.call('couple.exchange.outgoing', null);
      if (!outgoing) throw new AppError('NOT_FOUND', 'there is no partner file to save');
      return savePartnerText(options.dialogs, 'file', outgoing);
    },
    'couple:exchange:import': async () => {
      const picked = await options.dialogs.openPartnerFile('file');
      if (!picked) return { status: 'cancelled' };
      const file = readPartnerFile(picked, MAX_PARTNER_FILE_BYTES);
      if (!file) return { status: 'refused', code: 'MALFORMED' };
      return vault.call('couple.exchange.import', { file });
    },
    'entries:delete': async ({ id }) => {
      const { restorable } = await vault.call('entries.delete', { id, nowIso: now().toISOString() });
      return { id, restorable };
    },
    'entries:restore': ({ id }) => vault.call('entries.restore', { id }),
    'entries:purge': async ({ id }) => {
      await vault.call('entries.purge', { id });
      return { id };
    },
    ...tagHandlers(vault),
    'entries:setPinned': ({ id, pinned }) => vault.call('entries.setPinned', { id, pinned }),
  };

  return {
    handlers,
    idleLockMinutes: () => (settings && settings.idleLockMinutes > 0 ? settings.idleLockMinutes : null),
    appPreferences: () => readAppPreferences(options.dataDir),
    lock: (reason) => vault.lock(reason),
    close: () => {
      reminders?.stop();
      return vault.lock('quit');
    },
    backUpIfDue: async () => {
      if (vault.status().state !== 'unlocked') return;
      await autoBackups.backUpIfDue();
    },
    checkReminders: () => reminders?.check(),
  };
}
