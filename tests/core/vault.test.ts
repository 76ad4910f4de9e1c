import { afterEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
let h: Harness;
afterEach(async () => h?.dispose());

describe('the vault lifecycle', () => {
  it('reports no vault before one is created, then unlocked after creation', async () => {
    h = startCore();
    expect(await h.value('vault:status', undefined)).toEqual({ state: 'none' });
    const created = await h.value('vault:create', { passphrase: PASSPHRASE });
    expect(created.status).toEqual({ state: 'unlocked', integrity: 'verified' });
    expect(created.recoveryKey).toMatch(/^([A-Z2-7]{4}-){13}[A-Z2-7]{4}$/);
  });

  it('refuses a passphrase shorter than eight characters', async () => {
    h = startCore();
    const result = await h.call('vault:create', { passphrase: 'short' });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await h.value('vault:status', undefined)).toEqual({ state: 'none' });
  });

  it('never creates a second vault over an existing one', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    const again = await h.call('vault:create', { passphrase: 'another passphrase' });
    expect(again).toMatchObject({ ok: false, error: { code: 'VAULT_EXISTS' } });
    expect(await h.call('vault:unlock', { method: 'passphrase', passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
    });
  });

  it('says there is no vault when asked to unlock an empty folder', async () => {
    h = startCore();
    const result = await h.call('vault:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(result).toMatchObject({ ok: false, error: { code: 'NO_VAULT' } });
  });

  it('locks: every entries call then answers VAULT_LOCKED and a vault:locked event is emitted', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    await h.value('entries:create', { title: 't', body: 'b' });
    expect(await h.value('vault:lock', undefined)).toEqual({ state: 'locked' });
    expect(h.events.filter((e) => e.event === 'vault:locked')).toEqual([
      { event: 'vault:locked', payload: { reason: 'manual' } },
    ]);
    for (const result of [
      await h.call('entries:list', { limit: 10 }),
      await h.call('entries:create', { body: 'x' }),
      await h.call('entries:get', { id: '0'.repeat(32) }),
    ]) {
      expect(result).toMatchObject({ ok: false, error: { code: 'VAULT_LOCKED' } });
    }
  });

  it('locks on request from outside the renderer (idle, system) with the reason', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    await h.core.lock('idle');
    expect(h.events.at(-1)).toEqual({ event: 'vault:locked', payload: { reason: 'idle' } });
    expect(await h.value('vault:status', undefined)).toEqual({ state: 'locked' });
  });

  it('refuses the wrong passphrase with BAD_PASSPHRASE and opens with the right one', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const { id } = await h.value('entries:create', { title: 'kept', body: 'still here' });
    await h.value('vault:lock', undefined);
    expect(
      await h.call('vault:unlock', { method: 'passphrase', passphrase: 'not the passphrase' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSPHRASE' },
    });
    expect(await h.unlockVerdict({ method: 'passphrase', passphrase: PASSPHRASE })).toBe('verified');
    expect(await h.value('entries:get', { id })).toMatchObject({ title: 'kept', body: 'still here' });
  });

  it('normalises the passphrase to NFC, so a decomposed é opens a vault made with a composed one', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: 'mot de passe très sûr' });
    await h.value('vault:lock', undefined);
    const decomposed = 'mot de passe très sûr'.normalize('NFD');
    expect(await h.call('vault:unlock', { method: 'passphrase', passphrase: decomposed })).toMatchObject({
      ok: true,
    });
  });

  it('opens with the recovery key, typed in lower case with spaces', async () => {
    h = startCore();
    const { recoveryKey } = await h.value('vault:create', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
    expect(await h.unlockVerdict({ method: 'recovery', recoveryKey: typed })).toBe('verified');
  });

  it('tells a typo in the recovery key apart from a wrong one', async () => {
    h = startCore();
    const { recoveryKey } = await h.value('vault:create', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    const typo = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
    const result = await h.call('vault:unlock', { method: 'recovery', recoveryKey: typo });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'BAD_PASSPHRASE', message: expect.stringMatching(/typo/) },
    });
  });

  it('slows down repeated failures: after three, the next attempt must wait', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    const wrong = { method: 'passphrase', passphrase: 'wrong wrong wrong' } as const;
    for (let i = 0; i < 3; i++) expect(await h.call('vault:unlock', wrong)).toMatchObject({ ok: false });
    const limited = await h.call('vault:unlock', { method: 'passphrase', passphrase: PASSPHRASE });
    expect(limited).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', retryAfterMs: 1000 } });
    h.clock.ms += 1000;
    expect(await h.call('vault:unlock', { method: 'passphrase', passphrase: PASSPHRASE })).toMatchObject({
      ok: true,
    });
  });

  it('keeps the vault folder private (0700) and the database file 0600', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const vaultDir = path.join(h.dataDir, 'vault');
    expect(fs.statSync(vaultDir).mode & 0o777).toBe(0o700);
    for (const name of fs.readdirSync(vaultDir)) {
      expect([name, fs.statSync(path.join(vaultDir, name)).mode & 0o777]).toEqual([name, 0o600]);
    }
  });
});
