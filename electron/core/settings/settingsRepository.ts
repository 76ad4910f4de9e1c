import { AppError } from '../../../shared/errors';
import {
  DEFAULT_SETTINGS,
  SettingsSchema,
  type Settings,
  type SettingsPatch,
} from '../../../shared/domain/settings';
import type { Db } from '../db/openDatabase';
import { authTagsOf, type IntegrityLedger } from '../vault/integrity';
import type { RecordCipher } from '../vault/recordCipher';

const TABLE = 'settings';
const ROW = 'preferences';

interface SettingsRow {
  version: number;
  value: Uint8Array;
  auth_tags: Uint8Array;
}

/** The user's settings: one encrypted JSON document, defaults until first changed. */
export class SettingsRepository {
  readonly #db: Db;
  readonly #cipher: RecordCipher;
  readonly #ledger: IntegrityLedger;

  constructor(db: Db, cipher: RecordCipher, ledger: IntegrityLedger) {
    this.#db = db;
    this.#cipher = cipher;
    this.#ledger = ledger;
  }

  get(): Settings {
    const row = this.#row();
    if (!row) return DEFAULT_SETTINGS;
    try {
      const stored = this.#cipher.openJson(
        { table: TABLE, rowId: ROW, column: 'value', rowVersion: row.version },
        row.value,
      );
      // A field unknown to this version, or missing, falls back to its default on its own.
      const known = SettingsSchema.partial().safeParse(stored);
      return { ...DEFAULT_SETTINGS, ...(known.success ? known.data : {}) };
    } catch {
      throw new AppError('DAMAGED_RECORD', 'the settings could not be decrypted or failed authentication');
    }
  }

  update(patch: SettingsPatch): Settings {
    const row = this.#row();
    const next = SettingsSchema.parse({ ...this.#currentOrDefaults(row), ...patch });
    const version = (row?.version ?? 0) + 1;
    const value = this.#cipher.sealJson(
      { table: TABLE, rowId: ROW, column: 'value', rowVersion: version },
      next,
    );
    const authTags = authTagsOf(value);
    this.#db.transaction(() => {
      this.#db
        .prepare('INSERT OR REPLACE INTO settings (id, version, value, auth_tags) VALUES (?, ?, ?, ?)')
        .run(ROW, version, value, authTags);
      this.#ledger.record(
        row ? { table: TABLE, id: ROW, version: row.version, authTags: row.auth_tags } : null,
        { table: TABLE, id: ROW, version, authTags },
      );
    })();
    return next;
  }

  /** Re-encrypts the settings under `next` (data key rotation; inside the caller's transaction). */
  resealAll(next: RecordCipher): void {
    const row = this.#row();
    if (!row) return;
    let current: Settings;
    try {
      current = this.get();
    } catch {
      return; // damaged: kept as it is, like a damaged entry
    }
    const value = next.sealJson(
      { table: TABLE, rowId: ROW, column: 'value', rowVersion: row.version },
      current,
    );
    this.#db
      .prepare('UPDATE settings SET value = ?, auth_tags = ? WHERE id = ?')
      .run(value, authTagsOf(value), ROW);
  }

  /** Damaged settings can be overwritten: the user is choosing new values anyway. */
  #currentOrDefaults(row: SettingsRow | undefined): Settings {
    if (!row) return DEFAULT_SETTINGS;
    try {
      return this.get();
    } catch {
      return DEFAULT_SETTINGS;
    }
  }

  #row(): SettingsRow | undefined {
    return this.#db.prepare('SELECT version, value, auth_tags FROM settings WHERE id = ?').get(ROW) as
      SettingsRow | undefined;
  }
}
