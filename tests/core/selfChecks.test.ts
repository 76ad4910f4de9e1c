import { afterEach, describe, expect, it } from 'vitest';
import { filesContaining, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const UNLOCK = { method: 'passphrase', passphrase: PASSPHRASE } as const;
let h: Harness;
afterEach(async () => h?.dispose());

describe('self-check-ins', () => {
  it('are off until turned on, then scored by the core and kept encrypted', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    const phq9 = { scale: 'phq9' as const, answers: [1, 1, 1, 1, 1, 1, 1, 1, 0] };
    expect(await h.call('selfchecks:add', phq9)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await h.value('settings:update', { selfChecksEnabled: true });

    const saved = await h.value('selfchecks:add', phq9);
    expect(saved).toMatchObject({ scale: 'phq9', score: 8, band: 'mild', at: '2026-03-01T09:00:00.000Z' });
    expect(saved.version).toMatch(/PHQ-9/);
    h.clock.ms += 86_400_000;
    const who5 = await h.value('selfchecks:add', { scale: 'who5', answers: [3, 3, 2, 2, 2] });
    expect(who5).toMatchObject({ score: 48, band: 'below-threshold' });

    await h.value('vault:lock', undefined);
    expect(filesContaining(h.dataDir, ['phq9', 'PHQ-9', 'below-threshold'])).toEqual([]);
    expect(await h.unlockVerdict(UNLOCK)).toBe('verified');
    await h.value('vault:rotateDataKey', { passphrase: PASSPHRASE });
    expect(await h.value('selfchecks:list', { limit: 10 })).toEqual({
      selfChecks: [who5, saved],
      damaged: 0,
    });
  });

  it('refuse answers that do not fit the questionnaire', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    await h.value('settings:update', { selfChecksEnabled: true });
    for (const bad of [
      { scale: 'phq9', answers: [1, 1, 1] },
      { scale: 'gad7', answers: [0, 0, 0, 0, 0, 0, 4] },
      { scale: 'who5', answers: [1, 2, 3, 4, 6] },
      { scale: 'beck', answers: [] },
    ]) {
      expect(await h.call('selfchecks:add', bad as never)).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION' },
      });
    }
    expect(await h.value('selfchecks:list', { limit: 10 })).toEqual({ selfChecks: [], damaged: 0 });
  });
});
