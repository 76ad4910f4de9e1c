import { AppError } from '../../../shared/errors';
import {
  blake2b,
  constantTimeEqual,
  DecryptionError,
  deriveSubkey,
  KEY_BYTES,
  open,
  openSealedToPublicKey,
  randomBytes,
  seal,
  sealToPublicKey,
  wipe,
  x25519PublicKey,
  type X25519KeyPair,
} from '../crypto/sodium';
import { deriveCalibrated, type KdfProfile } from '../vault/kdfCalibration';
import { makeSlot, unwrapSlotsWithPassphrase, type SlotRow } from '../vault/keyslots';
import { openAnswer, sealAnswer, type SealedAnswer } from './answerSeal';

/**
 * Two partners sharing one vault (docs/couple-crypto.md):
 *
 *   partner passphrase ─Argon2id─▶ keyslot ─▶ partner root key (random, one per partner)
 *     root ─KDF 1─▶ private-answer key        wraps each of this partner's answer keys
 *     root ─KDF 2─▶ couple-key wrapping key   wraps the couple key (both partners hold it)
 *     root ─KDF 3─▶ X25519 secret             receives the other partner's confirmation
 *
 * The vault's own data key encrypts all of this at rest against outsiders; partner
 * passphrases are separate secrets, so whoever opens the vault still cannot read a partner's
 * private answers. Every answer has its own key (answerSeal.ts). Revealing publishes that
 * key under the couple key instead of re-encrypting the answer: the sealed answer never
 * changes between "private" and "revealed", so what is revealed is exactly what was committed.
 */
export type PartnerId = 'a' | 'b';
export const PARTNERS: readonly PartnerId[] = ['a', 'b'];

export function otherPartner(partner: PartnerId): PartnerId {
  return partner === 'a' ? 'b' : 'a';
}

export interface PartnerRecord {
  /** Passphrase keyslot (same format and KDF as the vault's) wrapping the partner root key. */
  readonly slot: SlotRow;
  readonly wrappedCoupleKey: Uint8Array;
  /** Derived from the root key; checked at unlock so a swapped value is noticed. */
  readonly boxPublicKey: Uint8Array;
}

/** What the vault stores for a couple space: nothing in it opens without a partner passphrase. */
export interface CoupleSpaceRecord {
  readonly v: 1;
  readonly spaceId: string;
  readonly partners: Readonly<Record<PartnerId, PartnerRecord>>;
}

/** One partner's keys while they have typed their passphrase; wipe with `lockPartner`. */
export interface UnlockedPartner {
  readonly spaceId: string;
  readonly partner: PartnerId;
  readonly coupleKey: Uint8Array;
  readonly privateAnswerKey: Uint8Array;
  readonly box: X25519KeyPair;
}

export interface PrivateAnswer {
  readonly spaceId: string;
  readonly itemId: string;
  readonly partner: PartnerId;
  readonly sealed: SealedAnswer;
  /** The answer key under the partner's private-answer key: only that partner can open it. */
  readonly wrappedAnswerKey: Uint8Array;
}

const SUBKEY_CONTEXT = 'alcvcpl1';
const SUBKEY = { privateAnswers: 1, coupleKeyWrap: 2, box: 3 } as const;
const ITEM_ID = /^[A-Za-z0-9_.:-]{1,100}$/;
const encoder = new TextEncoder();

function label(...parts: string[]): Uint8Array {
  return encoder.encode(['alcove/couple/v1', ...parts].join('|'));
}

function slotScope(spaceId: string, partner: PartnerId): string {
  return `couple:${spaceId}:${partner}`;
}

function assertItemId(itemId: string): void {
  if (!ITEM_ID.test(itemId)) throw new RangeError('item ids are 1–100 characters of [A-Za-z0-9_.:-]');
}

/**
 * Creates the space with both partners at the keyboard, each typing their own passphrase.
 * `profile` is the vault's KDF profile: 'calibrated' in the app, 'floor' in tests.
 */
