import { beforeAll, describe, expect, it } from 'vitest';
import {
  completeDesireMatch,
  decodeDesireFinish,
  decodeDesireOffer,
  decodeDesireReply,
  desireListDigest,
  desireTokenPoint,
  DesireMatchRefused,
  encodeDesireStep,
  finishDesireMatch,
  replyToDesireMatch,
  startDesireMatch,
  type Desire,
  type DesireAnswers,
  type DesireMatch,
  type DesireTokenKind,
} from '../../../electron/core/couple/desireMatch';
import {
  openExchangeFile,
  sealExchangeFile,
  type PayloadType,
} from '../../../electron/core/couple/exchangeFile';
import { generateIdentity } from '../../../electron/core/couple/identity';
import { ObjectPartnerLedger } from '../../../electron/core/couple/partnerLedger';
import { initSodium, ristrettoMultiply, ristrettoRandomScalar } from '../../../electron/core/crypto/sodium';

beforeAll(() => initSodium());

type Answer = Desire | 'unanswered';
const CHOICES: readonly Answer[] = ['yes', 'maybe', 'no', 'unanswered'];
/** One item per pair of answers (Alex's, Sam's): the whole truth table. */
const PAIRS = CHOICES.flatMap((alex) => CHOICES.map((sam) => ({ item: `${alex}-${sam}`, alex, sam })));
const LIST = PAIRS.map((pair) => pair.item);

function answersOf(side: 'alex' | 'sam', pairs = PAIRS): DesireAnswers {
  const answers: Record<string, Desire> = {};
  for (const pair of pairs) if (pair[side] !== 'unanswered') answers[pair.item] = pair[side] as Desire;
  return answers;
}

function run(list: readonly string[], alex: DesireAnswers, sam: DesireAnswers) {
  const { state: alexState, offer } = startDesireMatch(list, alex);
  const { state: samState, reply } = replyToDesireMatch(list, sam, offer);
  const { matches: alexSees, finish } = finishDesireMatch(alexState, reply);
  const samSees = completeDesireMatch(samState, finish);
  return { alexSees, samSees, offer, reply, finish };
}

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

describe('matching the desire list across two machines', () => {
  it('shows exactly mutual yes and yes/maybe, to both partners, and nothing involving a no, a blank or maybe/maybe', () => {
    const { alexSees, samSees } = run(LIST, answersOf('alex'), answersOf('sam'));
    expect(alexSees).toEqual([
      { itemId: 'maybe-yes', mine: 'maybe', theirs: 'yes' },
      { itemId: 'yes-maybe', mine: 'yes', theirs: 'maybe' },
      { itemId: 'yes-yes', mine: 'yes', theirs: 'yes' },
    ]);
    expect(samSees).toEqual(
      alexSees.map((match): DesireMatch => ({
        itemId: match.itemId,
        mine: match.theirs,
        theirs: match.mine,
      })),
    );
  });

  it('works end to end through exchange files: offer, reply, finish', () => {
    const alex = { identity: generateIdentity(), ledger: new ObjectPartnerLedger() };
    const sam = { identity: generateIdentity(), ledger: new ObjectPartnerLedger() };
    alex.ledger.pair(sam.identity.publicKey, 0);
    sam.ledger.pair(alex.identity.publicKey, 0);
    const carry = (from: typeof alex, to: typeof alex, type: PayloadType, payload: Uint8Array) => {
      const file = sealExchangeFile({
        me: from.identity,
        recipientPublicKey: to.identity.publicKey,
        type,
        payload,
        ledger: from.ledger,
      });
      const opened = openExchangeFile(file, to.identity, to.ledger);
      if (!opened.ok || opened.message.type !== type) throw new Error(`refused: ${JSON.stringify(opened)}`);
      return opened.message.payload;
    };

    const { state: alexState, offer } = startDesireMatch(LIST, answersOf('alex'));
    const offerAtSam = decodeDesireOffer(carry(alex, sam, 'desireOffer', encodeDesireStep(offer)));
    const { state: samState, reply } = replyToDesireMatch(LIST, answersOf('sam'), offerAtSam);
    const replyAtAlex = decodeDesireReply(carry(sam, alex, 'desireReply', encodeDesireStep(reply)));
    const { matches: alexSees, finish } = finishDesireMatch(alexState, replyAtAlex);
    const finishAtSam = decodeDesireFinish(carry(alex, sam, 'desireFinish', encodeDesireStep(finish)));
    const samSees = completeDesireMatch(samState, finishAtSam);
    expect(alexSees.map((m) => m.itemId)).toEqual(['maybe-yes', 'yes-maybe', 'yes-yes']);
    expect(samSees.map((m) => m.itemId)).toEqual(['maybe-yes', 'yes-maybe', 'yes-yes']);
  });
});

