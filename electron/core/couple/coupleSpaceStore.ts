import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { DESIRE_ITEM_IDS, DESIRE_LIST } from '../../../shared/content/couple/desireList';
import type {
  CoupleStatus,
  DesireAnswer,
  DesireOverlap,
  PartnerId,
  PartnerProfile,
} from '../../../shared/domain/couple';
import type { DocumentStore } from '../settings/documentStore';
import type { KdfProfile } from '../vault/kdfCalibration';
import {
  createCoupleSpace,
  lockPartner,
  unlockPartner,
  type CoupleSpaceRecord,
  type PrivateAnswer,
  type UnlockedPartner,
} from './sameMachine';
import { matchDesiresTogether, openSharedMatches, sealDesireList } from './sameMachineDesires';

/**
 * The couple space as the vault keeps it: documents in the `couple` table (encrypted by the
 * vault and covered by its integrity ledger, like every row), holding what sameMachine.ts
 * makes. Partner secrets come in for one call: the partner's keys are unlocked, used and wiped
 * before the call returns, so nothing that opens an answer stays in memory between calls.
 * Nothing here reads the journal, and nothing of it is read by the journal, search, insights
 * or exports (they never open this table).
 */
const SPACE = 'space';
const DESIRES = 'round:desire-list';

const B64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
const b64 = (data: Uint8Array) =>
  Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');

const ProfileSchema = z.object({ name: z.string(), pronouns: z.string() }).strict();
const PartnerRecordSchema = z
  .object({
    slot: z
      .object({ id: z.string(), kind: z.literal('passphrase'), params: z.string(), wrappedKey: B64 })
      .strict(),
    wrappedCoupleKey: B64,
    boxPublicKey: B64,
  })
  .strict();
const SpaceDocSchema = z
  .object({
    v: z.literal(1),
    spaceId: z.string().regex(/^[0-9a-f]{32}$/),
    partners: z.object({ a: PartnerRecordSchema, b: PartnerRecordSchema }).strict(),
    profiles: z.object({ a: ProfileSchema, b: ProfileSchema }).strict(),
  })
  .strict();
type SpaceDoc = z.infer<typeof SpaceDocSchema>;

const StoredAnswerSchema = z
  .object({ itemId: z.string(), ciphertext: B64, keyCommitment: B64, wrappedAnswerKey: B64 })
  .strict();
const RoundDocSchema = z
  .object({
    v: z.literal(1),
    /** The version of the list the answers were given to (content/couple/desireList.ts). */
    listVersion: z.number().int(),
    answers: z.object({ a: StoredAnswerSchema.optional(), b: StoredAnswerSchema.optional() }).strict(),
    ready: z.object({ a: z.boolean(), b: z.boolean() }).strict(),
    /** The overlaps, sealed under the couple key; null until both revealed together. */
    matches: B64.nullable(),
  })
  .strict();
type RoundDoc = z.infer<typeof RoundDocSchema>;

function emptyRound(): RoundDoc {
  return {
    v: 1,
    listVersion: DESIRE_LIST.version,
    answers: {},
    ready: { a: false, b: false },
    matches: null,
  };
}

function toRecord(doc: SpaceDoc): CoupleSpaceRecord {
  const partner = (p: PartnerId) => {
    const stored = doc.partners[p];
    return {
      slot: {
        id: stored.slot.id,
        kind: stored.slot.kind,
        params: stored.slot.params,
        wrapped_key: bytes(stored.slot.wrappedKey),
      },
      wrappedCoupleKey: bytes(stored.wrappedCoupleKey),
      boxPublicKey: bytes(stored.boxPublicKey),
    };
  };
  return { v: 1, spaceId: doc.spaceId, partners: { a: partner('a'), b: partner('b') } };
}

function toAnswer(
  spaceId: string,
  partner: PartnerId,
  stored: z.infer<typeof StoredAnswerSchema>,
): PrivateAnswer {
  return {
    spaceId,
    itemId: stored.itemId,
    partner,
    sealed: { ciphertext: bytes(stored.ciphertext), keyCommitment: bytes(stored.keyCommitment) },
    wrappedAnswerKey: bytes(stored.wrappedAnswerKey),
  };
}

export class CoupleSpaceStore {
  readonly #documents: DocumentStore;

  constructor(documents: DocumentStore) {
    this.#documents = documents;
  }

  status(): CoupleStatus {
    const space = this.#space();
    if (!space) return { exists: false };
    const round = this.#round();
    return {
      exists: true,
      partners: space.profiles,
      exercises: [
        {
          exercise: 'desire-list',
          answered: { a: Boolean(round.answers.a), b: Boolean(round.answers.b) },
          ready: round.ready,
          revealed: round.matches !== null,
        },
      ],
    };
  }

