import { afterEach, describe, expect, it } from 'vitest';
import { DecryptionError, initSodium } from '../../electron/core/crypto/sodium';
import { lockPartner, openPrivateAnswer, unlockPartner } from '../../electron/core/couple/sameMachine';
import { VaultEngine } from '../../electron/core/vault/vaultEngine';
import { filesContaining, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const SECRET_A = 'robin secret words';
const SECRET_B = 'sam other secret words';
const SECRETS = { a: SECRET_A, b: SECRET_B };
const CONSENT = { byChoice: true, canStop: true, partnerCanStop: true } as const;
const BOTH_CONSENT = { a: CONSENT, b: CONSENT };
const NOTE_A = 'NOTE-CANARY-robin felt watched at first';
const LIMITS = 'LIMITS-CANARY no touch on the neck tonight';
const RATINGS_A = { comfort: 7, anxiety: 3, desire: 5, spectatoring: 6 };
const RATINGS_B = { comfort: 9, anxiety: 1, desire: 4, spectatoring: 2 };
const DEBRIEF = { good: 'the slow pace', keep: 'warm room', change: 'shorter turns' };

let h: Harness;
afterEach(async () => h?.dispose());

async function withSpace(): Promise<Harness> {
  h = startCore();
  await h.value('vault:create', { passphrase: PASSPHRASE });
  await h.value('couple:setup', {
    a: { name: 'Robin', pronouns: 'they', secret: SECRET_A },
    b: { name: 'Sam', pronouns: 'she', secret: SECRET_B },
  });
  return h;
}

async function startSession(): Promise<string> {
  const { sessionId } = await h.value('couple:sensate:start', {
    secrets: SECRETS,
    consent: BOTH_CONSENT,
    limits: LIMITS,
  });
  return sessionId;
}

async function completeSession(): Promise<string> {
  const sessionId = await startSession();
  await h.value('couple:sensate:rate', {
    partner: 'a',
    secret: SECRET_A,
    sessionId,
    ratings: RATINGS_A,
    note: NOTE_A,
  });
  await h.value('couple:sensate:rate', {
    partner: 'b',
    secret: SECRET_B,
    sessionId,
    ratings: RATINGS_B,
    note: '',
  });
  await h.value('couple:sensate:debrief', { secrets: SECRETS, sessionId, debrief: DEBRIEF });
  return sessionId;
}

const code = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? null : result.error?.code);

