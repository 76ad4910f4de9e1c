import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesContaining, makeTempDir, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
const CANARY = 'CANARY-BACKUP-7f3a';
const harnesses: Harness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.dispose();
});

function harness(dataDir?: string, dialogDir?: string): Harness {
  const h = startCore(dataDir, dialogDir);
  harnesses.push(h);
  return h;
}

const vaultPath = (h: Harness) => path.join(h.dataDir, 'vault', 'journal.db');
const sha = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A vault with a few entries (emoji, RTL, a canary) and an image, then a backup of it. */
async function vaultWithBackup(options: { passphrase?: string } = {}) {
  const h = harness();
  const { recoveryKey } = await h.value('vault:create', { passphrase: PASSPHRASE });
  const bodies = [`first ${CANARY}`, 'deuxième 🌙 entrée', 'שלום and more', 'x'.repeat(50_000)];
  for (const body of bodies) await h.value('entries:create', { title: body.slice(0, 10), body });
  const first = (await h.value('entries:list', { limit: 10 })).entries.at(-1)!;
  const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.from(CANARY)]);
  await h.value('attachments:add', {
    entryId: first.id,
    name: 'photo.png',
    dataBase64: png.toString('base64'),
  });
  const written = await h.value(
    'backup:create',
    options.passphrase ? { passphrase: options.passphrase } : {},
  );
  if (written.status !== 'written') throw new Error('backup cancelled');
  const vaultBytesAtBackup = fs.readFileSync(vaultPath(h));
  const file = path.join(h.dialogDir, written.fileName);
  return { h, file, recoveryKey, written, vaultBytesAtBackup };
}

/** Everything the user can read back, in a comparable form. */
async function contentOf(h: Harness) {
  const { entries } = await h.value('entries:list', { limit: 100 });
  const full = [];
  for (const summary of entries) {
    const entry = await h.value('entries:get', { id: summary.id });
    const { attachments } = await h.value('attachments:list', { entryId: summary.id });
    const images = [];
    for (const meta of attachments) images.push(await h.value('attachments:get', { id: meta.id }));
    full.push({ entry, images });
  }
  return full;
}

/** A second machine: an empty data folder whose "open" dialog sees the backup. */
function freshMachineWith(file: string): Harness {
  const dialogDir = makeTempDir('alcove-files-');
  fs.copyFileSync(file, path.join(dialogDir, path.basename(file)));
  return harness(undefined, dialogDir);
}

async function choose(h: Harness) {
  const chosen = await h.value('backup:choose', undefined);
  if (chosen.status !== 'chosen') throw new Error('nothing chosen');
  return chosen;
}

