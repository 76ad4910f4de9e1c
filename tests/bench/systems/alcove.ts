import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { argon2id, initSodium } from '../../../electron/core/crypto/sodium';
import { VaultEngine } from '../../../electron/core/vault/vaultEngine';
import { VAULT_FILE } from '../../../electron/core/vault/vaultFiles';
import { withMetadataInText } from '../generate';
import { percentile, rssMb, time } from '../stats';
import { PASSPHRASE, type BenchSystem, type Metrics } from './types';

const BATCH = 2000;

/** Runs the whole background indexing (restore from snapshot, then what changed) to completion. */
function indexToCompletion(engine: VaultEngine): void {
  engine.startIndexing();
  while (true) {
    const { done, total } = engine.indexStep(BATCH);
    if (done >= total) break;
  }
}

function slotParams(dir: string): { opslimit: number; memlimit: number; salt: string } {
  const db = new Database(path.join(dir, VAULT_FILE), { readonly: true });
  try {
    const row = db.prepare("SELECT params FROM keyslots WHERE kind = 'passphrase'").get() as {
      params: string;
    };
    return JSON.parse(row.params) as { opslimit: number; memlimit: number; salt: string };
  } finally {
    db.close();
  }
}

/**
 * Alcove's engine in-process (the same code the vault worker runs), so each phase can be timed.
 * The vault is made with the calibrated KDF, as the app does; entries are added in batches and
 * indexed once, and the snapshots written, as after years of use.
 */
export const alcove: BenchSystem = {
  async populate(dir, entries) {
    await initSodium();
    const { engine } = VaultEngine.create(dir, PASSPHRASE, 'calibrated');
    let batch: Array<{ title: string; body: string; createdAt: string }> = [];
    for (const entry of entries) {
      batch.push({ ...withMetadataInText(entry), createdAt: entry.createdAt });
      if (batch.length === BATCH) {
        engine.entries.createMany(batch);
        batch = [];
      }
    }
    if (batch.length) engine.entries.createMany(batch);
    engine.close();
    // First unlock after an import (or after losing the snapshots): the index is built from every entry.
    const db = new Database(path.join(dir, VAULT_FILE));
    db.prepare('DELETE FROM snapshots').run();
    db.close();
    const reopened = VaultEngine.unlock(dir, { method: 'passphrase', passphrase: PASSPHRASE });
    const rebuild = time(() => indexToCompletion(reopened));
    reopened.persistSnapshots();
    reopened.close();
    return { index_rebuild_ms: rebuild.ms };
  },

  async measure(dir, queries, saves) {
    await initSodium();
    const params = slotParams(dir);
    const salt = Buffer.from(params.salt, 'base64');
    const kdfCold = time(() => argon2id(PASSPHRASE, salt, params)).ms;
    const kdfWarm = time(() => argon2id(PASSPHRASE, salt, params)).ms;
    const unlocked = time(() => {
      const engine = VaultEngine.unlock(dir, { method: 'passphrase', passphrase: PASSPHRASE });
      engine.listEntries(50); // what the first screen asks, as the worker answers it
      return engine;
    });
    const engine = unlocked.value;
    const metrics: Metrics = {
      kdf_ms: kdfCold,
      unlock_to_timeline_ms: Math.max(0, unlocked.ms - kdfWarm),
      rss_after_unlock_mb: rssMb(),
    };
    // Everything the worker does in the background after unlock: the full timeline, then the index.
    metrics.index_ready_ms = time(() => {
      engine.ensureTimeline();
      indexToCompletion(engine);
    }).ms;
    metrics.rss_mb = rssMb();
    const searchMs = queries.map((q) => time(() => engine.search(q, 30)).ms);
    metrics.search_p50_ms = percentile(searchMs, 50);
    metrics.search_p95_ms = percentile(searchMs, 95);
    const saveMs = saves.map(
      (e) => time(() => engine.entries.create(withMetadataInText(e), new Date().toISOString())).ms,
    );
    metrics.save_p50_ms = percentile(saveMs, 50);
    metrics.save_p99_ms = percentile(saveMs, 99);
    engine.close(); // checkpoints the WAL
    const vaultDir = path.join(dir, path.dirname(VAULT_FILE));
    metrics.db_bytes = fs
      .readdirSync(vaultDir)
      .reduce((sum, f) => sum + fs.statSync(path.join(vaultDir, f)).size, 0);
    return metrics;
  },
};