  /** Both partners at the keyboard, each with their own secret (Argon2id at the vault's cost). */
  setup(partners: Record<PartnerId, PartnerProfile & { secret: string }>, profile: KdfProfile): CoupleStatus {
    if (this.#space()) throw new AppError('VALIDATION', 'this vault already holds a couple space');
    if (partners.a.secret === partners.b.secret) {
      throw new AppError('VALIDATION', 'secret: each partner needs their own secret');
    }
    const record = createCoupleSpace({ a: partners.a.secret, b: partners.b.secret }, profile);
    const stored = (p: PartnerId) => {
      const { slot, wrappedCoupleKey, boxPublicKey } = record.partners[p];
      if (slot.kind !== 'passphrase') throw new AppError('INTERNAL', 'unexpected slot kind');
      return {
        slot: { id: slot.id, kind: slot.kind, params: slot.params, wrappedKey: b64(slot.wrapped_key) },
        wrappedCoupleKey: b64(wrappedCoupleKey),
        boxPublicKey: b64(boxPublicKey),
      };
    };
    const profileOf = (p: PartnerId) => ({
      name: partners[p].name.trim(),
      pronouns: partners[p].pronouns.trim(),
    });
    const doc: SpaceDoc = {
      v: 1,
      spaceId: record.spaceId,
      partners: { a: stored('a'), b: stored('b') },
      profiles: { a: profileOf('a'), b: profileOf('b') },
    };
    this.#documents.write(SPACE, doc);
    this.#documents.write(DESIRES, emptyRound());
    return this.status();
  }

  /**
   * Seals one partner's whole list under that partner's own key. A new answer starts a new
   * round: both "ready" and any earlier overlaps are dropped.
   */
  submitDesires(
    partner: PartnerId,
    secret: string,
    answers: Readonly<Record<string, DesireAnswer>>,
  ): CoupleStatus {
    const known = new Set(DESIRE_ITEM_IDS);
    for (const id of Object.keys(answers)) {
      if (!known.has(id))
        throw new AppError('VALIDATION', `answers: ${id} is not an item of the desire list`);
    }
    const space = this.#requireSpace();
    const round = this.#round();
    const sealed = this.#withPartner(space, partner, secret, (keys) =>
      sealDesireList(keys, DESIRE_ITEM_IDS, answers),
    );
    const next: RoundDoc = {
      v: 1,
      listVersion: DESIRE_LIST.version,
      answers: {
        ...round.answers,
        [partner]: {
          itemId: sealed.itemId,
          ciphertext: b64(sealed.sealed.ciphertext),
          keyCommitment: b64(sealed.sealed.keyCommitment),
          wrappedAnswerKey: b64(sealed.wrappedAnswerKey),
        },
      },
      ready: { a: false, b: false },
      matches: null,
    };
    this.#documents.write(DESIRES, next);
    return this.status();
  }

  /** "I am ready to reveal": only the partner's own secret says so, and only once they answered. */
  setReady(partner: PartnerId, secret: string, ready: boolean): CoupleStatus {
    const space = this.#requireSpace();
    const round = this.#round();
    if (round.matches !== null) throw new AppError('FORBIDDEN', 'this round is already revealed');
    if (ready && !round.answers[partner]) {
      throw new AppError('FORBIDDEN', 'answer the list before saying you are ready');
    }
    this.#withPartner(space, partner, secret, () => null);
    this.#documents.write(DESIRES, { ...round, ready: { ...round.ready, [partner]: ready } });
    return this.status();
  }

