import { afterEach, describe, expect, it } from 'vitest';
import { EMPTY_SAFETY_PLAN } from '../../shared/domain/safety';
import { DEFAULT_SETTINGS } from '../../shared/domain/settings';
import { filesContaining, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
const CANARY = 'CANARY-SAFETY-4c2b';
let h: Harness;
afterEach(async () => h?.dispose());

describe('the safety plan', () => {
  it('is empty at first, then kept encrypted in the vault, across lock and key rotation', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    expect(await h.value('safety:getPlan', undefined)).toEqual(EMPTY_SAFETY_PLAN);
    const plan = {
      ...EMPTY_SAFETY_PLAN,
      warningSigns: [`I stop answering messages ${CANARY}`],
      peopleToAsk: ['Sam, 06 12 34 56 78'],
      reasonsToLive: ['the garden in May'],
    };
    const saved = await h.value('safety:savePlan', plan);
    expect(saved).toMatchObject(plan);
    expect(saved.updatedAt).toBe('2026-03-01T09:00:00.000Z');

    await h.value('vault:lock', undefined);
    expect(await h.call('safety:getPlan', undefined)).toMatchObject({
      ok: false,
      error: { code: 'VAULT_LOCKED' },
    });
    expect(filesContaining(h.dataDir, [CANARY, 'the garden in May'])).toEqual([]);

    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect(await h.value('safety:getPlan', undefined)).toEqual(saved);
    await h.value('vault:rotateDataKey', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    expect(await h.value('safety:getPlan', undefined)).toEqual(saved);
    // The preferences share the table and survive beside it.
    expect(await h.value('settings:update', { idleLockMinutes: 5 })).toEqual({
      ...DEFAULT_SETTINGS,
      idleLockMinutes: 5,
    });
    expect(await h.value('safety:getPlan', undefined)).toEqual(saved);
  });

  it('refuses a plan that is not one, and keeps the saved one', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const saved = await h.value('safety:savePlan', { ...EMPTY_SAFETY_PLAN, copingOnMyOwn: ['a walk'] });
    for (const bad of [
      { ...EMPTY_SAFETY_PLAN, copingOnMyOwn: Array.from({ length: 21 }, (_, i) => `item ${i}`) },
      { ...EMPTY_SAFETY_PLAN, copingOnMyOwn: ['   '] },
      { ...EMPTY_SAFETY_PLAN, copingOnMyOwn: ['x'.repeat(501)] },
      { warningSigns: [] },
    ]) {
      expect(await h.call('safety:savePlan', bad as never)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(await h.value('safety:getPlan', undefined)).toEqual(saved);
  });
});
