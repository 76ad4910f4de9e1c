import { DecryptionError } from '../crypto/sodium';
import {
  completeReveal,
  makeConfirmation,
  openRevealedAnswer,
  otherPartner,
  sealPrivateAnswer,
  type CoupleSpaceRecord,
  type PartnerId,
  type PrivateAnswer,
  type UnlockedPartner,
} from './sameMachine';

/**
 * "Reveal together" for one item on one machine. Answers appear side by side only once both
 * partners have answered and both have confirmed:
 *
 *   waiting-for-answers ──both answered──▶ waiting-for-confirmations ──both confirmed──▶ revealed
 *            ▲                                          │
 *            └──────── an answer changes (every confirmation is dropped) ◀──┘
 *
 * The first to confirm leaves a confirmation sealed to the other partner (sameMachine.ts);
 * the second, when confirming, opens it and publishes both answer keys under the couple key
 * in one step. Until then the couple key opens neither answer. A round is plain data: the
 * vault stores it, and every function returns a new round instead of changing the old one.
 */
export interface RevealRound {
  readonly spaceId: string;
  readonly itemId: string;
  readonly answers: Readonly<Partial<Record<PartnerId, PrivateAnswer>>>;
  readonly confirmations: Readonly<Partial<Record<PartnerId, Uint8Array>>>;
  /** Both answer keys under the couple key; written only by the second confirmation. */
  readonly revealed: Readonly<Record<PartnerId, Uint8Array>> | null;
}

export type RevealStep = 'waiting-for-answers' | 'waiting-for-confirmations' | 'revealed';

export type RevealRefusalCode =
  /** The round is over: answers are shown; a new round starts a new exchange. */
  | 'ALREADY_REVEALED'
  /** Confirming needs both answers: you confirm that you are ready to see each other's. */
  | 'WAITING_FOR_BOTH_ANSWERS'
  /** These keys belong to another couple space. */
  | 'WRONG_SPACE'
  /** The other partner's confirmation does not match the answers as they are now. */
  | 'STALE_CONFIRMATION';

export class RevealRefused extends Error {
  constructor(readonly code: RevealRefusalCode) {
    super(code);
    this.name = 'RevealRefused';
  }
}

export function newRevealRound(spaceId: string, itemId: string): RevealRound {
  return { spaceId, itemId, answers: {}, confirmations: {}, revealed: null };
}

export function revealStatus(round: RevealRound): {
  step: RevealStep;
  answered: Record<PartnerId, boolean>;
  confirmed: Record<PartnerId, boolean>;
} {
  const answered = { a: Boolean(round.answers.a), b: Boolean(round.answers.b) };
  const confirmed = round.revealed
    ? { a: true, b: true }
    : { a: Boolean(round.confirmations.a), b: Boolean(round.confirmations.b) };
  const step: RevealStep = round.revealed
    ? 'revealed'
    : answered.a && answered.b
      ? 'waiting-for-confirmations'
      : 'waiting-for-answers';
  return { step, answered, confirmed };
}

function assertOpen(round: RevealRound, keys: UnlockedPartner): void {
  if (keys.spaceId !== round.spaceId) throw new RevealRefused('WRONG_SPACE');
  if (round.revealed) throw new RevealRefused('ALREADY_REVEALED');
}

/** Records (or replaces) a partner's answer. Any change drops both confirmations. */
export function submitAnswer(round: RevealRound, keys: UnlockedPartner, plaintext: Uint8Array): RevealRound {
  assertOpen(round, keys);
  const answer = sealPrivateAnswer(keys, round.itemId, plaintext);
  return { ...round, answers: { ...round.answers, [keys.partner]: answer }, confirmations: {} };
}

/** A partner says "I am ready to see each other's answers". The second one reveals both. */
export function confirmReveal(
  round: RevealRound,
  space: CoupleSpaceRecord,
  keys: UnlockedPartner,
): RevealRound {
  assertOpen(round, keys);
  if (space.spaceId !== round.spaceId) throw new RevealRefused('WRONG_SPACE');
  const other = otherPartner(keys.partner);
  const own = round.answers[keys.partner];
  const theirs = round.answers[other];
  if (!own || !theirs) throw new RevealRefused('WAITING_FOR_BOTH_ANSWERS');
  const theirConfirmation = round.confirmations[other];
  if (!theirConfirmation) {
    const confirmation = makeConfirmation(space, keys, own, theirs);
    return { ...round, confirmations: { ...round.confirmations, [keys.partner]: confirmation } };
  }
  try {
    const revealed = completeReveal(keys, theirConfirmation, theirs, own);
    // The confirmations held answer keys sealed to one partner: no longer needed, not kept.
    return { ...round, confirmations: {}, revealed };
  } catch (error) {
    if (error instanceof DecryptionError) throw new RevealRefused('STALE_CONFIRMATION');
    throw error;
  }
}

/** Takes back one's own confirmation before the reveal. */
export function withdrawConfirmation(round: RevealRound, keys: UnlockedPartner): RevealRound {
  assertOpen(round, keys);
  const confirmations = { ...round.confirmations };
  delete confirmations[keys.partner];
  return { ...round, confirmations };
}

/** Both answers, for display side by side, or null while the round is not revealed. */
export function sideBySide(
  round: RevealRound,
  coupleKey: Uint8Array,
): Readonly<Record<PartnerId, Uint8Array>> | null {
  const { revealed, answers } = round;
  if (!revealed || !answers.a || !answers.b) return null;
  return {
    a: openRevealedAnswer(coupleKey, answers.a, revealed.a),
    b: openRevealedAnswer(coupleKey, answers.b, revealed.b),
  };
}
