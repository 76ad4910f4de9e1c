import {
  blake2b,
  RISTRETTO_POINT_BYTES,
  randomBytes,
  ristrettoFromHash,
  ristrettoMultiply,
  ristrettoRandomPoint,
  ristrettoRandomScalar,
  wipe,
} from '../crypto/sodium';

/**
 * The yes / maybe / no desire list across two machines, matched without either vault ever
 * receiving the other's answers: a Diffie–Hellman private set intersection over ristretto255
 * (docs/couple-crypto.md).
 *
 * Each answer becomes up to two tokens, points H(session, list, item, kind), where a kind
 * names a matching pair of answers (initiator's first): YY, YM, MY. The initiator holds YY and
 * YM for a yes and MY for a maybe; the responder YY and MY for a yes and YM for a maybe. So the
 * two sets intersect exactly on mutual yes and yes/maybe, never on maybe/maybe, and a "no"
 * (or an unanswered item) holds no token at all. Every item fills exactly two slots, with
 * random points for the missing tokens, so the number of points says nothing.
 *
 *   1. offer   (initiator → responder): a·H(x) for each slot, sorted
 *   2. reply   (responder → initiator): b·(a·H(x)) in the offer's order, and b·H(y), sorted
 *   3. finish  (initiator → responder): a·(b·H(y)) in the reply's order
 *
 * Each side learns only which of its own tokens are in both sets. The blinded points are
 * pseudorandom without the other side's scalar (DDH), and the scalars are fresh per session
 * and wiped at the end, so a file can be neither brute-forced against the list nor compared
 * with another session's. Each step travels inside an exchange file (exchangeFile.ts).
 */
export type Desire = 'yes' | 'maybe' | 'no';
/** Answers by item id. An item left out is treated exactly like "no". */
export type DesireAnswers = Readonly<Record<string, Desire>>;
export interface DesireMatch {
  readonly itemId: string;
  readonly mine: 'yes' | 'maybe';
  readonly theirs: 'yes' | 'maybe';
}

export type DesireMatchRefusalCode =
  /** Not a well-formed step: wrong length, a point that is not one, repeated points. */
  | 'MALFORMED'
  /** The partner's app uses another version of the list: both must match the same items. */
  | 'DIFFERENT_LIST'
  /** A step from another match session (an older one, or one started twice). */
  | 'WRONG_SESSION';

export class DesireMatchRefused extends Error {
  constructor(readonly code: DesireMatchRefusalCode) {
    super(code);
    this.name = 'DesireMatchRefused';
  }
}

export type DesireTokenKind = 'YY' | 'YM' | 'MY';

type Slot = { readonly itemId: string; readonly kind: DesireTokenKind } | null;

interface Common {
  readonly sessionId: Uint8Array;
  readonly listDigest: Uint8Array;
  readonly scalar: Uint8Array;
  /** What each of my blinded points stands for, in the order they were sent. */
  readonly slots: readonly Slot[];
}
/** Kept (encrypted) by the initiator's vault between the offer and the reply. */
export interface InitiatorState extends Common {
  readonly role: 'initiator';
}
/** Kept (encrypted) by the responder's vault between the reply and the finish. */
export interface ResponderState extends Common {
  readonly role: 'responder';
  /** b·a·H(x) for every initiator slot: what the finish is compared against. */
  readonly initiatorDoubled: readonly string[];
}

export interface DesireOffer {
  readonly sessionId: Uint8Array;
  readonly listDigest: Uint8Array;
  readonly points: readonly Uint8Array[];
}
export interface DesireReply {
  readonly sessionId: Uint8Array;
  readonly listDigest: Uint8Array;
  readonly doubled: readonly Uint8Array[];
  readonly points: readonly Uint8Array[];
}
export interface DesireFinish {
  readonly sessionId: Uint8Array;
  readonly listDigest: Uint8Array;
  readonly doubled: readonly Uint8Array[];
}

export const MAX_DESIRE_ITEMS = 2000;
const SESSION_BYTES = 16;
const DIGEST_BYTES = 32;
const encoder = new TextEncoder();

const TOKENS: Record<'initiator' | 'responder', Record<Desire, readonly DesireTokenKind[]>> = {
  initiator: { yes: ['YY', 'YM'], maybe: ['MY'], no: [] },
  responder: { yes: ['YY', 'MY'], maybe: ['YM'], no: [] },
};

/** What a matched token says, from each side's point of view. */
function meaning(
  role: 'initiator' | 'responder',
  kind: DesireTokenKind,
): Pick<DesireMatch, 'mine' | 'theirs'> {
  const initiator = kind === 'MY' ? 'maybe' : 'yes';
  const responder = kind === 'YM' ? 'maybe' : 'yes';
  return role === 'initiator'
    ? { mine: initiator, theirs: responder }
    : { mine: responder, theirs: initiator };
}

