import { beforeAll, describe, expect, it } from 'vitest';
import {
  openExchangeFile,
  sealExchangeFile,
  type PayloadType,
} from '../../../electron/core/couple/exchangeFile';
import { generateIdentity, type CoupleIdentity } from '../../../electron/core/couple/identity';
import { ObjectPartnerLedger } from '../../../electron/core/couple/partnerLedger';
import {
  answerKeyPayload,
  openRemoteAnswer,
  readAnswerKey,
  readRemoteSealedAnswer,
  sealRemoteAnswer,
} from '../../../electron/core/couple/remoteAnswers';
import { DecryptionError, initSodium } from '../../../electron/core/crypto/sodium';

beforeAll(() => initSodium());

const text = (s: string) => new TextEncoder().encode(s);
const read = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

interface Vault {
  identity: CoupleIdentity;
  ledger: ObjectPartnerLedger;
}

function carry(from: Vault, to: Vault, type: PayloadType, payload: Uint8Array): Uint8Array {
  const file = sealExchangeFile({
    me: from.identity,
    recipientPublicKey: to.identity.publicKey,
    type,
    payload,
    ledger: from.ledger,
  });
  const opened = openExchangeFile(file, to.identity, to.ledger);
  if (!opened.ok || opened.message.type !== type) throw new Error('refused');
  return opened.message.payload;
}

describe('answers between two machines: commit, then reveal', () => {
  const alex: Vault = { identity: generateIdentity(), ledger: new ObjectPartnerLedger() };
  const sam: Vault = { identity: generateIdentity(), ledger: new ObjectPartnerLedger() };
  beforeAll(() => {
    alex.ledger.pair(sam.identity.publicKey, 0);
    sam.ledger.pair(alex.identity.publicKey, 0);
  });

  it("lets Sam hold Alex's sealed answer without reading it, then read it once Alex sends the key", () => {
    const mine = sealRemoteAnswer(alex.identity.publicKey, 'ex3.q1', text('I miss our Sunday walks'));
    const atSam = readRemoteSealedAnswer(carry(alex, sam, 'sealedAnswer', mine.payload))!;
    expect(atSam.itemId).toBe('ex3.q1');
    // Sam's vault decrypted the exchange file, yet the answer inside is still sealed.
    expect(Buffer.from(mine.payload).includes(Buffer.from('Sunday'))).toBe(false);
    const samsOwn = sealRemoteAnswer(sam.identity.publicKey, 'ex3.q1', text('me too'));
    expect(() => openRemoteAnswer(alex.identity.publicKey, atSam, samsOwn.answerKey)).toThrow(
      DecryptionError,
    );

    const key = readAnswerKey(carry(alex, sam, 'answerKey', answerKeyPayload('ex3.q1', mine.answerKey)))!;
    expect(read(openRemoteAnswer(alex.identity.publicKey, atSam, key.answerKey))).toBe(
      'I miss our Sunday walks',
    );
  });

  it('does not let the author change the answer after the fact: a new key does not open the old commitment', () => {
    const first = sealRemoteAnswer(alex.identity.publicKey, 'ex3.q2', text('first'));
    const second = sealRemoteAnswer(alex.identity.publicKey, 'ex3.q2', text('changed my mind'));
    const held = readRemoteSealedAnswer(first.payload)!;
    expect(() => openRemoteAnswer(alex.identity.publicKey, held, second.answerKey)).toThrow(DecryptionError);
  });

  it('binds the answer to its author and item: relabelled, it does not open', () => {
    const mine = sealRemoteAnswer(alex.identity.publicKey, 'ex3.q3', text('x'));
    const held = readRemoteSealedAnswer(mine.payload)!;
    expect(() => openRemoteAnswer(sam.identity.publicKey, held, mine.answerKey)).toThrow(DecryptionError);
    expect(() =>
      openRemoteAnswer(alex.identity.publicKey, { ...held, itemId: 'ex3.q4' }, mine.answerKey),
    ).toThrow(DecryptionError);
  });

  it('reads back nothing from a payload of the wrong shape', () => {
    const key = answerKeyPayload('ex3.q5', new Uint8Array(32));
    expect(readRemoteSealedAnswer(key)).toBeNull();
    expect(readAnswerKey(key.subarray(0, key.length - 1))).toBeNull();
    expect(readAnswerKey(new Uint8Array([0]))).toBeNull();
    expect(
      readAnswerKey(new Uint8Array([7, 0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0xfa, 0xf9, ...new Uint8Array(32)])),
    ).toBeNull();
  });
});