describe("a partner's no, from what the other partner holds", () => {
  const everything = (answer: Desire) =>
    Object.fromEntries(LIST.map((item) => [item, answer])) as DesireAnswers;

  it('does not change the size of anything sent: every item fills two points, whatever the answer', () => {
    const sizes = (['yes', 'maybe', 'no'] as const).map((answer) => {
      const { offer, reply, finish } = run(LIST, everything(answer), everything(answer));
      return [
        offer.points.length,
        reply.points.length,
        encodeDesireStep(offer).length,
        encodeDesireStep(finish).length,
      ];
    });
    expect(new Set(sizes.map((s) => s.join()))).toEqual(
      new Set([[32, 32, 4 + 48 + 32 * 32, 4 + 48 + 32 * 32].join()]),
    );
  });

  it('cannot be found by trying every item and kind against what was received, with or without the own scalar', () => {
    const { offer, finish } = run(LIST, answersOf('alex'), answersOf('sam'));
    const received = new Set([...offer.points, ...finish.doubled].map(hex));
    const samScalar = ristrettoRandomScalar();
    for (const item of LIST) {
      for (const kind of ['YY', 'YM', 'MY'] as DesireTokenKind[]) {
        const token = desireTokenPoint(offer.sessionId, offer.listDigest, item, kind);
        expect(received.has(hex(token))).toBe(false);
        expect(received.has(hex(ristrettoMultiply(samScalar, token)))).toBe(false);
      }
    }
  });

  it('cannot be spotted by comparing two sessions: the same answers never give the same point twice', () => {
    const first = startDesireMatch(LIST, answersOf('alex')).offer;
    const second = startDesireMatch(LIST, answersOf('alex')).offer;
    const seen = new Set(first.points.map(hex));
    expect(second.points.some((point) => seen.has(hex(point)))).toBe(false);
  });

  it('gives the other partner exactly the same result as an unanswered item', () => {
    const saidNo = run(LIST, { ...answersOf('alex'), 'unanswered-yes': 'no' }, answersOf('sam'));
    const leftBlank = run(LIST, answersOf('alex'), answersOf('sam'));
    expect(saidNo.samSees).toEqual(leftBlank.samSees);
  });

  it('is implied only as far as any matching must: probing with yes everywhere shows yes and maybe, never a no apart from a blank', () => {
    // The one thing any matching must give away: a partner who says yes to everything learns
    // which items you marked yes or maybe, but never tells your no apart from a blank.
    const probe = run(LIST, everything('yes'), answersOf('sam')).alexSees;
    const shown = new Set(probe.map((m) => m.itemId));
    for (const pair of PAIRS) expect(shown.has(pair.item)).toBe(pair.sam === 'yes' || pair.sam === 'maybe');
  });
});

