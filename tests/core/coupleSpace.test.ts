import { afterEach, describe, expect, it } from 'vitest';
import { DESIRE_ITEM_IDS } from '../../shared/content/couple/desireList';
import { DecryptionError, initSodium } from '../../electron/core/crypto/sodium';
import { lockPartner, openPrivateAnswer, unlockPartner } from '../../electron/core/couple/sameMachine';
import { VaultEngine } from '../../electron/core/vault/vaultEngine';
import { filesContaining, startCore, type Harness } from './support/coreHarness';

const PASSPHRASE = 'a long enough passphrase';
const SECRET_A = 'robin secret words';
const SECRET_B = 'sam other secret words';
const CONSENT = { byChoice: true, canStop: true, partnerCanStop: true } as const;
let h: Harness;
afterEach(async () => h?.dispose());

async function withSpace(): Promise<Harness> {
  h = startCore();
  await h.value('vault:create', { passphrase: PASSPHRASE });
  await withSpaceOn(h);
  return h;
}

const answersA = {
  'long-hug': 'yes',
  'massage-back': 'yes',
  blindfold: 'no',
  toys: 'maybe',
  'talk-likes': 'maybe',
} as const;
const answersB = {
  'long-hug': 'yes',
  'massage-back': 'maybe',
  blindfold: 'yes',
  toys: 'maybe',
  'talk-likes': 'no',
} as const;

async function bothAnswerAndConfirm(): Promise<void> {
  await h.value('couple:desires:submit', {
    partner: 'a',
    secret: SECRET_A,
    consent: CONSENT,
    answers: answersA,
  });
  await h.value('couple:desires:submit', {
    partner: 'b',
    secret: SECRET_B,
    consent: CONSENT,
    answers: answersB,
  });
  await h.value('couple:desires:ready', { partner: 'a', secret: SECRET_A, ready: true });
  await h.value('couple:desires:ready', { partner: 'b', secret: SECRET_B, ready: true });
}