export function createCoupleSpace(
  passphrases: Readonly<Record<PartnerId, string>>,
  profile: KdfProfile,
): CoupleSpaceRecord {
  const spaceId = Buffer.from(randomBytes(16)).toString('hex');
  const coupleKey = randomBytes(KEY_BYTES);
  try {
    const record = (partner: PartnerId): PartnerRecord => {
      const root = randomBytes(KEY_BYTES);
      const derived = deriveCalibrated(passphrases[partner], profile);
      const wrapKey = deriveSubkey(root, SUBKEY.coupleKeyWrap, SUBKEY_CONTEXT);
      const boxSecret = deriveSubkey(root, SUBKEY.box, SUBKEY_CONTEXT);
      try {
        return {
          slot: makeSlot(slotScope(spaceId, partner), 'passphrase', derived.params, derived.kek, root),
          wrappedCoupleKey: seal(wrapKey, coupleKey, label(spaceId, partner, 'couple-key')),
          boxPublicKey: x25519PublicKey(boxSecret),
        };
      } finally {
        for (const secret of [root, derived.kek, wrapKey, boxSecret]) wipe(secret);
      }
    };
    return { v: 1, spaceId, partners: { a: record('a'), b: record('b') } };
  } finally {
    wipe(coupleKey);
  }
}

/** Throws AppError BAD_PASSPHRASE for a wrong passphrase, VAULT_CORRUPT for an altered record. */
export function unlockPartner(
  space: CoupleSpaceRecord,
  partner: PartnerId,
  passphrase: string,
): UnlockedPartner {
  const record = space.partners[partner];
  const root = unwrapSlotsWithPassphrase([record.slot], slotScope(space.spaceId, partner), passphrase);
  const wrapKey = deriveSubkey(root, SUBKEY.coupleKeyWrap, SUBKEY_CONTEXT);
  try {
    const boxSecret = deriveSubkey(root, SUBKEY.box, SUBKEY_CONTEXT);
    const boxPublic = x25519PublicKey(boxSecret);
    if (!constantTimeEqual(boxPublic, record.boxPublicKey)) {
      wipe(boxSecret);
      throw new AppError('VAULT_CORRUPT', "the partner's public key in the couple space was altered");
    }
    let coupleKey: Uint8Array;
    try {
      coupleKey = open(wrapKey, record.wrappedCoupleKey, label(space.spaceId, partner, 'couple-key'));
    } catch (error) {
      wipe(boxSecret);
      if (error instanceof DecryptionError) throw new AppError('VAULT_CORRUPT', 'the couple key is damaged');
      throw error;
    }
    return {
      spaceId: space.spaceId,
      partner,
      coupleKey,
      privateAnswerKey: deriveSubkey(root, SUBKEY.privateAnswers, SUBKEY_CONTEXT),
      box: { publicKey: boxPublic, secretKey: boxSecret },
    };
  } finally {
    wipe(root);
    wipe(wrapKey);
  }
}

export function lockPartner(keys: UnlockedPartner): void {
  for (const secret of [keys.coupleKey, keys.privateAnswerKey, keys.box.secretKey]) wipe(secret);
}

function answerContext(answer: Pick<PrivateAnswer, 'spaceId' | 'itemId' | 'partner'>): Uint8Array {
  return label(answer.spaceId, answer.itemId, answer.partner, 'answer');
}

export function sealPrivateAnswer(
  keys: UnlockedPartner,
  itemId: string,
  plaintext: Uint8Array,
): PrivateAnswer {
  assertItemId(itemId);
  const where = { spaceId: keys.spaceId, itemId, partner: keys.partner };
  const { answerKey, sealed } = sealAnswer(plaintext, answerContext(where));
  try {
    const wrappedAnswerKey = seal(
      keys.privateAnswerKey,
      answerKey,
      label(keys.spaceId, itemId, keys.partner, 'answer-key'),
    );
    return { ...where, sealed, wrappedAnswerKey };
  } finally {
    wipe(answerKey);
  }
}

/** The answer key, for its own partner only; throws DecryptionError for anyone else's keys. */
function unwrapOwnAnswerKey(keys: UnlockedPartner, answer: PrivateAnswer): Uint8Array {
  return open(
    keys.privateAnswerKey,
    answer.wrappedAnswerKey,
    label(keys.spaceId, answer.itemId, keys.partner, 'answer-key'),
  );
}

