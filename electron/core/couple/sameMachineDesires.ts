import { z } from 'zod';
import { open, seal } from '../crypto/sodium';
import { pad, unpad } from '../vault/padding';
import {
  completeDesireMatch,
  desireListDigest,
  finishDesireMatch,
  replyToDesireMatch,
  startDesireMatch,
  type Desire,
  type DesireAnswers,
} from './desireMatch';
import {
  openPrivateAnswer,
  sealPrivateAnswer,
  type PrivateAnswer,
  type UnlockedPartner,
} from './sameMachine';

/**
 * The desire list for two partners sharing one vault. Each partner's whole list is one
 * private answer (sameMachine.ts): sealed under that partner's own key, so the other partner,
 * and whoever holds the couple key, cannot read a single answer — not even which items were
 * answered. Matching needs both lists, so it happens with both partners at the keyboard, each
 * unlocking with their passphrase; it runs the same blinded match as two machines do
 * (desireMatch.ts), so the rule of what is shown lives in one place. Only the matches are
 * kept, under the couple key; the lists stay where they were.
 */
const LIST_ITEM = 'desire-list';
const encoder = new TextEncoder();

/** One letter per item of the list, in order (y, m, n; - for unanswered): same size whatever the answers. */
const ListSchema = z
  .object({ list: z.string().regex(/^[0-9a-f]{64}$/), answers: z.string().regex(/^[ymn-]*$/) })
  .strict();
const LETTER = { yes: 'y', maybe: 'm', no: 'n' } as const;
const DESIRE = { y: 'yes', m: 'maybe', n: 'no' } as const;
const MatchesSchema = z.array(
  z.object({ itemId: z.string(), a: z.enum(['yes', 'maybe']), b: z.enum(['yes', 'maybe']) }).strict(),
);
export type SharedDesireMatch = z.infer<typeof MatchesSchema>[number];

export function sealDesireList(
  keys: UnlockedPartner,
  itemIds: readonly string[],
  answers: DesireAnswers,
): PrivateAnswer {
  const stored: z.infer<typeof ListSchema> = {
    list: Buffer.from(desireListDigest(itemIds)).toString('hex'),
    answers: itemIds.map((id) => (answers[id] ? LETTER[answers[id]] : '-')).join(''),
  };
  return sealPrivateAnswer(keys, LIST_ITEM, encoder.encode(JSON.stringify(stored)));
}

function openDesireList(
  keys: UnlockedPartner,
  sealed: PrivateAnswer,
  itemIds: readonly string[],
): DesireAnswers {
  if (sealed.itemId !== LIST_ITEM) throw new RangeError('not a desire list');
  const bytes = openPrivateAnswer(keys, sealed);
  try {
    const stored = ListSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
    if (stored.list !== Buffer.from(desireListDigest(itemIds)).toString('hex')) {
      throw new RangeError('this list was answered for another version of the desire list');
    }
    const answers: Record<string, Desire> = {};
    itemIds.forEach((id, i) => {
      const letter = stored.answers[i];
      if (letter === 'y' || letter === 'm' || letter === 'n') answers[id] = DESIRE[letter];
    });
    return answers;
  } finally {
    bytes.fill(0);
  }
}

/**
 * Both partners unlocked: returns the matches sealed under the couple key, for either partner
 * to read later with `openSharedMatches`. Each list is opened with its own partner's keys only.
 */
export function matchDesiresTogether(
  itemIds: readonly string[],
  a: UnlockedPartner,
  listA: PrivateAnswer,
  b: UnlockedPartner,
  listB: PrivateAnswer,
): Uint8Array {
  if (a.partner !== 'a' || b.partner !== 'b' || a.spaceId !== b.spaceId) {
    throw new RangeError('matching needs partner a and partner b of one couple space');
  }
  const { state, offer } = startDesireMatch(itemIds, openDesireList(a, listA, itemIds));
  const { state: responder, reply } = replyToDesireMatch(itemIds, openDesireList(b, listB, itemIds), offer);
  const { matches, finish } = finishDesireMatch(state, reply);
  // Run to the end so both scalars are wiped; the two sides' views mirror each other.
  completeDesireMatch(responder, finish);
  const shared: SharedDesireMatch[] = matches.map((m) => ({ itemId: m.itemId, a: m.mine, b: m.theirs }));
  return seal(a.coupleKey, pad(encoder.encode(JSON.stringify(shared))), matchesLabel(a.spaceId));
}

export function openSharedMatches(
  coupleKey: Uint8Array,
  spaceId: string,
  sealed: Uint8Array,
): SharedDesireMatch[] {
  const bytes = unpad(open(coupleKey, sealed, matchesLabel(spaceId)));
  return MatchesSchema.parse(JSON.parse(new TextDecoder().decode(bytes)));
}

function matchesLabel(spaceId: string): Uint8Array {
  return encoder.encode(`alcove/couple/v1|${spaceId}|desire-matches`);
}