/** Both sides must match over the same list of item ids, in the same order. */
export function desireListDigest(itemIds: readonly string[]): Uint8Array {
  if (itemIds.length === 0 || itemIds.length > MAX_DESIRE_ITEMS)
    throw new RangeError('list size out of range');
  if (new Set(itemIds).size !== itemIds.length) throw new RangeError('duplicate item id');
  return blake2b(
    lengthPrefixed([encoder.encode('alcove/desire-list/v1'), ...itemIds.map((id) => encoder.encode(id))]),
  );
}

/** Public: anyone knowing the list can compute these, which is why they are only ever sent blinded. */
export function desireTokenPoint(
  sessionId: Uint8Array,
  listDigest: Uint8Array,
  itemId: string,
  kind: DesireTokenKind,
): Uint8Array {
  const input = lengthPrefixed([
    encoder.encode('alcove/desire-token/v1'),
    sessionId,
    listDigest,
    encoder.encode(itemId),
    encoder.encode(kind),
  ]);
  return ristrettoFromHash(blake2b(input, 64));
}

/** Two slots per item, filled with my blinded tokens or random points, sorted by value. */
function blindedSlots(
  role: 'initiator' | 'responder',
  sessionId: Uint8Array,
  listDigest: Uint8Array,
  itemIds: readonly string[],
  answers: DesireAnswers,
  scalar: Uint8Array,
): { points: Uint8Array[]; slots: Slot[] } {
  const entries: Array<{ point: Uint8Array; slot: Slot }> = [];
  for (const itemId of itemIds) {
    const kinds = TOKENS[role][answers[itemId] ?? 'no'];
    for (const kind of kinds) {
      entries.push({
        point: ristrettoMultiply(scalar, desireTokenPoint(sessionId, listDigest, itemId, kind)),
        slot: { itemId, kind },
      });
    }
    for (let filler = kinds.length; filler < 2; filler++)
      entries.push({ point: ristrettoRandomPoint(), slot: null });
  }
  entries.sort((x, y) => Buffer.compare(x.point, y.point));
  return { points: entries.map((e) => e.point), slots: entries.map((e) => e.slot) };
}

export function startDesireMatch(
  itemIds: readonly string[],
  answers: DesireAnswers,
): { state: InitiatorState; offer: DesireOffer } {
  const sessionId = randomBytes(SESSION_BYTES);
  const listDigest = desireListDigest(itemIds);
  const scalar = ristrettoRandomScalar();
  const { points, slots } = blindedSlots('initiator', sessionId, listDigest, itemIds, answers, scalar);
  return {
    state: { role: 'initiator', sessionId, listDigest, scalar, slots },
    offer: { sessionId, listDigest, points },
  };
}

export function replyToDesireMatch(
  itemIds: readonly string[],
  answers: DesireAnswers,
  offer: DesireOffer,
): { state: ResponderState; reply: DesireReply } {
  const listDigest = desireListDigest(itemIds);
  if (offer.sessionId.length !== SESSION_BYTES) throw new DesireMatchRefused('MALFORMED');
  if (!Buffer.from(offer.listDigest).equals(listDigest)) throw new DesireMatchRefused('DIFFERENT_LIST');
  checkPoints(offer.points, itemIds.length * 2);
  const scalar = ristrettoRandomScalar();
  const doubled = offer.points.map((point) => multiplyOrRefuse(scalar, point));
  const { points, slots } = blindedSlots('responder', offer.sessionId, listDigest, itemIds, answers, scalar);
  return {
    state: {
      role: 'responder',
      sessionId: offer.sessionId,
      listDigest,
      scalar,
      slots,
      initiatorDoubled: doubled.map(hex),
    },
    reply: { sessionId: offer.sessionId, listDigest, doubled, points },
  };
}

/** The initiator learns its matches and produces the last step; its scalar is wiped. */
export function finishDesireMatch(
  state: InitiatorState,
  reply: DesireReply,
): { matches: DesireMatch[]; finish: DesireFinish } {
  checkSession(state, reply);
  checkPoints(reply.doubled, state.slots.length);
  checkPoints(reply.points, state.slots.length);
  const theirs = reply.points.map((point) => multiplyOrRefuse(state.scalar, point));
  wipe(state.scalar);
  const inBoth = new Set(theirs.map(hex));
  const matches = collect('initiator', state.slots, reply.doubled, inBoth);
  return { matches, finish: { sessionId: state.sessionId, listDigest: state.listDigest, doubled: theirs } };
}

/** The responder learns the same matches from its side; its scalar is wiped. */
export function completeDesireMatch(state: ResponderState, finish: DesireFinish): DesireMatch[] {
  checkSession(state, finish);
  checkPoints(finish.doubled, state.slots.length);
  wipe(state.scalar);
  return collect('responder', state.slots, finish.doubled, new Set(state.initiatorDoubled));
}