describe('encrypted backup and restore', () => {
  it('restores the whole vault, images included, on another machine with the vault passphrase', async () => {
    const { h, file, written } = await vaultWithBackup();
    const before = await contentOf(h);
    expect(written.bytes).toBe(fs.statSync(file).size);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(filesContaining(h.dialogDir, [CANARY, 'photo.png', 'deuxième'])).toEqual([]);

    const other = freshMachineWith(file);
    expect((await other.value('vault:status', undefined)).state).toBe('none');
    const chosen = await choose(other);
    expect(chosen).toMatchObject({ protection: 'vault', fileName: written.fileName });
    const restored = await other.value('backup:restore', { token: chosen.token, credentials: UNLOCK });
    expect(restored).toMatchObject({ status: 'restored', vault: { state: 'unlocked' } });
    expect(await contentOf(other)).toEqual(before);
    const progress = other.events.filter((e) => e.event === 'vault:progress');
    expect(progress.at(-1)?.payload).toMatchObject({ task: 'restore' });
  });

  it('restores byte for byte, and opens with the recovery key too', async () => {
    const { file, recoveryKey, vaultBytesAtBackup } = await vaultWithBackup({
      passphrase: 'separate backup words',
    });
    const other = freshMachineWith(file);
    const chosen = await choose(other);
    expect(chosen.protection).toBe('backup-passphrase');
    const restored = await other.value('backup:restore', {
      token: chosen.token,
      credentials: { method: 'passphrase', passphrase: 'separate backup words' },
    });
    // Its own passphrase opened the file; the vault inside still wants the vault's secrets.
    expect(restored).toMatchObject({ status: 'restored', vault: { state: 'locked' } });
    expect(fs.readFileSync(vaultPath(other)).equals(vaultBytesAtBackup)).toBe(true);
    expect(await other.unlockVerdict({ method: 'recovery', recoveryKey })).toBe('verified');
  });

  it('a vault-protected backup also opens with the recovery key', async () => {
    const { h, file, recoveryKey } = await vaultWithBackup();
    const before = await contentOf(h);
    const other = freshMachineWith(file);
    const chosen = await choose(other);
    const restored = await other.value('backup:restore', {
      token: chosen.token,
      credentials: { method: 'recovery', recoveryKey },
    });
    expect(restored).toMatchObject({ status: 'restored', vault: { state: 'unlocked' } });
    expect(await contentOf(other)).toEqual(before);
  });

  it('keeps opening with the passphrase it was made with, after the passphrase changes', async () => {
    const { h, file } = await vaultWithBackup();
    await h.value('vault:changePassphrase', { current: PASSPHRASE, next: 'the new passphrase here' });
    const other = freshMachineWith(file);
    const chosen = await choose(other);
    expect(
      await other.call('backup:restore', {
        token: chosen.token,
        credentials: { method: 'passphrase', passphrase: 'the new passphrase here' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'BAD_PASSPHRASE' } });
    expect((await other.value('backup:restore', { token: chosen.token, credentials: UNLOCK })).status).toBe(
      'restored',
    );
  });
});

describe('a restore changes nothing until the whole file checks out', () => {
  /** A vault of its own (different content) that a bad restore must leave exactly as it was. */
  async function machineWithItsOwnVault(backup: Buffer, name = 'given.alcove') {
    const h = harness();
    await h.value('vault:create', { passphrase: 'this machine own passphrase' });
    await h.value('entries:create', { body: 'what this machine already holds' });
    await h.value('vault:lock', undefined);
    fs.mkdirSync(h.dialogDir, { recursive: true });
    fs.writeFileSync(path.join(h.dialogDir, name), backup);
    const fingerprint = () =>
      fs
        .readdirSync(path.dirname(vaultPath(h)))
        .sort()
        .map((f) => `${f}:${sha(path.join(path.dirname(vaultPath(h)), f))}`);
    return { h, fingerprint, before: fingerprint() };
  }

  async function refusedRestore(backup: Buffer, credentials = UNLOCK as object) {
    const { h, fingerprint, before } = await machineWithItsOwnVault(backup);
    const chosen = await h.call('backup:choose', undefined);
    let result: unknown = chosen;
    if (chosen.ok && chosen.value.status === 'chosen') {
      result = await h.call('backup:restore', { token: chosen.value.token, credentials } as never);
    }
    expect(fingerprint()).toEqual(before);
    expect(await h.unlockVerdict({ method: 'passphrase', passphrase: 'this machine own passphrase' })).toBe(
      'verified',
    );
    return result;
  }

  it('refuses a wrong passphrase', async () => {
    const { file } = await vaultWithBackup();
    expect(
      await refusedRestore(fs.readFileSync(file), { method: 'passphrase', passphrase: 'not the passphrase' }),
    ).toMatchObject({ ok: false, error: { code: 'BAD_PASSPHRASE' } });
  });

  it('refuses a truncated file, and one with bytes after its end', async () => {
    const { file } = await vaultWithBackup();
    const bytes = fs.readFileSync(file);
    expect(await refusedRestore(bytes.subarray(0, bytes.length - 100))).toMatchObject({
      ok: false,
      error: { code: 'BAD_BACKUP', message: expect.stringContaining('truncated') },
    });
    expect(await refusedRestore(Buffer.concat([bytes, Buffer.from('extra')]))).toMatchObject({
      ok: false,
      error: { code: 'BAD_BACKUP' },
    });
  });

  it('refuses a file with one bit flipped anywhere in its content, even in the last chunk', async () => {
    const { file } = await vaultWithBackup();
    const bytes = fs.readFileSync(file);
    for (const at of [bytes.length - 1, bytes.length - 5000, Math.floor(bytes.length / 2)]) {
      const flipped = Buffer.from(bytes);
      flipped[at]! ^= 0x01;
      expect(await refusedRestore(flipped)).toMatchObject({ ok: false, error: { code: 'BAD_BACKUP' } });
    }
  });

  it('refuses an edited header, and never runs the KDF with unsafe parameters', async () => {
    const { file } = await vaultWithBackup({ passphrase: 'separate backup words' });
    const bytes = fs.readFileSync(file);
    const length = bytes.readUInt32LE(9);
    const header = JSON.parse(bytes.subarray(13, 13 + length).toString('utf8'));
    const rewrite = (edit: (h: { slots: Array<{ params: string }>; scope: string }) => void) => {
      const copy = structuredClone(header);
      edit(copy);
      const json = Buffer.from(JSON.stringify(copy));
      const prefix = Buffer.from(bytes.subarray(0, 13));
      prefix.writeUInt32LE(json.length, 9);
      return Buffer.concat([prefix, json, bytes.subarray(13 + length)]);
    };
    const hostile = rewrite((h) => {
      const slot = h.slots[0]!;
      slot.params = JSON.stringify({ ...JSON.parse(slot.params), memlimit: 64 * 1024 * 1024 * 1024 });
    });
    // Refused as unsafe before any KDF runs (a 64 GiB Argon2id could not even be attempted).
    expect(
      await refusedRestore(hostile, { method: 'passphrase', passphrase: 'separate backup words' }),
    ).toMatchObject({ ok: false, error: { code: 'BAD_BACKUP' } });
    const renamed = rewrite((h) => {
      h.scope = 'f'.repeat(32);
    });
    expect(
      await refusedRestore(renamed, { method: 'passphrase', passphrase: 'separate backup words' }),
    ).toMatchObject({ ok: false });
  });

  it('refuses files that are not backups, and says so before asking for anything', async () => {
    for (const junk of [
      Buffer.alloc(0),
      Buffer.from('SQLite format 3\0 and more'),
      crypto.randomBytes(5000),
    ]) {
      expect(await refusedRestore(junk)).toMatchObject({ ok: false, error: { code: 'BAD_BACKUP' } });
    }
    const huge = Buffer.alloc(64);
    Buffer.from('ALCOVEBK').copy(huge);
    huge.writeUInt8(1, 8);
    huge.writeUInt32LE(0xffffffff, 9);
    expect(await refusedRestore(huge)).toMatchObject({ ok: false, error: { code: 'BAD_BACKUP' } });
  });

  it('replaces nothing when the user declines the confirmation', async () => {
    const { file } = await vaultWithBackup();
    const { h, fingerprint, before } = await machineWithItsOwnVault(fs.readFileSync(file));
    h.confirmations.answer = false;
    const chosen = await choose(h);
    expect(await h.value('backup:restore', { token: chosen.token, credentials: UNLOCK })).toEqual({
      status: 'cancelled',
    });
    expect(fingerprint()).toEqual(before);
  });

  it('keeps the replaced vault until the restored one has been opened', async () => {
    const { file, recoveryKey } = await vaultWithBackup({ passphrase: 'separate backup words' });
    const { h } = await machineWithItsOwnVault(fs.readFileSync(file));
    const chosen = await choose(h);
    await h.value('backup:restore', {
      token: chosen.token,
      credentials: { method: 'passphrase', passphrase: 'separate backup words' },
    });
    const previous = `${vaultPath(h)}.previous`;
    expect(fs.existsSync(previous)).toBe(true);
    expect(await h.unlockVerdict({ method: 'recovery', recoveryKey })).toBe('verified');
    expect(fs.existsSync(previous)).toBe(false);
  });

  it('puts the old vault back if a restore was interrupted between its two renames', async () => {
    const h = harness();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    await h.value('entries:create', { body: 'still here' });
    await h.value('vault:lock', undefined);
    await h.core.close();
    fs.renameSync(vaultPath(h), `${vaultPath(h)}.previous`);
    fs.writeFileSync(`${vaultPath(h)}.restoring`, 'half written');
    const again = harness(h.dataDir, h.dialogDir);
    expect(await again.unlockVerdict(UNLOCK)).toBe('verified');
    const { entries } = await again.value('entries:list', { limit: 10 });
    expect(entries.map((e) => (e.damaged ? 'damaged' : e.excerpt))).toEqual(['still here']);
    expect(fs.existsSync(`${vaultPath(h)}.restoring`)).toBe(false);
  });

  it('is refused while the vault is unlocked, and a stale token is refused', async () => {
    const { h } = await vaultWithBackup();
    expect(await h.call('backup:choose', undefined)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await h.call('backup:restore', { token: 'made-up', credentials: UNLOCK })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});
