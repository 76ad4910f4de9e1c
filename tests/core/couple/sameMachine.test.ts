import { beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { commitToKey, openAnswer, sealAnswer } from '../../../electron/core/couple/answerSeal';
import {
  confirmReveal,
  newRevealRound,
  revealStatus,
  RevealRefused,
  sideBySide,
  submitAnswer,
  withdrawConfirmation,
  type RevealRound,
} from '../../../electron/core/couple/revealTogether';
import {
  createCoupleSpace,
  lockPartner,
  openPrivateAnswer,
  openRevealedAnswer,
  reveal,
  sealPrivateAnswer,
  unlockPartner,
  type CoupleSpaceRecord,
  type PrivateAnswer,
  type UnlockedPartner,
} from '../../../electron/core/couple/sameMachine';
import {
  DecryptionError,
  initSodium,
  open,
  openSealedToPublicKey,
} from '../../../electron/core/crypto/sodium';

const PASS_A = 'a correct horse for partner a';
const PASS_B = 'partner b has a battery staple';
const text = (s: string) => new TextEncoder().encode(s);
const read = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

let space: CoupleSpaceRecord;
let a: UnlockedPartner;
let b: UnlockedPartner;

beforeAll(async () => {
  await initSodium();
  // 'floor' is the lowest cost the vault ever accepts, (2, 64 MiB): real Argon2id, fast enough for tests.
  space = createCoupleSpace({ a: PASS_A, b: PASS_B }, 'floor');
  a = unlockPartner(space, 'a', PASS_A);
  b = unlockPartner(space, 'b', PASS_B);
});

/** Every secret partner B holds on this machine, the couple key included. */
function keysBHolds(): Uint8Array[] {
  return [b.coupleKey, b.privateAnswerKey, b.box.secretKey];
}

/** Every way B could try to open A's answer with B's keys, short of A's passphrase. */
function bCanRead(answer: PrivateAnswer): boolean {
  const labels = ['answer-key', 'revealed-key', 'answer'].flatMap((kind) =>
    (['a', 'b'] as const).map((p) =>
      text(`alcove/couple/v1|${answer.spaceId}|${answer.itemId}|${p}|${kind}`),
    ),
  );
  for (const key of keysBHolds()) {
    for (const ad of labels) {
      for (const attempt of [
        () => open(key, answer.wrappedAnswerKey, ad),
        () => openAnswer(key, answer.sealed, ad),
      ]) {
        try {
          attempt();
          return true;
        } catch (error) {
          if (!(error instanceof DecryptionError)) throw error;
        }
      }
    }
  }
  for (const attempt of [
    () => openPrivateAnswer(b, answer),
    () => openPrivateAnswer(b, { ...answer, partner: 'b' }),
    () => reveal(b, answer),
    () => reveal(b, { ...answer, partner: 'b' }),
  ]) {
    try {
      attempt();
      return true;
    } catch (error) {
      if (!(error instanceof DecryptionError)) throw error;
    }
  }
  return false;
}

describe('a couple space on one machine', () => {
  it('opens for each partner with their own passphrase only, and gives both the same couple key', () => {
    expect(Buffer.from(a.coupleKey).equals(Buffer.from(b.coupleKey))).toBe(true);
    expect(Buffer.from(a.privateAnswerKey).equals(Buffer.from(b.privateAnswerKey))).toBe(false);
    expect(() => unlockPartner(space, 'a', PASS_B)).toThrow(
      expect.objectContaining({ code: 'BAD_PASSPHRASE' }),
    );
    expect(() => unlockPartner(space, 'b', PASS_A)).toThrow(
      expect.objectContaining({ code: 'BAD_PASSPHRASE' }),
    );
  });

  it('uses the vault keyslot format and cost, with its parameters bound: an edited slot does not open', () => {
    expect(JSON.parse(space.partners.a.slot.params)).toMatchObject({
      alg: 'argon2id13',
      opslimit: 2,
      memlimit: 64 * 1024 * 1024,
    });
    const weakened = structuredClone(space);
    (weakened.partners.a.slot as { params: string }).params = space.partners.a.slot.params.replace(
      '"opslimit":2',
      '"opslimit":3',
    );
    expect(() => unlockPartner(weakened, 'a', PASS_A)).toThrow(
      expect.objectContaining({ code: 'BAD_PASSPHRASE' }),
    );
  });

  it("notices a partner's public key swapped in the stored record", () => {
    const swapped = structuredClone(space);
    (swapped.partners.a as { boxPublicKey: Uint8Array }).boxPublicKey = space.partners.b.boxPublicKey;
    let thrown: unknown;
    try {
      unlockPartner(swapped, 'a', PASS_A);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    expect(thrown).toMatchObject({ code: 'VAULT_CORRUPT' });
  });

  it('lets a partner read back their own private answer', () => {
    const answer = sealPrivateAnswer(a, 'exercise-1.q1', text('I feel close when we cook together'));
    expect(read(openPrivateAnswer(a, answer))).toBe('I feel close when we cook together');
  });

  it("keeps A's private answer unreadable with every key B holds, the couple key included, until A reveals it", () => {
    const answer = sealPrivateAnswer(a, 'exercise-1.q2', text('something I have not said yet'));
    expect(bCanRead(answer)).toBe(false);
    // The probe is not blind: it does read an answer of B's own.
    expect(bCanRead(sealPrivateAnswer(b, 'exercise-1.q2', text('B')))).toBe(true);
    // Nor with B's passphrase against A's slot: that is a different secret.
    expect(() => unlockPartner(space, 'a', PASS_B)).toThrow();

    const revealed = reveal(a, answer);
    expect(read(openRevealedAnswer(b.coupleKey, answer, revealed))).toBe('something I have not said yet');
  });

  it("does not let B pass off B's own reveal, or A's reveal of another item, as A's reveal of this one", () => {
    const mine = sealPrivateAnswer(a, 'exercise-1.q3', text('mine'));
    const other = sealPrivateAnswer(a, 'exercise-1.q4', text('other'));
    const bAnswer = sealPrivateAnswer(b, 'exercise-1.q3', text('b'));
    expect(() => openRevealedAnswer(b.coupleKey, mine, reveal(b, bAnswer))).toThrow(DecryptionError);
    expect(() => openRevealedAnswer(b.coupleKey, mine, reveal(a, other))).toThrow(DecryptionError);
  });

  it('binds an answer to its item: moved to another item, it no longer opens, even for its author', () => {
    const answer = sealPrivateAnswer(a, 'exercise-2.q1', text('here'));
    expect(() => openPrivateAnswer(a, { ...answer, itemId: 'exercise-2.q2' })).toThrow(DecryptionError);
  });

  it('wipes the keys on lock', () => {
    const keys = unlockPartner(space, 'b', PASS_B);
    lockPartner(keys);
    for (const secret of [keys.coupleKey, keys.privateAnswerKey, keys.box.secretKey]) {
      expect(secret.every((byte) => byte === 0)).toBe(true);
    }
  });
});

describe('a sealed answer as a commitment (commit, then reveal — also how answers cross machines)', () => {
  const where = text('alcove/test|item');

  it('opens with its key, and with no other key', () => {
    const { answerKey, sealed } = sealAnswer(text('my answer'), where);
    expect(read(openAnswer(answerKey, sealed, where))).toBe('my answer');
    expect(() => openAnswer(sealAnswer(text('x'), where).answerKey, sealed, where)).toThrow(DecryptionError);
  });

  it('cannot be swapped for another answer after the fact: the key commitment pins one ciphertext to one key', () => {
    const committed = sealAnswer(text('what I said first'), where);
    const later = sealAnswer(text('what I would rather say now'), where);
    // Same commitment, new ciphertext and key: the new key does not match the commitment.
    expect(() =>
      openAnswer(later.answerKey, { ...later.sealed, keyCommitment: committed.sealed.keyCommitment }, where),
    ).toThrow(DecryptionError);
    // Same commitment and key, new ciphertext: authentication fails.
    expect(() =>
      openAnswer(committed.answerKey, { ...committed.sealed, ciphertext: later.sealed.ciphertext }, where),
    ).toThrow(DecryptionError);
    expect(
      Buffer.from(commitToKey(committed.answerKey)).equals(Buffer.from(committed.sealed.keyCommitment)),
    ).toBe(true);
  });
});

describe('reveal together', () => {
  function answeredRound(itemId: string): RevealRound {
    let round = newRevealRound(space.spaceId, itemId);
    round = submitAnswer(round, a, text(`A on ${itemId}`));
    return submitAnswer(round, b, text(`B on ${itemId}`));
  }

  function refusalOf(step: () => unknown): string {
    try {
      step();
    } catch (error) {
      if (error instanceof RevealRefused) return error.code;
      throw error;
    }
    return 'ACCEPTED';
  }

  it('shows both answers side by side only after both answered and both confirmed', () => {
    let round = newRevealRound(space.spaceId, 'talk.1');
    expect(revealStatus(round).step).toBe('waiting-for-answers');
    round = submitAnswer(round, a, text('A says this'));
    expect(refusalOf(() => confirmReveal(round, space, a))).toBe('WAITING_FOR_BOTH_ANSWERS');
    round = submitAnswer(round, b, text('B says that'));
    expect(revealStatus(round)).toEqual({
      step: 'waiting-for-confirmations',
      answered: { a: true, b: true },
      confirmed: { a: false, b: false },
    });
    round = confirmReveal(round, space, a);
    expect(revealStatus(round).confirmed).toEqual({ a: true, b: false });
    expect(sideBySide(round, b.coupleKey)).toBeNull();
    round = confirmReveal(round, space, b);
    expect(revealStatus(round).step).toBe('revealed');
    const both = sideBySide(round, a.coupleKey)!;
    expect([read(both.a), read(both.b)]).toEqual(['A says this', 'B says that']);
    // The confirmations carried answer keys: once used, they are not kept.
    expect(round.confirmations).toEqual({});
  });

  it("keeps A's answer closed to the couple key after A alone confirmed; the confirmation is sealed to B's key only", () => {
    const round = confirmReveal(answeredRound('talk.2'), space, a);
    expect(bCanRead(round.answers.a!)).toBe(false);
    expect(() => open(b.coupleKey, round.confirmations.a!, text(''))).toThrow(DecryptionError);
    expect(() => openSealedToPublicKey(a.box, round.confirmations.a!)).toThrow(DecryptionError);
    // B's own keys can open it: confirming is the moment A lets go (docs/couple-crypto.md).
    expect(openSealedToPublicKey(b.box, round.confirmations.a!)).toHaveLength(64);
  });

  it('drops every confirmation when an answer changes, so nobody confirms an answer they did not see change', () => {
    let round = confirmReveal(answeredRound('talk.3'), space, a);
    round = submitAnswer(round, b, text('B, on second thought'));
    expect(revealStatus(round).confirmed).toEqual({ a: false, b: false });
    round = confirmReveal(round, space, b);
    expect(revealStatus(round).step).toBe('waiting-for-confirmations');
    round = confirmReveal(round, space, a);
    expect(read(sideBySide(round, a.coupleKey)!.b)).toBe('B, on second thought');
  });

  it('lets a partner withdraw a confirmation before the reveal', () => {
    let round = confirmReveal(answeredRound('talk.4'), space, a);
    round = withdrawConfirmation(round, a);
    round = confirmReveal(round, space, b);
    expect(revealStatus(round)).toMatchObject({
      step: 'waiting-for-confirmations',
      confirmed: { a: false, b: true },
    });
  });

  it("refuses a confirmation moved from another item's round", () => {
    const elsewhere = confirmReveal(answeredRound('talk.5'), space, a);
    const here = answeredRound('talk.6');
    const stitched = { ...here, confirmations: { a: elsewhere.confirmations.a! } };
    expect(refusalOf(() => confirmReveal(stitched, space, b))).toBe('STALE_CONFIRMATION');
  });

  it('refuses new answers once revealed, and keys from another couple space', () => {
    let round = confirmReveal(answeredRound('talk.7'), space, a);
    round = confirmReveal(round, space, b);
    expect(refusalOf(() => submitAnswer(round, a, text('too late')))).toBe('ALREADY_REVEALED');
    const otherSpace = createCoupleSpace({ a: 'another couple, a', b: 'another couple, b' }, 'floor');
    const stranger = unlockPartner(otherSpace, 'a', 'another couple, a');
    expect(refusalOf(() => submitAnswer(newRevealRound(space.spaceId, 'x'), stranger, text('hi')))).toBe(
      'WRONG_SPACE',
    );
  });
});