function collect(
  role: 'initiator' | 'responder',
  slots: readonly Slot[],
  mineDoubled: readonly Uint8Array[],
  inBoth: ReadonlySet<string>,
): DesireMatch[] {
  // Honest runs match at most one token per item; a partner's app that lies could make two
  // match, so keep one per item (mutual yes first) rather than show an item twice.
  const byItem = new Map<string, DesireMatch>();
  slots.forEach((slot, i) => {
    if (!slot || !inBoth.has(hex(mineDoubled[i]!))) return;
    const match = { itemId: slot.itemId, ...meaning(role, slot.kind) };
    const known = byItem.get(slot.itemId);
    if (!known || (match.mine === 'yes' && match.theirs === 'yes')) byItem.set(slot.itemId, match);
  });
  return [...byItem.values()].sort((x, y) => (x.itemId < y.itemId ? -1 : x.itemId > y.itemId ? 1 : 0));
}

function checkSession(state: Common, step: { sessionId: Uint8Array; listDigest: Uint8Array }): void {
  if (!Buffer.from(step.listDigest).equals(state.listDigest)) throw new DesireMatchRefused('DIFFERENT_LIST');
  if (!Buffer.from(step.sessionId).equals(state.sessionId)) throw new DesireMatchRefused('WRONG_SESSION');
}

function checkPoints(points: readonly Uint8Array[], expected: number): void {
  if (points.length !== expected) throw new DesireMatchRefused('MALFORMED');
  if (points.some((point) => point.length !== RISTRETTO_POINT_BYTES))
    throw new DesireMatchRefused('MALFORMED');
  if (new Set(points.map(hex)).size !== points.length) throw new DesireMatchRefused('MALFORMED');
}

function multiplyOrRefuse(scalar: Uint8Array, point: Uint8Array): Uint8Array {
  try {
    return ristrettoMultiply(scalar, point);
  } catch {
    throw new DesireMatchRefused('MALFORMED');
  }
}

function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

function lengthPrefixed(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + 4 + part.length, 0));
  const view = new DataView(out.buffer);
  let offset = 0;
  for (const part of parts) {
    view.setUint32(offset, part.length);
    out.set(part, offset + 4);
    offset += 4 + part.length;
  }
  return out;
}

// ── Wire form of each step, carried as an exchange-file payload ──────────────────────────────
//   session id (16) ‖ list digest (32) ‖ count (u32 BE) ‖ count points [‖ count points]

export function encodeDesireStep(step: DesireOffer | DesireReply | DesireFinish): Uint8Array {
  const lists =
    'points' in step && 'doubled' in step
      ? [step.doubled, step.points]
      : 'points' in step
        ? [step.points]
        : [step.doubled];
  const count = lists[0]!.length;
  const out = new Uint8Array(SESSION_BYTES + DIGEST_BYTES + 4 + lists.length * count * RISTRETTO_POINT_BYTES);
  out.set(step.sessionId, 0);
  out.set(step.listDigest, SESSION_BYTES);
  new DataView(out.buffer).setUint32(SESSION_BYTES + DIGEST_BYTES, count);
  let offset = SESSION_BYTES + DIGEST_BYTES + 4;
  for (const list of lists) {
    if (list.length !== count) throw new RangeError('reply lists differ in length');
    for (const point of list) {
      out.set(point, offset);
      offset += RISTRETTO_POINT_BYTES;
    }
  }
  return out;
}

function decodeLists(
  bytes: Uint8Array,
  listCount: 1 | 2,
): { sessionId: Uint8Array; listDigest: Uint8Array; lists: Uint8Array[][] } {
  const prefix = SESSION_BYTES + DIGEST_BYTES + 4;
  if (bytes.length < prefix) throw new DesireMatchRefused('MALFORMED');
  const count = new DataView(bytes.buffer, bytes.byteOffset, bytes.length).getUint32(
    SESSION_BYTES + DIGEST_BYTES,
  );
  if (count > MAX_DESIRE_ITEMS * 2 || bytes.length !== prefix + listCount * count * RISTRETTO_POINT_BYTES) {
    throw new DesireMatchRefused('MALFORMED');
  }
  const lists: Uint8Array[][] = [];
  let offset = prefix;
  for (let l = 0; l < listCount; l++) {
    const list: Uint8Array[] = [];
    for (let i = 0; i < count; i++) {
      list.push(bytes.slice(offset, offset + RISTRETTO_POINT_BYTES));
      offset += RISTRETTO_POINT_BYTES;
    }
    lists.push(list);
  }
  return {
    sessionId: bytes.slice(0, SESSION_BYTES),
    listDigest: bytes.slice(SESSION_BYTES, prefix - 4),
    lists,
  };
}

export function decodeDesireOffer(bytes: Uint8Array): DesireOffer {
  const { sessionId, listDigest, lists } = decodeLists(bytes, 1);
  return { sessionId, listDigest, points: lists[0]! };
}

export function decodeDesireReply(bytes: Uint8Array): DesireReply {
  const { sessionId, listDigest, lists } = decodeLists(bytes, 2);
  return { sessionId, listDigest, doubled: lists[0]!, points: lists[1]! };
}

export function decodeDesireFinish(bytes: Uint8Array): DesireFinish {
  const { sessionId, listDigest, lists } = decodeLists(bytes, 1);
  return { sessionId, listDigest, doubled: lists[0]! };
}
