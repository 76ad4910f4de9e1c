import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { inspectBackup } from './backup/backupHeader';
import { readAppPreferences, writeAppPreferences } from './settings/appPreferences';
import type { EventName, EventPayload, Handlers } from '../../shared/ipc/contract';
import type { LockReason } from '../../shared/domain/vault';
import { DEFAULT_SETTINGS, type Settings } from '../../shared/domain/settings';
import type { KdfProfile } from './vault/kdfCalibration';
import { VaultClient } from './vault/vaultClient';
import { buildExport, exportBytes, writeExportFile } from './exchange/exportService';
import type { ExportFormat, ExportRequest } from '../../shared/exchange/exportRequest';
import type { ImportKind } from '../../shared/exchange/importRequest';
import { importFrom } from './exchange/import/importSource';
import { ImportError } from './exchange/import/importError';
import { readImportSource } from './exchange/import/readImportSource';

/** What an export is about to write, for the consent dialog. */
export interface ExportConsent {
  format: ExportFormat;
  entries: number;
  checkins: number;
  selfChecks: number;
  hiddenPassages: number;
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
  /** Where to write an export; null when the user cancels. */
  saveExport(suggestedName: string): Promise<string | null>;
  /** Where to write a backup; null when the user cancels. */
  saveBackup(suggestedName: string): Promise<string | null>;
  /** Which backup to restore; null when the user cancels. */
  openBackup(): Promise<string | null>;
  /** Asked before a restore replaces an existing vault; false cancels. */
  confirmRestore(fileName: string): Promise<boolean>;
}

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
}

export interface Core {
  /** One async function per contract channel; call through `dispatch`, which validates. */
  readonly handlers: Handlers;
  /**
   * Minutes of system idleness after which the adapter should lock; null while locked or when
   * the user turned the idle lock off.
   */
  idleLockMinutes(): number | null;
  /** Lock from outside the renderer (idle timer, OS lock screen, suspend, quit). */
  lock(reason: LockReason): Promise<void>;
  /** Lock and release every resource; the core is unusable afterwards. */
  close(): Promise<void>;
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
      options.emit('vault:locked', { reason });
    },
    onProgress: (progress) => options.emit('vault:progress', progress),
    onIntegrity: (verdict) => options.emit('vault:integrity', { verdict }),
  });

  /** The backup chosen by 'backup:choose', waiting for its credentials ('backup:restore'). */
  let chosenBackup: { token: string; file: string } | null = null;

  /** Reads what the request names from the vault and builds the file (preview and write alike). */
  async function prepareExport(request: ExportRequest) {
    const data = await vault.call('export.collect', {
      entryIds: request.entryIds,
      since: request.period.from,
      before: request.period.to,
      checkins: request.includeCheckins || request.format === 'csv-checkins',
      selfChecks: request.includeSelfChecks || request.format === 'csv-selfchecks',
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
    'export:write': async (request) => {
      const built = await prepareExport(request);
      const { entries, checkins, selfChecks, hiddenPassages } = built.counts;
      const consent = { format: request.format, entries, checkins, selfChecks, hiddenPassages };
      if (!(await options.dialogs.confirmExport(consent))) return { status: 'cancelled' };
      const file = await options.dialogs.saveExport(built.fileName);
      if (!file) return { status: 'cancelled' };
      writeExportFile(file, await exportBytes(request, built));
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
      const { imported, duplicates } = await vault.call('entries.import', { entries: result.entries });
      return {
        status: 'imported',
        fileName: path.basename(picked),
        report: { imported, duplicates, skipped: result.skipped },
      };
    },
    'export:log': () => vault.call('exportLog.list', null),
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
      if (unlocked) settings = await vault.call('settings.get', null).catch(() => DEFAULT_SETTINGS);
      return { status: 'restored', vault: vault.status() };
    },
    'vault:status': async () => vault.status(),
    'prefs:get': async () => readAppPreferences(options.dataDir),
    'prefs:set': async (patch) => writeAppPreferences(options.dataDir, patch),
    'vault:create': async ({ passphrase }) => {
      const recoveryKey = await vault.create(passphrase);
      settings = await vault.call('settings.get', null);
      return { status: vault.status(), recoveryKey };
    },
    'vault:unlock': async (credentials) => {
      await vault.unlock(credentials);
      settings = await vault.call('settings.get', null).catch(() => DEFAULT_SETTINGS);
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
    'search:query': ({ query, limit }) => vault.call('search.query', { query, limit }),
    'entries:list': ({ limit, cursor, kinds }) => vault.call('entries.list', { limit, cursor, kinds }),
    'entries:get': ({ id }) => vault.call('entries.get', { id }),
    'entries:create': ({ title, body, emotions, notForSharing, worksheet }) =>
      vault.call('entries.create', {
        title,
        body,
        emotions,
        notForSharing,
        worksheet,
        nowIso: now().toISOString(),
      }),
    'entries:update': ({ id, title, body, emotions, notForSharing, worksheet }) =>
      vault.call('entries.update', {
        id,
        title,
        body,
        emotions,
        notForSharing,
        worksheet,
        nowIso: now().toISOString(),
      }),
    'entries:feelings': ({ since, before }) => vault.call('entries.feelings', { since, before }),
    'entries:delete': async ({ id }) => {
      await vault.call('entries.delete', { id });
      return { id };
    },
  };

  return {
    handlers,
    idleLockMinutes: () => (settings && settings.idleLockMinutes > 0 ? settings.idleLockMinutes : null),
    lock: (reason) => vault.lock(reason),
    close: () => vault.lock('quit'),
  };
}
