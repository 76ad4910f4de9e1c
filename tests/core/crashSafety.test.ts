import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, REPO_ROOT, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const WRITER = path.join(REPO_ROOT, 'tests/core/support/crashWriter.ts');
let h: Harness | undefined;
afterEach(async () => {
  await h?.dispose();
  h = undefined;
});

/** Runs the writer, kills it with SIGKILL `afterMs` after it is ready; returns the acknowledged ids. */
function writeThenKill(dataDir: string, mode: 'create' | 'open', afterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir, PASSPHRASE, mode], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acked: string[] = [];
    let buffered = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), afterMs);
        const match = /^ack ([0-9a-f]{32}) \d+$/.exec(line);
        if (match) acked.push(match[1]!);
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(acked);
      else reject(new Error(`writer exited on its own (code ${code}): ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it('survives being killed mid-write, again and again: database intact, ledger verified, every acknowledged write present', async () => {
    const dataDir = makeTempDir();
    const acked: string[] = [];
    const delays = [40, 5, 120, 0, 75, 17, 200, 33];
    for (const [round, delay] of delays.entries()) {
      acked.push(...(await writeThenKill(dataDir, round === 0 ? 'create' : 'open', delay)));
      const raw = new Database(path.join(dataDir, 'vault', 'journal.db'));
      expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
      raw.close();
    }
    expect(acked.length).toBeGreaterThan(20);

    h = startCore(dataDir);
    // The integrity ledger is written in each write's own transaction: a crash never desynchronises it.
    expect(await h.unlockVerdict({ method: 'passphrase', passphrase: PASSPHRASE })).toBe('verified');
    const listed = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await h.value('entries:list', { limit: 500, ...(cursor ? { cursor } : {}) });
      for (const e of page.entries) {
        expect(e.damaged).toBe(false);
        listed.add(e.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(acked.filter((id) => !listed.has(id))).toEqual([]);
  }, 120_000);
});
