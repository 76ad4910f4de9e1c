import { spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  autoBackupName,
  parseAutoBackupName,
  sweepInterruptedWrites,
} from '../../electron/core/backup/autoBackup';
import { AUTOMATIC_BACKUPS } from '../bridge/folderDialogs';
import { filesContaining, makeTempDir, REPO_ROOT, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
const SECRET = 'CANARY-AUTO-BACKUP-41c9';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const OURS = /^alcove-auto-\d{4}-\d{2}-\d{2}T\d{4}[+-]\d{4}\.alcove$/;

const harnesses: Harness[] = [];
const scratch: string[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.dispose();
  for (const dir of scratch.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function harness(...args: Parameters<typeof startCore>): Harness {
  const h = startCore(...args);
  harnesses.push(h);
  return h;
}

const autoFolder = (h: Harness) => path.join(h.dialogDir, AUTOMATIC_BACKUPS);
const ours = (folder: string) =>
  fs
    .readdirSync(folder)
    .filter((name) => OURS.test(name))
    .sort();
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A journal with one entry, automatic backups switched on in the stand-in dialog's folder, the first one written. */
async function journalBackingUp(h = harness()): Promise<Harness> {
  await h.value('vault:create', { passphrase: PASSPHRASE });
  await h.value('entries:create', { title: 'Heron', body: `the reeds ${SECRET}` });
  const chosen = await h.value('autoBackup:chooseFolder', undefined);
  expect(chosen.status).toBe('chosen');
  const status = await h.value('autoBackup:configure', { enabled: true });
  expect(status).toMatchObject({ enabled: true, running: true });
  await h.core.backUpIfDue(); // waits for the one switching on started
  return h;
}

async function lastAttempt(h: Harness) {
  return (await h.value('autoBackup:status', undefined)).lastAttempt;
}

describe('automatic backup names', () => {
  it('say the local time with its offset, and only names we write parse', () => {
    const at = new Date('2026-11-30T20:40:31.000Z');
    expect(autoBackupName(at, 60)).toBe('alcove-auto-2026-11-30T2140+0100.alcove');
    expect(autoBackupName(at, -210)).toBe('alcove-auto-2026-11-30T1710-0330.alcove');
    expect(autoBackupName(at, 0)).toBe('alcove-auto-2026-11-30T2040+0000.alcove');
    expect(parseAutoBackupName('alcove-auto-2026-11-30T2140+0100.alcove')).toBe(
      Date.parse('2026-11-30T20:40Z'),
    );
    expect(parseAutoBackupName('alcove-auto-2026-11-30T1710-0330.alcove')).toBe(
      Date.parse('2026-11-30T20:40Z'),
    );
    for (const other of [
      'alcove-backup-2026-11-30.alcove',
      'alcove-auto-2026-11-30T2140+0100.alcove.part',
      'alcove-auto-2026-11-30T2140.alcove',
      'alcove-auto-2026-02-30T2140+0100.alcove',
      'alcove-auto-2026-11-30T2540+0100.alcove',
      'alcove-auto-2026-11-30T2140+0199.alcove',
      'Alcove-auto-2026-11-30T2140+0100.alcove',
      'x-alcove-auto-2026-11-30T2140+0100.alcove',
    ]) {
      expect([other, parseAutoBackupName(other)]).toEqual([other, null]);
    }
  });
});

describe('automatic backups: settings', () => {
  it('are off by default, need a folder to be switched on, and the renderer can never name one', async () => {
    const h = harness();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    expect(await h.value('autoBackup:status', undefined)).toEqual({
      enabled: false,
      folder: null,
      frequency: 'daily',
      generations: 7,
      lastAttempt: null,
      lastWrittenAt: null,
      running: false,
    });
    expect(await h.call('autoBackup:configure', { enabled: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    const sneaky = { enabled: true, folder: '/tmp' } as unknown as { enabled: boolean };
    expect(await h.call('autoBackup:configure', sneaky)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await h.call('autoBackup:configure', { generations: 53 })).toMatchObject({ ok: false });
    expect(await h.call('autoBackup:configure', { generations: 0 })).toMatchObject({ ok: false });
    expect((await h.value('autoBackup:status', undefined)).folder).toBeNull();
    expect(await h.call('autoBackup:run', undefined)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    await h.core.backUpIfDue();
    expect(fs.existsSync(autoFolder(h))).toBe(false);
  });

  it('are kept encrypted in the vault: the folder never appears in clear on disk', async () => {
    const h = await journalBackingUp();
    await h.value('autoBackup:configure', { frequency: 'weekly', generations: 12 });
    await h.value('vault:lock', undefined);
    expect(filesContaining(h.dataDir, [path.basename(h.dialogDir)])).toEqual([]);
    await h.value('vault:unlock', UNLOCK);
    expect(await h.value('autoBackup:status', undefined)).toMatchObject({
      enabled: true,
      folder: autoFolder(h),
      frequency: 'weekly',
      generations: 12,
    });
    await h.value('vault:lock', undefined);
    expect(await h.call('autoBackup:status', undefined)).toMatchObject({
      ok: false,
      error: { code: 'VAULT_LOCKED' },
    });
  });
});

describe('automatic backups: when', () => {
  it('writes one when switched on, then only once the period has passed by the clock', async () => {
    const h = await journalBackingUp();
    const folder = autoFolder(h);
    const [first] = ours(folder);
    expect(first).toBeDefined();
    expect(parseAutoBackupName(first!)).toBe(Math.floor(h.clock.ms / 60_000) * 60_000);
    expect(fs.statSync(path.join(folder, first!)).mode & 0o777).toBe(0o600);
    expect(filesContaining(folder, [SECRET, 'Heron', 'reeds'])).toEqual([]);
    const status = await h.value('autoBackup:status', undefined);
    expect(status.lastAttempt).toMatchObject({ outcome: 'written', fileName: first, kept: 1 });
    expect(status.lastWrittenAt).toBe(new Date(h.clock.ms).toISOString());
    expect(h.events.some((e) => e.event === 'autoBackup:attempted')).toBe(true);
    expect(
      h.events.some(
        (e) => e.event === 'vault:progress' && (e.payload as { task: string }).task === 'autoBackup',
      ),
    ).toBe(true);

    // Daily: not yet after 19 hours (nor on switching on again); due after 21.
    h.clock.ms += 19 * HOUR;
    await h.core.backUpIfDue();
    await h.value('autoBackup:configure', { enabled: true });
    await h.core.backUpIfDue();
    expect(ours(folder)).toEqual([first]);
    h.clock.ms += 2 * HOUR;
    await h.core.backUpIfDue();
    expect(ours(folder)).toHaveLength(2);

    // Weekly: not after three days, due after seven.
    await h.value('autoBackup:configure', { frequency: 'weekly' });
    h.clock.ms += 3 * DAY;
    await h.core.backUpIfDue();
    expect(ours(folder)).toHaveLength(2);
    h.clock.ms += 4 * DAY;
    await h.core.backUpIfDue();
    expect(ours(folder)).toHaveLength(3);

    // Switched off: nothing, however long it has been.
    await h.value('autoBackup:configure', { enabled: false });
    h.clock.ms += 30 * DAY;
    await h.core.backUpIfDue();
    expect(ours(folder)).toHaveLength(3);

    // The clock moved back behind the last backup: one is written rather than none for weeks.
    await h.value('autoBackup:configure', { enabled: true });
    h.clock.ms -= 60 * DAY;
    await h.core.backUpIfDue();
    expect(ours(folder)).toHaveLength(4);
    await h.core.backUpIfDue();
    expect(ours(folder)).toHaveLength(4);
  });

  it('never holds up unlocking: a due backup starts by itself shortly after, and the timer stops on lock', async () => {
    const h = harness(undefined, undefined, { autoBackupTiming: { firstCheckMs: 300, everyMs: 60_000 } });
    await journalBackingUp(h);
    const folder = autoFolder(h);
    await h.value('vault:lock', undefined);
    h.clock.ms += 2 * DAY;

    await h.value('vault:unlock', UNLOCK);
    expect(ours(folder)).toHaveLength(1); // unlocking did not wait for it
    expect(await h.value('entries:list', { limit: 10 })).toMatchObject({ entries: [{ title: 'Heron' }] });
    await waitFor(() => ours(folder).length === 2);

    // Locked before the first check: nothing is written, even when due.
    await h.value('vault:lock', undefined);
    h.clock.ms += 2 * DAY;
    await h.value('vault:unlock', UNLOCK);
    await h.value('vault:lock', undefined);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(ours(folder)).toHaveLength(2);
    await h.core.backUpIfDue();
    expect(ours(folder)).toHaveLength(2);
  });
});

describe('automatic backups: generations', () => {
  it('keeps exactly N of this journal, and never touches manual backups, other files, other journals or links', async () => {
    const h = await journalBackingUp();
    const folder = autoFolder(h);
    await h.value('autoBackup:configure', { generations: 3 });

    // Beside them, things that are not ours to delete, some named exactly like ours.
    const manual = await h.value('backup:create', {});
    if (manual.status !== 'written') throw new Error('manual backup cancelled');
    fs.renameSync(path.join(h.dialogDir, manual.fileName), path.join(folder, manual.fileName));
    const separate = await h.value('backup:create', { passphrase: 'a separate backup passphrase' });
    if (separate.status !== 'written') throw new Error('manual backup cancelled');
    fs.renameSync(
      path.join(h.dialogDir, separate.fileName),
      path.join(folder, 'alcove-auto-2001-01-01T0000+0000.alcove'),
    );
    fs.writeFileSync(path.join(folder, 'alcove-auto-2001-01-02T0000+0000.alcove'), 'not a backup at all');
    fs.writeFileSync(path.join(folder, 'notes.txt'), 'my notes');
    fs.mkdirSync(path.join(folder, 'alcove-auto-2001-01-03T0000+0000.alcove'));
    const elsewhere = makeTempDir('alcove-elsewhere-');
    scratch.push(elsewhere);
    const [firstOurs] = ours(folder).filter((name) => name.startsWith('alcove-auto-2026'));
    const linkTarget = path.join(elsewhere, 'linked.alcove');
    fs.copyFileSync(path.join(folder, firstOurs!), linkTarget);
    const linkTargetHash = sha(linkTarget);
    fs.symlinkSync(linkTarget, path.join(folder, 'alcove-auto-2001-01-04T0000+0000.alcove'));
    const other = await journalBackingUp(harness());
    const [otherJournals] = ours(autoFolder(other));
    fs.copyFileSync(
      path.join(autoFolder(other), otherJournals!),
      path.join(folder, 'alcove-auto-2001-01-05T0000+0000.alcove'),
    );
    const foreign = fs
      .readdirSync(folder)
      .filter((name) => !name.startsWith('alcove-auto-2026'))
      .sort();
    expect(foreign).toHaveLength(7);
    const hashes = () =>
      Object.fromEntries(
        foreign.map((name) => {
          const file = path.join(folder, name);
          const stat = fs.lstatSync(file);
          return [
            name,
            stat.isSymbolicLink() ? `link:${fs.readlinkSync(file)}` : stat.isDirectory() ? 'dir' : sha(file),
          ];
        }),
      );
    const foreignBefore = hashes();

    const written: string[] = [firstOurs!];
    for (let day = 1; day <= 5; day++) {
      h.clock.ms += DAY;
      await h.core.backUpIfDue();
      const attempt = await lastAttempt(h);
      if (attempt?.outcome !== 'written') throw new Error(`not written: ${JSON.stringify(attempt)}`);
      written.push(attempt.fileName);
      expect(attempt.kept).toBe(Math.min(written.length, 3));
    }
    expect(ours(folder).filter((name) => name.startsWith('alcove-auto-2026'))).toEqual(written.slice(-3));
    expect(hashes()).toEqual(foreignBefore);
    expect(sha(linkTarget)).toBe(linkTargetHash);

    // Fewer generations: the oldest go at the next backup, never the newest.
    await h.value('autoBackup:configure', { generations: 1 });
    h.clock.ms += DAY;
    await h.core.backUpIfDue();
    const last = await lastAttempt(h);
    expect(last).toMatchObject({ outcome: 'written', kept: 1 });
    expect(ours(folder).filter((name) => name.startsWith('alcove-auto-2026'))).toEqual([last!.fileName]);
    expect(hashes()).toEqual(foreignBefore);
  });

  it('restores through the usual path with the journal passphrase', async () => {
    const h = await journalBackingUp();
    const [file] = ours(autoFolder(h));
    const elsewhere = harness();
    fs.copyFileSync(path.join(autoFolder(h), file!), path.join(elsewhere.dialogDir, file!));
    const chosen = await elsewhere.value('backup:choose', undefined);
    if (chosen.status !== 'chosen') throw new Error('nothing chosen');
    expect(chosen).toMatchObject({ fileName: file, protection: 'vault' });
    const restored = await elsewhere.value('backup:restore', { token: chosen.token, credentials: UNLOCK });
    expect(restored).toMatchObject({ status: 'restored', vault: { state: 'unlocked' } });
    const { entries } = await elsewhere.value('entries:list', { limit: 10 });
    const entry = await elsewhere.value('entries:get', { id: entries[0]!.id });
    expect(entry.body).toBe(`the reeds ${SECRET}`);
  });
});

describe('automatic backups: failures', () => {
  it('an interrupted write leaves no file under the final name; its leftover is swept later', async () => {
    const folder = makeTempDir('alcove-interrupted-');
    scratch.push(folder);
    const source = path.join(folder, 'source.db');
    fs.writeFileSync(source, crypto.randomBytes(3 * 1024 * 1024 + 5));
    const destination = path.join(folder, autoBackupName(new Date('2026-03-01T09:00:00Z'), 0));
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        [
          '--import',
          'tsx',
          path.join(REPO_ROOT, 'tests/core/support/interruptedBackup.ts'),
          source,
          destination,
        ],
        { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('chunk')) child.kill('SIGKILL');
      });
      child.on('error', reject);
      child.on('exit', (code, signal) =>
        signal === 'SIGKILL' ? resolve() : reject(new Error(`writer exited on its own (${code}): ${stderr}`)),
      );
    });
    expect(fs.existsSync(destination)).toBe(false);
    const partial = `${destination}.part`;
    expect(fs.statSync(partial).size).toBeGreaterThan(1024 * 1024); // it was cut off mid-file

    // Not swept while it could still be a write in progress; swept once it is clearly abandoned.
    const someoneElses = path.join(folder, 'holiday.mov.part');
    fs.writeFileSync(someoneElses, 'not ours');
    sweepInterruptedWrites(folder, new Date());
    expect(fs.existsSync(partial)).toBe(true);
    sweepInterruptedWrites(folder, new Date(Date.now() + 2 * HOUR));
    expect(fs.existsSync(partial)).toBe(false);
    expect(fs.existsSync(someoneElses)).toBe(true);
    expect(fs.existsSync(source)).toBe(true);
  });

  it('a missing folder (a drive unplugged) is recorded, never created, and the backups there are untouched', async () => {
    const h = await journalBackingUp();
    const folder = autoFolder(h);
    h.clock.ms += DAY;
    await h.core.backUpIfDue();
    const before = Object.fromEntries(ours(folder).map((name) => [name, sha(path.join(folder, name))]));
    const lastWrittenAt = (await h.value('autoBackup:status', undefined)).lastWrittenAt;

    const unplugged = `${folder}-unplugged`;
    fs.renameSync(folder, unplugged);
    h.clock.ms += DAY;
    await h.core.backUpIfDue();
    const status = await h.value('autoBackup:status', undefined);
    expect(status.lastAttempt).toMatchObject({ outcome: 'failed', problem: 'missing' });
    expect(status.lastAttempt?.outcome === 'failed' && status.lastAttempt.message).toContain('ENOENT');
    expect(status.lastWrittenAt).toBe(lastWrittenAt);
    expect(fs.existsSync(folder)).toBe(false);
    expect(h.events.filter((e) => e.event === 'autoBackup:attempted').at(-1)?.payload).toMatchObject({
      lastAttempt: { outcome: 'failed', problem: 'missing' },
    });

    fs.renameSync(unplugged, folder);
    expect(Object.fromEntries(ours(folder).map((name) => [name, sha(path.join(folder, name))]))).toEqual(
      before,
    );
    // Still due: the next check (or "Back up now") writes one.
    const ran = await h.value('autoBackup:run', undefined);
    expect(ran.lastAttempt).toMatchObject({ outcome: 'written', kept: 3 });
  });

  it('a write that fails inside the folder is recorded with its reason, and every older generation is kept', async () => {
    const h = await journalBackingUp();
    const folder = autoFolder(h);
    await h.value('autoBackup:configure', { generations: 2 });
    h.clock.ms += DAY;
    await h.core.backUpIfDue();
    const before = Object.fromEntries(ours(folder).map((name) => [name, sha(path.join(folder, name))]));
    expect(Object.keys(before)).toHaveLength(2);

    // Something already sits where the temporary file goes: writing it fails, even for root.
    h.clock.ms += DAY;
    const blocked = `${path.join(folder, autoBackupName(new Date(h.clock.ms)))}.part`;
    fs.mkdirSync(blocked);
    await h.core.backUpIfDue();
    const attempt = await lastAttempt(h);
    expect(attempt).toMatchObject({ outcome: 'failed', problem: 'other' });
    expect(attempt?.outcome === 'failed' && attempt.message).toMatch(/\(E[A-Z]+\)/);
    expect(Object.fromEntries(ours(folder).map((name) => [name, sha(path.join(folder, name))]))).toEqual(
      before,
    );
    expect(fs.statSync(blocked).isDirectory()).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)(
    'a folder that cannot be written is recorded as not allowed (skipped as root, who may write anywhere)',
    async () => {
      const h = await journalBackingUp();
      const folder = autoFolder(h);
      const before = ours(folder);
      fs.chmodSync(folder, 0o500);
      try {
        h.clock.ms += DAY;
        await h.core.backUpIfDue();
        expect(await lastAttempt(h)).toMatchObject({ outcome: 'failed', problem: 'not-allowed' });
        expect(ours(folder)).toEqual(before);
      } finally {
        fs.chmodSync(folder, 0o700);
      }
    },
  );
});

async function waitFor(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