/** A partner reads back their own private answer. Throws DecryptionError with anyone else's keys. */
export function openPrivateAnswer(keys: UnlockedPartner, answer: PrivateAnswer): Uint8Array {
  const answerKey = unwrapOwnAnswerKey(keys, answer);
  try {
    return openAnswer(answerKey, answer.sealed, answerContext(answer));
  } finally {
    wipe(answerKey);
  }
}

/**
 * Reveals one's own answer to the couple: its answer key, sealed under the couple key. Only
 * the answer's partner can make this (it needs their private-answer key).
 */
export function reveal(keys: UnlockedPartner, answer: PrivateAnswer): Uint8Array {
  const answerKey = unwrapOwnAnswerKey(keys, answer);
  try {
    return revealKey(keys.coupleKey, answer, answerKey);
  } finally {
    wipe(answerKey);
  }
}

function revealKey(coupleKey: Uint8Array, answer: PrivateAnswer, answerKey: Uint8Array): Uint8Array {
  return seal(coupleKey, answerKey, label(answer.spaceId, answer.itemId, answer.partner, 'revealed-key'));
}

/** Anyone holding the couple key reads a revealed answer. Throws DecryptionError otherwise. */
export function openRevealedAnswer(
  coupleKey: Uint8Array,
  answer: PrivateAnswer,
  revealedKey: Uint8Array,
): Uint8Array {
  const answerKey = open(
    coupleKey,
    revealedKey,
    label(answer.spaceId, answer.itemId, answer.partner, 'revealed-key'),
  );
  try {
    return openAnswer(answerKey, answer.sealed, answerContext(answer));
  } finally {
    wipe(answerKey);
  }
}

/**
 * A partner's confirmation, for "reveal together" (revealTogether.ts): their answer key
 * sealed to the other partner's X25519 key, bound to both sealed answers as they are now.
 * It lets the other partner complete the reveal later without the confirmer present, and
 * it goes stale the moment either answer changes.
 */
export function makeConfirmation(
  space: CoupleSpaceRecord,
  keys: UnlockedPartner,
  own: PrivateAnswer,
  other: PrivateAnswer,
): Uint8Array {
  const answerKey = unwrapOwnAnswerKey(keys, own);
  const message = new Uint8Array(KEY_BYTES * 2);
  message.set(answerKey, 0);
  message.set(confirmationBinding(own, other), KEY_BYTES);
  wipe(answerKey);
  try {
    return sealToPublicKey(space.partners[other.partner].boxPublicKey, message);
  } finally {
    wipe(message);
  }
}

/**
 * Opens the other partner's confirmation and returns the revealed keys of both answers
 * (each under the couple key). Throws DecryptionError if the confirmation is not for these
 * keys, or was made for different answers.
 */
export function completeReveal(
  keys: UnlockedPartner,
  confirmation: Uint8Array,
  confirmer: PrivateAnswer,
  own: PrivateAnswer,
): Readonly<Record<PartnerId, Uint8Array>> {
  const message = openSealedToPublicKey(keys.box, confirmation);
  try {
    if (message.length !== KEY_BYTES * 2) throw new DecryptionError();
    if (!constantTimeEqual(message.subarray(KEY_BYTES), confirmationBinding(confirmer, own))) {
      throw new DecryptionError();
    }
    const theirKey = message.subarray(0, KEY_BYTES);
    // Proves the key is the one their sealed answer committed to before anything is published.
    openAnswer(theirKey, confirmer.sealed, answerContext(confirmer)).fill(0);
    const theirs = revealKey(keys.coupleKey, confirmer, theirKey);
    const mine = reveal(keys, own);
    return confirmer.partner === 'a' ? { a: theirs, b: mine } : { a: mine, b: theirs };
  } finally {
    wipe(message);
  }
}

function confirmationBinding(confirmer: PrivateAnswer, other: PrivateAnswer): Uint8Array {
  const parts = [
    label(confirmer.spaceId, confirmer.itemId, confirmer.partner, 'confirmation'),
    confirmer.sealed.keyCommitment,
    blake2b(confirmer.sealed.ciphertext),
    other.sealed.keyCommitment,
    blake2b(other.sealed.ciphertext),
  ];
  const input = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    input.set(part, offset);
    offset += part.length;
  }
  return blake2b(input);
}