describe('sensate focus in the couple space', () => {
  it('starts at the first stage with no session, and needs a couple space', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    expect(code(await h.call('couple:sensate:status', undefined))).toBe('NOT_FOUND');
    await h.dispose();
    await withSpace();
    expect(await h.value('couple:sensate:status', undefined)).toEqual({
      stage: 0,
      reachedBy: 'start',
      ready: { a: false, b: false },
      sessions: [],
    });
  });

  it('begins a session only with both secrets, both consent check-ins and written limits', async () => {
    await withSpace();
    const wrong = await h.call('couple:sensate:start', {
      secrets: { a: SECRET_A, b: SECRET_A },
      consent: BOTH_CONSENT,
      limits: LIMITS,
    });
    expect(code(wrong)).toBe('BAD_PASSPHRASE');
    const noLimits = await h.call('couple:sensate:start', {
      secrets: SECRETS,
      consent: BOTH_CONSENT,
      limits: '  ',
    });
    expect(code(noLimits)).toBe('VALIDATION');
    const noConsent = await h.call('couple:sensate:start', {
      secrets: SECRETS,
      consent: { a: CONSENT, b: { ...CONSENT, partnerCanStop: false } as never },
      limits: LIMITS,
    });
    expect(code(noConsent)).toBe('VALIDATION');
    expect((await h.value('couple:sensate:status', undefined)).sessions).toEqual([]);
    const sessionId = await startSession();
    const { sessions } = await h.value('couple:sensate:status', undefined);
    expect(sessions).toEqual([
      {
        id: sessionId,
        stage: 0,
        startedAt: '2026-03-01T09:00:00.000Z',
        state: 'open',
        rated: { a: false, b: false },
      },
    ]);
  });

  it('gives each partner back only their own ratings and note; the shared parts open with either secret', async () => {
    await withSpace();
    const sessionId = await completeSession();
    const ownA = await h.value('couple:sensate:own', { partner: 'a', secret: SECRET_A });
    expect(ownA.entries).toEqual([{ sessionId, ratings: RATINGS_A, note: NOTE_A }]);
    const ownB = await h.value('couple:sensate:own', { partner: 'b', secret: SECRET_B });
    expect(ownB.entries).toEqual([{ sessionId, ratings: RATINGS_B, note: '' }]);
    expect(JSON.stringify(ownB)).not.toContain('CANARY');
    // B's secret does not read A's items, even by asking as A.
    expect(code(await h.call('couple:sensate:own', { partner: 'a', secret: SECRET_B }))).toBe(
      'BAD_PASSPHRASE',
    );
    for (const [partner, secret] of [
      ['a', SECRET_A],
      ['b', SECRET_B],
    ] as const) {
      const shared = await h.value('couple:sensate:shared', { partner, secret });
      expect(shared.sessions).toEqual([{ sessionId, limits: LIMITS, debrief: DEBRIEF }]);
      expect(JSON.stringify(shared)).not.toContain('NOTE-CANARY');
    }
    const status = await h.value('couple:sensate:status', undefined);
    expect(status.sessions[0]).toMatchObject({ state: 'done', rated: { a: true, b: true } });
    expect(JSON.stringify(status)).not.toContain('CANARY');
  });

  it('seals a partner’s ratings so the other partner’s keys cannot open them, even with the vault open', async () => {
    await withSpace();
    const sessionId = await completeSession();
    await h.value('vault:lock', undefined);
    await initSodium();
    const engine = VaultEngine.unlock(h.dataDir, { method: 'passphrase', passphrase: PASSPHRASE });
    try {
      const sealedA = engine.sensate.sealedPrivate(sessionId, 'a')!;
      const space = engine.couple.sealed()!.space;
      const b = unlockPartner(space, 'b', SECRET_B);
      try {
        expect(() => openPrivateAnswer(b, sealedA)).toThrow(DecryptionError);
        // Relabelled as B's own answer, it still does not open: the partner is bound in.
        expect(() => openPrivateAnswer(b, { ...sealedA, partner: 'b' })).toThrow(DecryptionError);
      } finally {
        lockPartner(b);
      }
      const a = unlockPartner(space, 'a', SECRET_A);
      try {
        const plain = JSON.parse(new TextDecoder().decode(openPrivateAnswer(a, sealedA))) as { note: string };
        expect(plain.note).toBe(NOTE_A);
      } finally {
        lockPartner(a);
      }
    } finally {
      engine.close();
    }
    expect(filesContaining(h.dataDir, ['NOTE-CANARY', 'LIMITS-CANARY'])).toEqual([]);
  });

  it('moves to the next stage only once both partners, each with their own secret, say they are ready', async () => {
    await withSpace();
    // Not before a session of this stage was completed.
    expect(code(await h.call('couple:sensate:ready', { partner: 'a', secret: SECRET_A, ready: true }))).toBe(
      'FORBIDDEN',
    );
    await completeSession();
    expect(code(await h.call('couple:sensate:ready', { partner: 'b', secret: SECRET_A, ready: true }))).toBe(
      'BAD_PASSPHRASE',
    );
    const one = await h.value('couple:sensate:ready', { partner: 'a', secret: SECRET_A, ready: true });
    expect(one).toMatchObject({ stage: 0, ready: { a: true, b: false } });
    // A changes their mind, then says ready again: still one flag, still stage 0.
    await h.value('couple:sensate:ready', { partner: 'a', secret: SECRET_A, ready: false });
    await h.value('couple:sensate:ready', { partner: 'a', secret: SECRET_A, ready: true });
    const both = await h.value('couple:sensate:ready', { partner: 'b', secret: SECRET_B, ready: true });
    expect(both).toMatchObject({ stage: 1, reachedBy: 'both-ready', ready: { a: false, b: false } });
    // At the new stage, the old session does not count: a new one is needed first.
    expect(code(await h.call('couple:sensate:ready', { partner: 'a', secret: SECRET_A, ready: true }))).toBe(
      'FORBIDDEN',
    );
  });

  it('sets the stage their therapist chose only with both secrets', async () => {
    await withSpace();
    const one = await h.call('couple:sensate:setStage', { secrets: { a: SECRET_A, b: SECRET_A }, stage: 3 });
    expect(code(one)).toBe('BAD_PASSPHRASE');
    expect(code(await h.call('couple:sensate:setStage', { secrets: SECRETS, stage: 9 }))).toBe('VALIDATION');
    const set = await h.value('couple:sensate:setStage', { secrets: SECRETS, stage: 3 });
    expect(set).toMatchObject({ stage: 3, reachedBy: 'therapist' });
    const back = await h.value('couple:sensate:setStage', { secrets: SECRETS, stage: 1 });
    expect(back.stage).toBe(1);
  });

  it('stops a session at any time with no secret and no reason; a stopped session takes nothing more', async () => {
    await withSpace();
    const sessionId = await startSession();
    await h.value('couple:sensate:rate', {
      partner: 'a',
      secret: SECRET_A,
      sessionId,
      ratings: RATINGS_A,
      note: NOTE_A,
    });
    const stopped = await h.value('couple:sensate:stop', { sessionId });
    expect(stopped.sessions[0]).toMatchObject({ id: sessionId, state: 'stopped' });
    const late = await h.call('couple:sensate:rate', {
      partner: 'b',
      secret: SECRET_B,
      sessionId,
      ratings: RATINGS_B,
      note: '',
    });
    expect(code(late)).toBe('FORBIDDEN');
    expect(
      code(await h.call('couple:sensate:debrief', { secrets: SECRETS, sessionId, debrief: DEBRIEF })),
    ).toBe('FORBIDDEN');
    // A stopped session does not count towards "ready".
    expect(code(await h.call('couple:sensate:ready', { partner: 'a', secret: SECRET_A, ready: true }))).toBe(
      'FORBIDDEN',
    );
    // The stop schema has no room for a reason.
    expect(code(await h.call('couple:sensate:stop', { sessionId, reason: 'x' } as never))).toBe('VALIDATION');
  });

  it('refuses ratings out of 0–10, and survives a data key rotation', async () => {
    await withSpace();
    const sessionId = await startSession();
    const high = await h.call('couple:sensate:rate', {
      partner: 'a',
      secret: SECRET_A,
      sessionId,
      ratings: { ...RATINGS_A, anxiety: 11 },
      note: '',
    });
    expect(code(high)).toBe('VALIDATION');
    await h.value('couple:sensate:rate', {
      partner: 'a',
      secret: SECRET_A,
      sessionId,
      ratings: RATINGS_A,
      note: NOTE_A,
    });
    await h.value('vault:rotateDataKey', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict({ method: 'passphrase', passphrase: PASSPHRASE })).toBe('verified');
    const own = await h.value('couple:sensate:own', { partner: 'a', secret: SECRET_A });
    expect(own.entries[0]?.note).toBe(NOTE_A);
  });
});
