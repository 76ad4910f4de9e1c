import { beforeAll, describe, expect, it } from 'vitest';
import {
  createCoupleSpace,
  openPrivateAnswer,
  unlockPartner,
  type UnlockedPartner,
} from '../../../electron/core/couple/sameMachine';
import {
  matchDesiresTogether,
  openSharedMatches,
  sealDesireList,
} from '../../../electron/core/couple/sameMachineDesires';
import { DecryptionError, initSodium, open } from '../../../electron/core/crypto/sodium';
import { unpad } from '../../../electron/core/vault/padding';

const LIST = ['massage', 'shower-together', 'new-place', 'talk-fantasies', 'slow-evening'];
let a: UnlockedPartner;
let b: UnlockedPartner;
let spaceId: string;

beforeAll(async () => {
  await initSodium();
  const space = createCoupleSpace({ a: 'partner a passphrase', b: 'partner b passphrase' }, 'floor');
  spaceId = space.spaceId;
  a = unlockPartner(space, 'a', 'partner a passphrase');
  b = unlockPartner(space, 'b', 'partner b passphrase');
});

describe('the desire list on one machine', () => {
  const listA = () =>
    sealDesireList(a, LIST, {
      massage: 'yes',
      'shower-together': 'no',
      'new-place': 'maybe',
      'talk-fantasies': 'yes',
    });
  const listB = () =>
    sealDesireList(b, LIST, {
      massage: 'maybe',
      'shower-together': 'yes',
      'new-place': 'maybe',
      'talk-fantasies': 'yes',
    });

  it('keeps each list unreadable to the other partner and to the couple key, down to which items were answered', () => {
    const sealed = listA();
    expect(() => openPrivateAnswer(b, sealed)).toThrow(DecryptionError);
    expect(() => openPrivateAnswer(b, { ...sealed, partner: 'b' })).toThrow(DecryptionError);
    expect(() => open(b.coupleKey, sealed.wrappedAnswerKey, new Uint8Array())).toThrow(DecryptionError);
    // A short list and a full one seal to the same size.
    expect(sealDesireList(a, LIST, { massage: 'no' }).sealed.ciphertext.length).toBe(
      sealed.sealed.ciphertext.length,
    );
  });

  it('keeps only the matches, under the couple key: mutual yes and yes/maybe, nothing else', () => {
    const sealed = matchDesiresTogether(LIST, a, listA(), b, listB());
    expect(openSharedMatches(b.coupleKey, spaceId, sealed)).toEqual([
      { itemId: 'massage', a: 'yes', b: 'maybe' },
      { itemId: 'talk-fantasies', a: 'yes', b: 'yes' },
    ]);
  });

  it('stores nothing that names an item one of them said no to, or a maybe/maybe', () => {
    const sealed = matchDesiresTogether(LIST, a, listA(), b, listB());
    // Opened by hand with the couple key: the whole stored plaintext.
    const stored = new TextDecoder().decode(
      unpad(
        open(a.coupleKey, sealed, new TextEncoder().encode(`alcove/couple/v1|${spaceId}|desire-matches`)),
      ),
    );
    expect(stored).not.toContain('shower-together');
    expect(stored).not.toContain('new-place');
    expect(stored).not.toContain('"no"');
  });

  it('gives the same stored result whether a partner said no or skipped the item', () => {
    const skipped = sealDesireList(a, LIST, {
      massage: 'yes',
      'new-place': 'maybe',
      'talk-fantasies': 'yes',
    });
    const saidNo = matchDesiresTogether(LIST, a, listA(), b, listB());
    const blank = matchDesiresTogether(LIST, a, skipped, b, listB());
    expect(openSharedMatches(a.coupleKey, spaceId, saidNo)).toEqual(
      openSharedMatches(a.coupleKey, spaceId, blank),
    );
  });

  it('needs each list opened by its own partner: swapped roles or lists are refused', () => {
    expect(() => matchDesiresTogether(LIST, b, listB(), a, listA())).toThrow(RangeError);
    expect(() => matchDesiresTogether(LIST, a, listB(), b, listA())).toThrow(DecryptionError);
    expect(() => matchDesiresTogether([...LIST, 'added-later'], a, listA(), b, listB())).toThrow(
      /another version/,
    );
  });
});