  /**
   * Both partners at the keyboard, both secrets typed, both answered and both ready: the lists
   * are matched (sameMachineDesires.ts) and only the overlaps are kept, under the couple key.
   */
  reveal(secrets: Record<PartnerId, string>): DesireOverlap[] {
    const space = this.#requireSpace();
    const round = this.#round();
    if (round.matches !== null) throw new AppError('FORBIDDEN', 'this round is already revealed');
    const { a: storedA, b: storedB } = round.answers;
    if (!storedA || !storedB) throw new AppError('FORBIDDEN', 'both partners must answer before the reveal');
    if (!round.ready.a || !round.ready.b) {
      throw new AppError('FORBIDDEN', 'both partners must say they are ready before the reveal');
    }
    const record = toRecord(space);
    return this.#withPartner(space, 'a', secrets.a, (a) =>
      this.#withPartner(space, 'b', secrets.b, (b) => {
        const sealed = matchDesiresTogether(
          DESIRE_ITEM_IDS,
          a,
          toAnswer(record.spaceId, 'a', storedA),
          b,
          toAnswer(record.spaceId, 'b', storedB),
        );
        this.#documents.write(DESIRES, { ...round, matches: b64(sealed) });
        return openSharedMatches(a.coupleKey, record.spaceId, sealed);
      }),
    );
  }

  /** The overlaps of a revealed round, for either partner (their secret opens the couple key). */
  overlaps(partner: PartnerId, secret: string): DesireOverlap[] {
    const space = this.#requireSpace();
    const { matches } = this.#round();
    if (matches === null) throw new AppError('FORBIDDEN', 'this round is not revealed');
    return this.#withPartner(space, partner, secret, (keys) =>
      openSharedMatches(keys.coupleKey, space.spaceId, bytes(matches)),
    );
  }

  /**
   * A partner leaves the exercise, without giving a reason: their answers are deleted, both
   * "ready" are dropped and so are the overlaps. Their secret is asked so the other cannot do
   * it for them.
   */
  leaveDesires(partner: PartnerId, secret: string): CoupleStatus {
    const space = this.#requireSpace();
    const round = this.#round();
    this.#withPartner(space, partner, secret, () => null);
    const answers = { ...round.answers };
    delete answers[partner];
    this.#documents.write(DESIRES, { ...round, answers, ready: { a: false, b: false }, matches: null });
    return this.status();
  }

  /**
   * What the vault holds, as sealed bytes: no secret is needed for this, and none of it opens
   * without one. For audits and for tests that try the wrong partner's keys on an answer.
   */
  sealed(): { space: CoupleSpaceRecord; answers: Partial<Record<PartnerId, PrivateAnswer>> } | null {
    const space = this.#space();
    if (!space) return null;
    const { answers } = this.#round();
    return {
      space: toRecord(space),
      answers: {
        ...(answers.a ? { a: toAnswer(space.spaceId, 'a', answers.a) } : {}),
        ...(answers.b ? { b: toAnswer(space.spaceId, 'b', answers.b) } : {}),
      },
    };
  }

  /**
   * For the other exercises' stores (sensate focus, conversations, exchange): one partner's
   * keys, unlocked with their secret for the length of `use` and wiped after. A wrong secret
   * throws AppError BAD_PASSPHRASE (sameMachine.unlockPartner).
   */
  withPartner<T>(partner: PartnerId, secret: string, use: (keys: UnlockedPartner, spaceId: string) => T): T {
    const space = this.#requireSpace();
    return this.#withPartner(space, partner, secret, (keys) => use(keys, space.spaceId));
  }

  /** Both partners' keys at once (both secrets typed), for a reveal together. */
  withBoth<T>(
    secrets: Record<PartnerId, string>,
    use: (a: UnlockedPartner, b: UnlockedPartner, spaceId: string) => T,
  ): T {
    const space = this.#requireSpace();
    return this.#withPartner(space, 'a', secrets.a, (a) =>
      this.#withPartner(space, 'b', secrets.b, (b) => use(a, b, space.spaceId)),
    );
  }

  /**
   * The revealed overlaps, opened with a couple key some caller already unlocked (the couple
   * summary); null while the round is not revealed.
   */
  revealedOverlaps(coupleKey: Uint8Array): DesireOverlap[] | null {
    const space = this.#requireSpace();
    const { matches } = this.#round();
    return matches === null ? null : openSharedMatches(coupleKey, space.spaceId, bytes(matches));
  }

  /** The partners' names and pronouns, or null when there is no couple space. */
  profiles(): Record<PartnerId, PartnerProfile> | null {
    return this.#space()?.profiles ?? null;
  }

  #withPartner<T>(space: SpaceDoc, partner: PartnerId, secret: string, use: (keys: UnlockedPartner) => T): T {
    const keys = unlockPartner(toRecord(space), partner, secret);
    try {
      return use(keys);
    } finally {
      lockPartner(keys);
    }
  }

  #space(): SpaceDoc | null {
    const raw = this.#documents.read(SPACE);
    if (raw === undefined) return null;
    const parsed = SpaceDocSchema.safeParse(raw);
    if (!parsed.success) throw new AppError('DAMAGED_RECORD', 'the couple space could not be read');
    return parsed.data;
  }

  #requireSpace(): SpaceDoc {
    const space = this.#space();
    if (!space) throw new AppError('NOT_FOUND', 'there is no couple space yet');
    return space;
  }

  #round(): RoundDoc {
    const raw = this.#documents.read(DESIRES);
    if (raw === undefined) return emptyRound();
    const parsed = RoundDocSchema.safeParse(raw);
    if (!parsed.success) throw new AppError('DAMAGED_RECORD', 'the desire list round could not be read');
    // Answers given to another version of the list cannot be matched: that round starts again.
    return parsed.data.listVersion === DESIRE_LIST.version ? parsed.data : emptyRound();
  }
}
