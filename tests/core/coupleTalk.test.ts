import { afterEach, describe, expect, it } from 'vitest';
import { DecryptionError, initSodium } from '../../electron/core/crypto/sodium';
import { lockPartner, openPrivateAnswer, unlockPartner } from '../../electron/core/couple/sameMachine';
import { VaultEngine } from '../../electron/core/vault/vaultEngine';
import { filesContaining, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const SECRET_A = 'robin secret words';
const SECRET_B = 'sam other secret words';
const CONSENT = { byChoice: true, canStop: true, partnerCanStop: true } as const;
const NEED_A = 'An evening without screens-CANARY-31ad';
const NEED_B = 'A slow Sunday morning';
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

async function startCheckIn(): Promise<string> {
  const status = await h.value('couple:talk:start', { exercise: 'check-in', questionId: null });
  return status.open.find((r) => r.exercise === 'check-in')!.roundId;
}

async function bothAnswer(roundId: string): Promise<void> {
  await h.value('couple:talk:answer', {
    partner: 'a',
    secret: SECRET_A,
    roundId,
    fields: { connection: 7, 'went-well': 'Our walk on Tuesday', need: NEED_A },
  });
  await h.value('couple:talk:answer', {
    partner: 'b',
    secret: SECRET_B,
    roundId,
    fields: { connection: 4, need: NEED_B },
  });
}

async function bothReady(roundId: string): Promise<void> {
  await h.value('couple:talk:ready', { partner: 'a', secret: SECRET_A, roundId, ready: true });
  await h.value('couple:talk:ready', { partner: 'b', secret: SECRET_B, roundId, ready: true });
}

const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? null : result.error?.code);