describe('the couple space in the vault', () => {
  it('starts absent, then holds both profiles and a desire list nobody has answered', async () => {
    h = startCore();
    await h.value('vault:create', { passphrase: PASSPHRASE });
    expect(await h.value('couple:status', undefined)).toEqual({ exists: false });
    await withSpaceOn(h);
    expect(await h.value('couple:status', undefined)).toEqual({
      exists: true,
      partners: { a: { name: 'Robin-CANARY-7c1e', pronouns: 'they' }, b: { name: 'Sam', pronouns: 'she' } },
      exercises: [
        {
          exercise: 'desire-list',
          answered: { a: false, b: false },
          ready: { a: false, b: false },
          revealed: false,
        },
      ],
    });
  });

  it('refuses a second space, and two partners with the same secret', async () => {
    await withSpace();
    const again = await h.call('couple:setup', {
      a: { name: 'X', pronouns: '', secret: 'another secret one' },
      b: { name: 'Y', pronouns: '', secret: 'another secret two' },
    });
    expect(again.ok ? null : again.error.code).toBe('VALIDATION');
    const fresh = startCore();
    try {
      await fresh.value('vault:create', { passphrase: PASSPHRASE });
      const same = await fresh.call('couple:setup', {
        a: { name: 'X', pronouns: '', secret: 'one shared secret' },
        b: { name: 'Y', pronouns: '', secret: 'one shared secret' },
      });
      expect(same.ok ? null : same.error.code).toBe('VALIDATION');
    } finally {
      await fresh.dispose();
    }
  });

  it('asks each partner for their own secret: the other one is refused', async () => {
    await withSpace();
    const wrong = await h.call('couple:desires:submit', {
      partner: 'a',
      secret: SECRET_B,
      consent: CONSENT,
      answers: answersA,
    });
    expect(wrong.ok ? null : wrong.error.code).toBe('BAD_PASSPHRASE');
    const missingConsent = await h.call('couple:desires:submit', {
      partner: 'a',
      secret: SECRET_A,
      consent: { byChoice: true, canStop: false, partnerCanStop: true } as never,
      answers: answersA,
    });
    expect(missingConsent.ok ? null : missingConsent.error.code).toBe('VALIDATION');
  });

  it('stores answers sealed: partner A’s keys cannot open B’s answers, even with the vault open', async () => {
    await withSpace();
    await h.value('couple:desires:submit', {
      partner: 'a',
      secret: SECRET_A,
      consent: CONSENT,
      answers: answersA,
    });
    await h.value('couple:desires:submit', {
      partner: 'b',
      secret: SECRET_B,
      consent: CONSENT,
      answers: answersB,
    });
    await h.value('vault:lock', undefined);
    await initSodium();
    const engine = VaultEngine.unlock(h.dataDir, { method: 'passphrase', passphrase: PASSPHRASE });
    try {
      const stored = engine.couple.sealed()!;
      const a = unlockPartner(stored.space, 'a', SECRET_A);
      try {
        expect(() => openPrivateAnswer(a, stored.answers.b!)).toThrow(DecryptionError);
        // A's own list opens with A's keys: the failure above is the key, not the record.
        const own = JSON.parse(new TextDecoder().decode(openPrivateAnswer(a, stored.answers.a!))) as {
          answers: string;
        };
        expect(own.answers).toHaveLength(DESIRE_ITEM_IDS.length);
        expect(own.answers[DESIRE_ITEM_IDS.indexOf('blindfold')]).toBe('n');
      } finally {
        lockPartner(a);
      }
    } finally {
      engine.close();
    }
    // Nothing of the space is on disk in clear, not even a partner's name.
    expect(filesContaining(h.dataDir, ['Robin-CANARY-7c1e'])).toEqual([]);
  });

  it('refuses the reveal until both answered and both said they are ready', async () => {
    await withSpace();
    const early = await h.call('couple:desires:reveal', { secrets: { a: SECRET_A, b: SECRET_B } });
    expect(early.ok ? null : early.error.code).toBe('FORBIDDEN');
    await h.value('couple:desires:submit', {
      partner: 'a',
      secret: SECRET_A,
      consent: CONSENT,
      answers: answersA,
    });
    const notAnswered = await h.call('couple:desires:ready', { partner: 'b', secret: SECRET_B, ready: true });
    expect(notAnswered.ok ? null : notAnswered.error.code).toBe('FORBIDDEN');
    await h.value('couple:desires:submit', {
      partner: 'b',
      secret: SECRET_B,
      consent: CONSENT,
      answers: answersB,
    });
    await h.value('couple:desires:ready', { partner: 'a', secret: SECRET_A, ready: true });
    const oneReady = await h.call('couple:desires:reveal', { secrets: { a: SECRET_A, b: SECRET_B } });
    expect(oneReady.ok ? null : oneReady.error.code).toBe('FORBIDDEN');
    await h.value('couple:desires:ready', { partner: 'b', secret: SECRET_B, ready: true });
    const wrongSecret = await h.call('couple:desires:reveal', { secrets: { a: SECRET_A, b: SECRET_A } });
    expect(wrongSecret.ok ? null : wrongSecret.error.code).toBe('BAD_PASSPHRASE');
    expect((await h.value('couple:status', undefined)).exists).toBe(true);
  });

  it('reveals only mutual yes and yes/maybe: never a "no", never maybe/maybe', async () => {
    await withSpace();
    await bothAnswerAndConfirm();
    const { overlaps } = await h.value('couple:desires:reveal', { secrets: { a: SECRET_A, b: SECRET_B } });
    expect(overlaps.sort((x, y) => x.itemId.localeCompare(y.itemId))).toEqual([
      { itemId: 'long-hug', a: 'yes', b: 'yes' },
      { itemId: 'massage-back', a: 'yes', b: 'maybe' },
    ]);
    // blindfold (A no, B yes), talk-likes (A maybe, B no) and toys (maybe/maybe) are absent.
    // Either partner reads the overlaps later with their own secret; the reveal is not repeated.
    const later = await h.value('couple:desires:overlaps', { partner: 'b', secret: SECRET_B });
    expect(later.overlaps).toHaveLength(2);
    const again = await h.call('couple:desires:reveal', { secrets: { a: SECRET_A, b: SECRET_B } });
    expect(again.ok ? null : again.error.code).toBe('FORBIDDEN');
    const status = await h.value('couple:status', undefined);
    expect(status.exists && status.exercises[0]!.revealed).toBe(true);
  });

  it('lets a partner leave without a reason: their answers, both "ready" and the overlaps go', async () => {
    await withSpace();
    await bothAnswerAndConfirm();
    await h.value('couple:desires:reveal', { secrets: { a: SECRET_A, b: SECRET_B } });
    const left = await h.call('couple:desires:leave', { partner: 'b', secret: SECRET_A });
    expect(left.ok ? null : left.error.code).toBe('BAD_PASSPHRASE');
    const status = await h.value('couple:desires:leave', { partner: 'b', secret: SECRET_B });
    expect(status.exists && status.exercises[0]).toEqual({
      exercise: 'desire-list',
      answered: { a: true, b: false },
      ready: { a: false, b: false },
      revealed: false,
    });
  });

  it('stays out of the journal: no entry, no search hit, and it survives a data key rotation', async () => {
    await withSpace();
    await bothAnswerAndConfirm();
    expect((await h.value('entries:list', { limit: 10 })).entries).toEqual([]);
    expect((await h.value('search:query', { query: 'Robin', limit: 10 })).hits).toEqual([]);
    await h.value('vault:rotateDataKey', { passphrase: PASSPHRASE });
    await h.value('vault:lock', undefined);
    expect(await h.unlockVerdict({ method: 'passphrase', passphrase: PASSPHRASE })).toBe('verified');
    const { overlaps } = await h.value('couple:desires:reveal', { secrets: { a: SECRET_A, b: SECRET_B } });
    expect(overlaps).toHaveLength(2);
  });
});

async function withSpaceOn(harness: Harness): Promise<void> {
  await harness.value('couple:setup', {
    a: { name: 'Robin-CANARY-7c1e', pronouns: 'they', secret: SECRET_A },
    b: { name: 'Sam', pronouns: 'she', secret: SECRET_B },
  });
}
