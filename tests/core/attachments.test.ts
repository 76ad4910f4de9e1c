import Database from 'better-sqlite3';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesContaining, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
let h: Harness;
afterEach(async () => h?.dispose());

/** A real PNG signature and IHDR start, followed by a text chunk holding a canary. */
function pngWith(text: string): Buffer {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([
    signature,
    Buffer.from('\x00\x00\x00\x0dIHDR', 'latin1'),
    Buffer.from(`tEXt${text}`, 'latin1'),
  ]);
}

async function entryWithImage(canary = 'CANARY-IMG-5d1e') {
  h = startCore();
  await h.value('vault:create', { passphrase: PASSPHRASE });
  const entry = await h.value('entries:create', { body: 'with a picture' });
  const image = pngWith(canary);
  const meta = await h.value('attachments:add', {
    entryId: entry.id,
    name: 'beach.png',
    dataBase64: image.toString('base64'),
  });
  return { entry, image, meta };
}

describe('attachments', () => {
  it('stores an image encrypted and gives back the same bytes', async () => {
    const { entry, image, meta } = await entryWithImage();
    expect(meta).toMatchObject({
      entryId: entry.id,
      type: 'image/png',
      name: 'beach.png',
      bytes: image.length,
    });
    expect(await h.value('attachments:list', { entryId: entry.id })).toEqual({ attachments: [meta] });
    const back = await h.value('attachments:get', { id: meta.id });
    expect(Buffer.from(back.dataBase64, 'base64').equals(image)).toBe(true);
    await h.value('vault:lock', undefined);
    expect(filesContaining(h.dataDir, ['CANARY-IMG-5d1e', 'beach.png'])).toEqual([]);
  });

  it('recognises images by their bytes and refuses anything else', async () => {
    const { entry } = await entryWithImage();
    const html = Buffer.from('<svg onload="alert(1)"></svg>');
    expect(
      await h.call('attachments:add', {
        entryId: entry.id,
        name: 'x.png',
        dataBase64: html.toString('base64'),
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: expect.stringMatching(/PNG, JPEG/) },
    });
    expect(
      await h.call('attachments:add', { entryId: entry.id, name: 'x', dataBase64: 'not base64!' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(
      await h.call('attachments:add', {
        entryId: 'a'.repeat(32),
        name: 'x',
        dataBase64: pngWith('x').toString('base64'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('go with their entry when it is deleted', async () => {
    const { entry, meta } = await entryWithImage();
    await h.value('entries:delete', { id: entry.id });
    await h.value('entries:purge', { id: entry.id });
    expect(await h.call('attachments:get', { id: meta.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
  });

  it('leave with their entry at once, before the purge, and come back with an undo', async () => {
    const { entry, image, meta } = await entryWithImage();
    await h.value('entries:delete', { id: entry.id });
    expect(await h.value('attachments:list', { entryId: entry.id })).toEqual({ attachments: [] });
    expect(await h.call('attachments:get', { id: meta.id })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await h.call('attachments:add', {
        entryId: entry.id,
        name: 'late.png',
        dataBase64: image.toString('base64'),
      }),
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    await h.value('entries:restore', { id: entry.id });
    expect(await h.value('attachments:list', { entryId: entry.id })).toEqual({ attachments: [meta] });
    const back = await h.value('attachments:get', { id: meta.id });
    expect(Buffer.from(back.dataBase64, 'base64').equals(image)).toBe(true);
  });

  it('survive a data key rotation and are covered by the integrity ledger', async () => {
    const { entry, image, meta } = await entryWithImage();
    await h.value('vault:rotateDataKey', { passphrase: PASSPHRASE });
    const back = await h.value('attachments:get', { id: meta.id });
    expect(Buffer.from(back.dataBase64, 'base64').equals(image)).toBe(true);
    expect(await h.value('attachments:list', { entryId: entry.id })).toEqual({ attachments: [meta] });
    await h.value('vault:lock', undefined);
    const db = new Database(path.join(h.dataDir, 'vault', 'journal.db'));
    db.prepare('DELETE FROM attachments').run();
    db.close();
    expect(await h.unlockVerdict(UNLOCK)).toBe('mismatch');
  });
});