describe('the conversation exercises of the couple space', () => {
  it('open a round per exercise: a deck on one of its questions, another question while nobody answered', async () => {
    await withSpace();
    expect(await h.value('couple:talk:status', undefined)).toEqual({ open: [], revealed: [] });
    const first = await h.value('couple:talk:start', { exercise: 'deck-dreams', questionId: 'd-trip' });
    expect(first.open).toEqual([
      {
        roundId: expect.stringMatching(/^[0-9a-f]{32}$/) as unknown,
        exercise: 'deck-dreams',
        questionId: 'd-trip',
        answered: { a: false, b: false },
        ready: { a: false, b: false },
      },
    ]);
    const other = await h.value('couple:talk:start', { exercise: 'deck-dreams', questionId: 'd-skill' });
    expect(other.open.map((r) => r.questionId)).toEqual(['d-skill']);
    expect(
      codeOf(await h.call('couple:talk:start', { exercise: 'deck-dreams', questionId: 'k-laugh' })),
    ).toBe('VALIDATION');
    expect(codeOf(await h.call('couple:talk:start', { exercise: 'check-in', questionId: 'd-trip' }))).toBe(
      'VALIDATION',
    );
    // Once someone answered, the question stays until it is revealed or the answer is taken back.
    await h.value('couple:talk:answer', {
      partner: 'a',
      secret: SECRET_A,
      roundId: other.open[0]!.roundId,
      fields: { answer: 'Learning to sail' },
    });
    expect(codeOf(await h.call('couple:talk:start', { exercise: 'deck-dreams', questionId: 'd-trip' }))).toBe(
      'FORBIDDEN',
    );
  });

  it('checks answers against the exercise: its own fields, the 0–10 scale, and consent when intimate', async () => {
    await withSpace();
    const roundId = await startCheckIn();
    const answer = (fields: Record<string, string | number>) =>
      h.call('couple:talk:answer', { partner: 'a', secret: SECRET_A, roundId, fields });
    expect(codeOf(await answer({ mood: 'fine' }))).toBe('VALIDATION');
    expect(codeOf(await answer({ connection: 11 }))).toBe('VALIDATION');
    expect(codeOf(await answer({ connection: 'high' }))).toBe('VALIDATION');
    expect(codeOf(await answer({ need: '   ' }))).toBe('VALIDATION');
    expect(
      codeOf(
        await h.call('couple:talk:answer', {
          partner: 'a',
          secret: SECRET_B,
          roundId,
          fields: { connection: 5 },
        }),
      ),
    ).toBe('BAD_PASSPHRASE');

    const desire = await h.value('couple:talk:start', { exercise: 'accelerators-brakes', questionId: null });
    const desireRound = desire.open.find((r) => r.exercise === 'accelerators-brakes')!.roundId;
    const fields = { accelerators: 'Time without rush' };
    expect(
      codeOf(
        await h.call('couple:talk:answer', { partner: 'b', secret: SECRET_B, roundId: desireRound, fields }),
      ),
    ).toBe('VALIDATION');
    const withConsent = await h.value('couple:talk:answer', {
      partner: 'b',
      secret: SECRET_B,
      roundId: desireRound,
      consent: CONSENT,
      fields,
    });
    expect(withConsent.open.find((r) => r.roundId === desireRound)!.answered).toEqual({ a: false, b: true });
  });

  it('seals each answer under its partner’s key: the other partner’s keys cannot open it, even with the vault open', async () => {
    await withSpace();
    const roundId = await startCheckIn();
    await bothAnswer(roundId);
    await h.value('vault:lock', undefined);
    await initSodium();
    const engine = VaultEngine.unlock(h.dataDir, { method: 'passphrase', passphrase: PASSPHRASE });
    try {
      const space = engine.couple.sealed()!.space;
      const sealed = engine.coupleTalk.sealed(roundId);
      const b = unlockPartner(space, 'b', SECRET_B);
      try {
        expect(() => openPrivateAnswer(b, sealed.a!)).toThrow(DecryptionError);
        // B's own answer opens with B's keys: the failure above is the key, not the record.
        const own = JSON.parse(new TextDecoder().decode(openPrivateAnswer(b, sealed.b!))) as unknown;
        expect(own).toEqual({ connection: 4, need: NEED_B });
      } finally {
        lockPartner(b);
      }
    } finally {
      engine.close();
    }
    expect(filesContaining(h.dataDir, [NEED_A])).toEqual([]);
  });

  it('refuses the reveal until both answered and both said they are ready, each with their own secret', async () => {
    await withSpace();
    const roundId = await startCheckIn();
    const reveal = () => h.call('couple:talk:reveal', { roundId, secrets: { a: SECRET_A, b: SECRET_B } });
    expect(codeOf(await reveal())).toBe('FORBIDDEN');
    await h.value('couple:talk:answer', {
      partner: 'a',
      secret: SECRET_A,
      roundId,
      fields: { connection: 7, need: NEED_A },
    });
    expect(
      codeOf(await h.call('couple:talk:ready', { partner: 'b', secret: SECRET_B, roundId, ready: true })),
    ).toBe('FORBIDDEN');
    await h.value('couple:talk:ready', { partner: 'a', secret: SECRET_A, roundId, ready: true });
    expect(codeOf(await reveal())).toBe('FORBIDDEN');
    // B answering starts the round again: A's "ready" was for a round without B's answer.
    const afterB = await h.value('couple:talk:answer', {
      partner: 'b',
      secret: SECRET_B,
      roundId,
      fields: { connection: 4, need: NEED_B },
    });
    expect(afterB.open[0]!.ready).toEqual({ a: false, b: false });
    expect(
      codeOf(await h.call('couple:talk:ready', { partner: 'a', secret: SECRET_B, roundId, ready: true })),
    ).toBe('BAD_PASSPHRASE');
    await h.value('couple:talk:ready', { partner: 'a', secret: SECRET_A, roundId, ready: true });
    expect(codeOf(await reveal())).toBe('FORBIDDEN');
    await h.value('couple:talk:ready', { partner: 'b', secret: SECRET_B, roundId, ready: true });
    expect(
      codeOf(await h.call('couple:talk:reveal', { roundId, secrets: { a: SECRET_A, b: SECRET_A } })),
    ).toBe('BAD_PASSPHRASE');
    const status = await h.value('couple:talk:status', undefined);
    expect(status.revealed).toEqual([]);
  });

  it('reveals both answers side by side, then keeps the round for either partner to reread', async () => {
    await withSpace();
    const roundId = await startCheckIn();
    await bothAnswer(roundId);
    await bothReady(roundId);
    const revealed = await h.value('couple:talk:reveal', { roundId, secrets: { a: SECRET_A, b: SECRET_B } });
    expect(revealed).toEqual({
      roundId,
      exercise: 'check-in',
      questionId: null,
      revealedAt: '2026-03-01T09:00:00.000Z',
      answers: {
        a: { connection: 7, 'went-well': 'Our walk on Tuesday', need: NEED_A },
        b: { connection: 4, need: NEED_B },
      },
    });
    const status = await h.value('couple:talk:status', undefined);
    expect(status.open).toEqual([]);
    expect(status.revealed).toEqual([
      { roundId, exercise: 'check-in', questionId: null, revealedAt: '2026-03-01T09:00:00.000Z' },
    ]);
    expect(
      codeOf(await h.call('couple:talk:reveal', { roundId, secrets: { a: SECRET_A, b: SECRET_B } })),
    ).toBe('FORBIDDEN');
    for (const [partner, secret] of [
      ['a', SECRET_A],
      ['b', SECRET_B],
    ] as const) {
      expect(await h.value('couple:talk:read', { partner, secret, roundId })).toEqual(revealed);
    }
    expect(codeOf(await h.call('couple:talk:read', { partner: 'b', secret: SECRET_A, roundId }))).toBe(
      'BAD_PASSPHRASE',
    );
    // Still readable after a data key rotation and a new unlock (the couple table is re-sealed).
    await h.value('vault:rotateDataKey', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict({ method: 'passphrase', passphrase: PASSPHRASE })).toBe('verified');
    expect(await h.value('couple:talk:read', { partner: 'a', secret: SECRET_A, roundId })).toEqual(revealed);
  });

  it('keeps a history of revealed rounds, newest first, across exercises', async () => {
    await withSpace();
    const first = await startCheckIn();
    await bothAnswer(first);
    await bothReady(first);
    await h.value('couple:talk:reveal', { roundId: first, secrets: { a: SECRET_A, b: SECRET_B } });
    h.clock.ms += 7 * 24 * 3600 * 1000;
    const deck = await h.value('couple:talk:start', {
      exercise: 'deck-history',
      questionId: 'h-first-meeting',
    });
    const second = deck.open[0]!.roundId;
    for (const [partner, secret, text] of [
      ['a', SECRET_A, 'The rain at the station'],
      ['b', SECRET_B, 'Your yellow scarf'],
    ] as const) {
      await h.value('couple:talk:answer', { partner, secret, roundId: second, fields: { answer: text } });
    }
    await bothReady(second);
    await h.value('couple:talk:reveal', { roundId: second, secrets: { a: SECRET_A, b: SECRET_B } });
    const status = await h.value('couple:talk:status', undefined);
    expect(status.revealed.map((r) => [r.exercise, r.questionId, r.revealedAt.slice(0, 10)])).toEqual([
      ['deck-history', 'h-first-meeting', '2026-03-08'],
      ['check-in', null, '2026-03-01'],
    ]);
    const reread = await h.value('couple:talk:read', { partner: 'b', secret: SECRET_B, roundId: second });
    expect(reread.answers).toEqual({
      a: { answer: 'The rain at the station' },
      b: { answer: 'Your yellow scarf' },
    });
    // A new check-in opens beside the history.
    const again = await startCheckIn();
    expect(again).not.toBe(first);
  });

  it('lets a partner take their answer back without a reason: only their own, and only with their secret', async () => {
    await withSpace();
    const roundId = await startCheckIn();
    await bothAnswer(roundId);
    await h.value('couple:talk:ready', { partner: 'a', secret: SECRET_A, roundId, ready: true });
    expect(codeOf(await h.call('couple:talk:leave', { partner: 'b', secret: SECRET_A, roundId }))).toBe(
      'BAD_PASSPHRASE',
    );
    const status = await h.value('couple:talk:leave', { partner: 'b', secret: SECRET_B, roundId });
    expect(status.open[0]).toMatchObject({ answered: { a: true, b: false }, ready: { a: false, b: false } });
    expect(
      codeOf(await h.call('couple:talk:reveal', { roundId, secrets: { a: SECRET_A, b: SECRET_B } })),
    ).toBe('FORBIDDEN');
  });

  it('needs a couple space', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    expect(codeOf(await h.call('couple:talk:status', undefined))).toBe('NOT_FOUND');
    expect(codeOf(await h.call('couple:talk:start', { exercise: 'check-in', questionId: null }))).toBe(
      'NOT_FOUND',
    );
  });
});