describe('a desire-list step is refused', () => {
  function refusal(step: () => unknown): string {
    try {
      step();
    } catch (error) {
      if (error instanceof DesireMatchRefused) return error.code;
      throw error;
    }
    return 'ACCEPTED';
  }

  it('when the partner matched over another version of the list', () => {
    const { offer } = startDesireMatch(LIST, answersOf('alex'));
    expect(refusal(() => replyToDesireMatch([...LIST, 'new-item'], answersOf('sam'), offer))).toBe(
      'DIFFERENT_LIST',
    );
  });

  it('when a reply or a finish belongs to another session', () => {
    const one = startDesireMatch(LIST, answersOf('alex'));
    const two = startDesireMatch(LIST, answersOf('alex'));
    const { state: samState, reply } = replyToDesireMatch(LIST, answersOf('sam'), two.offer);
    expect(refusal(() => finishDesireMatch(one.state, reply))).toBe('WRONG_SESSION');
    const { finish } = finishDesireMatch(two.state, reply);
    const other = replyToDesireMatch(LIST, answersOf('sam'), one.offer);
    expect(refusal(() => completeDesireMatch(other.state, finish))).toBe('WRONG_SESSION');
    expect(completeDesireMatch(samState, finish).length).toBe(3);
  });

  it('when it has the wrong number of points, a repeated point, or bytes that are not a point', () => {
    const { offer } = startDesireMatch(LIST, answersOf('alex'));
    const sam = answersOf('sam');
    expect(refusal(() => replyToDesireMatch(LIST, sam, { ...offer, points: offer.points.slice(1) }))).toBe(
      'MALFORMED',
    );
    const repeated = [...offer.points];
    repeated[1] = repeated[0]!;
    expect(refusal(() => replyToDesireMatch(LIST, sam, { ...offer, points: repeated }))).toBe('MALFORMED');
    const notAPoint = [...offer.points];
    notAPoint[3] = new Uint8Array(32).fill(0xff);
    expect(refusal(() => replyToDesireMatch(LIST, sam, { ...offer, points: notAPoint }))).toBe('MALFORMED');
    const identity = [...offer.points];
    identity[4] = new Uint8Array(32);
    expect(refusal(() => replyToDesireMatch(LIST, sam, { ...offer, points: identity }))).toBe('MALFORMED');
  });

  it('when its encoding is cut short or padded', () => {
    const encoded = encodeDesireStep(startDesireMatch(LIST, answersOf('alex')).offer);
    expect(refusal(() => decodeDesireOffer(encoded.subarray(0, encoded.length - 1)))).toBe('MALFORMED');
    expect(refusal(() => decodeDesireOffer(new Uint8Array([...encoded, 0])))).toBe('MALFORMED');
    expect(refusal(() => decodeDesireReply(encoded))).toBe('MALFORMED');
    expect(refusal(() => decodeDesireOffer(encoded.subarray(0, 10)))).toBe('MALFORMED');
  });

  it('when the list itself is empty, too long or repeats an item', () => {
    expect(() => desireListDigest([])).toThrow(RangeError);
    expect(() => desireListDigest(['a', 'a'])).toThrow(RangeError);
    expect(() => desireListDigest(Array.from({ length: 2001 }, (_, i) => `item-${i}`))).toThrow(RangeError);
  });
});

describe('a partner whose app lies', () => {
  it('can make the other see more matches (as saying yes would), but never an item twice', () => {
    const { state: alexState, offer } = startDesireMatch(LIST, answersOf('alex'));
    const { state: samState, reply } = replyToDesireMatch(LIST, answersOf('sam'), offer);
    // A forged finish: every slot of Sam's answered "matches" something Alex offered.
    const forged = { ...finishDesireMatch(alexState, reply).finish, doubled: [...reply.doubled] };
    const samSees = completeDesireMatch(samState, forged);
    const items = samSees.map((m) => m.itemId);
    expect(new Set(items).size).toBe(items.length);
    expect(items).toEqual(
      PAIRS.filter((p) => p.sam === 'yes' || p.sam === 'maybe')
        .map((p) => p.item)
        .sort(),
    );
  });
});
