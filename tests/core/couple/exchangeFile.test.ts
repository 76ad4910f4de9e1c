import { beforeAll, describe, expect, it } from 'vitest';
import { generateIdentity, type CoupleIdentity } from '../../../electron/core/couple/identity';
import {
  armour,
  EXCHANGE_REFUSALS,
  HEADER_BYTES,
  LAYOUT,
  PAYLOAD_TYPE,
  MAX_PAYLOAD_BYTES,
  openExchangeFile,
  sealExchangeFile,
  type ExchangeRefusal,
  type OpenedExchangeFile,
  type PayloadType,
} from '../../../electron/core/couple/exchangeFile';
import { ObjectPartnerLedger, type PartnerLedgerState } from '../../../electron/core/couple/partnerLedger';
import { initSodium, pairSessionKeys, seal } from '../../../electron/core/crypto/sodium';
import { pad } from '../../../electron/core/vault/padding';

beforeAll(() => initSodium());

const text = (s: string) => new TextEncoder().encode(s);
const NOW = Date.UTC(2026, 10, 30);

interface Vault {
  identity: CoupleIdentity;
  ledger: ObjectPartnerLedger;
}

function vault(): Vault {
  return { identity: generateIdentity(), ledger: new ObjectPartnerLedger() };
}

/** Both partners compared the pairing code and confirmed it on their own machine. */
function pair(one: Vault, two: Vault): void {
  one.ledger.pair(two.identity.publicKey, NOW);
  two.ledger.pair(one.identity.publicKey, NOW);
}

function send(
  from: Vault,
  to: Vault,
  payload = text('an invitation'),
  type: PayloadType = 'invitation',
): Uint8Array {
  return sealExchangeFile({
    me: from.identity,
    recipientPublicKey: to.identity.publicKey,
    type,
    payload,
    ledger: from.ledger,
  });
}

function refusal(result: OpenedExchangeFile): ExchangeRefusal | 'OPENED' {
  return result.ok ? 'OPENED' : result.refusal;
}

function couple(): { alex: Vault; sam: Vault } {
  const alex = vault();
  const sam = vault();
  pair(alex, sam);
  return { alex, sam };
}

describe('an exchange file between paired partners', () => {
  it('opens for the recipient with the payload, its type, the sender and the next sequence number', () => {
    const { alex, sam } = couple();
    const first = openExchangeFile(send(alex, sam, text('first')), sam.identity, sam.ledger);
    const second = openExchangeFile(
      send(alex, sam, text('answer'), 'sealedAnswer'),
      sam.identity,
      sam.ledger,
    );
    if (!first.ok || !second.ok) throw new Error('expected both to open');
    expect(new TextDecoder().decode(first.message.payload)).toBe('first');
    expect(first.message).toMatchObject({ type: 'invitation', sequence: 1 });
    expect(second.message).toMatchObject({ type: 'sealedAnswer', sequence: 2 });
    expect(Buffer.from(first.message.senderPublicKey).equals(Buffer.from(alex.identity.publicKey))).toBe(
      true,
    );
    expect(Buffer.from(first.message.messageId).equals(Buffer.from(second.message.messageId))).toBe(false);
    expect(sam.ledger.lastReceived(alex.identity.publicKey)).toBe(2);
  });

  it('also opens armoured, as text pasted into a mail or a chat', () => {
    const { alex, sam } = couple();
    const armoured = armour(send(alex, sam, text('by mail')));
    expect(armoured).toMatch(
      /^-----BEGIN ALCOVE PARTNER FILE-----\n[A-Za-z0-9+/=\n]+-----END ALCOVE PARTNER FILE-----\n$/,
    );
    const opened = openExchangeFile(text(`\n  ${armoured.replace(/\n/g, '\r\n')}`), sam.identity, sam.ledger);
    expect(opened.ok && new TextDecoder().decode(opened.message.payload)).toBe('by mail');
  });

  it('shows an eavesdropper neither the answer nor its exact length', () => {
    const { alex, sam } = couple();
    const secret = 'we would like to try something new';
    const file = send(alex, sam, text(secret));
    expect(Buffer.from(file).includes(Buffer.from(secret))).toBe(false);
    expect(send(alex, sam, text('yes')).length).toBe(
      send(alex, sam, text('a longer answer, still short')).length,
    );
  });

  it('hides what kind of file it is: the payload type travels inside the ciphertext', () => {
    const { alex, sam } = couple();
    const desire = send(alex, sam, text('x'), 'desireOffer');
    const answer = send(alex, sam, text('x'), 'sealedAnswer');
    expect(desire.length).toBe(answer.length);
    // Header bytes differ only where they must: the sequence and the random message id.
    const differing = [...desire.subarray(0, HEADER_BYTES)].flatMap((byte, i) =>
      byte === answer[i] ? [] : [i],
    );
    expect(differing.every((i) => i >= LAYOUT.sequence)).toBe(true);
    expect(PAYLOAD_TYPE.desireOffer).not.toBe(PAYLOAD_TYPE.sealedAnswer);
  });

  it('works in both directions, each with its own sequence', () => {
    const { alex, sam } = couple();
    expect(refusal(openExchangeFile(send(alex, sam), sam.identity, sam.ledger))).toBe('OPENED');
    const reply = openExchangeFile(send(sam, alex), alex.identity, alex.ledger);
    expect(reply.ok && reply.message.sequence).toBe(1);
  });

  it('cannot be made for a key the sender has not paired with', () => {
    const alex = vault();
    expect(() => send(alex, vault())).toThrow(/not a paired partner/);
  });

  it('refuses a payload larger than any genuine one, before sealing', () => {
    const { alex, sam } = couple();
    expect(() => send(alex, sam, new Uint8Array(MAX_PAYLOAD_BYTES + 1))).toThrow(/too large/);
  });
});

describe('import refuses', () => {
  it('every kind of bad file with its own code (one test below each)', () => {
    expect(EXCHANGE_REFUSALS).toEqual([
      'MALFORMED',
      'UNSUPPORTED_VERSION',
      'NOT_FOR_THIS_VAULT',
      'UNKNOWN_SENDER',
      'TAMPERED',
      'REPLAYED',
    ]);
  });

  it('MALFORMED: truncated, wrong magic, empty, oversize or damaged armour', () => {
    const { alex, sam } = couple();
    const file = send(alex, sam);
    const wrongMagic = Uint8Array.from(file);
    wrongMagic[0] = 0x58;
    const oversize = new Uint8Array(2 * 1024 * 1024);
    oversize.set(file.subarray(0, HEADER_BYTES));
    const damagedArmour = armour(file).replace('-----\n', '-----\n*');
    for (const bad of [
      file.subarray(0, HEADER_BYTES + 30),
      file.subarray(0, 20),
      new Uint8Array(0),
      wrongMagic,
      oversize,
      text(damagedArmour),
      text(`${armour(file).slice(0, -40)}\n`),
    ]) {
      expect(refusal(openExchangeFile(bad, sam.identity, sam.ledger))).toBe('MALFORMED');
    }
    // Nothing was accepted, so the genuine file still opens.
    expect(refusal(openExchangeFile(file, sam.identity, sam.ledger))).toBe('OPENED');
  });

  it('UNSUPPORTED_VERSION: a newer file version, or an authentic payload type this version does not know', () => {
    const { alex, sam } = couple();
    const newer = Uint8Array.from(send(alex, sam));
    newer[LAYOUT.version] = 2;
    expect(refusal(openExchangeFile(newer, sam.identity, sam.ledger))).toBe('UNSUPPORTED_VERSION');

    // A genuine file (sealed with Alex's real key) whose type comes from a later Alcove.
    const genuine = send(alex, sam);
    const header = Uint8Array.from(genuine.subarray(0, HEADER_BYTES));
    const { send: key } = pairSessionKeys(alex.identity, sam.identity.publicKey);
    const body = seal(key, new Uint8Array([99, ...pad(text('from the future'))]), header);
    const future = new Uint8Array(HEADER_BYTES + body.length);
    future.set(header);
    future.set(body, HEADER_BYTES);
    expect(refusal(openExchangeFile(future, sam.identity, sam.ledger))).toBe('UNSUPPORTED_VERSION');
  });

  it('NOT_FOR_THIS_VAULT: a file addressed to another vault, even one that knows the sender', () => {
    const { alex, sam } = couple();
    const robin = vault();
    pair(alex, robin);
    const toSam = send(alex, sam);
    expect(refusal(openExchangeFile(toSam, robin.identity, robin.ledger))).toBe('NOT_FOR_THIS_VAULT');
    // Alex's own outgoing file, imported back into Alex's vault.
    expect(refusal(openExchangeFile(toSam, alex.identity, alex.ledger))).toBe('NOT_FOR_THIS_VAULT');
  });

  it('UNKNOWN_SENDER: a file from a key this vault never paired with, or has unpaired', () => {
    const { alex, sam } = couple();
    const stranger = vault();
    stranger.ledger.pair(sam.identity.publicKey, NOW); // pairing on one side only
    expect(refusal(openExchangeFile(send(stranger, sam), sam.identity, sam.ledger))).toBe('UNKNOWN_SENDER');
    const file = send(alex, sam);
    sam.ledger.unpair(alex.identity.publicKey);
    expect(refusal(openExchangeFile(file, sam.identity, sam.ledger))).toBe('UNKNOWN_SENDER');
  });

  it('TAMPERED: any changed byte of the header or the ciphertext', () => {
    const { alex, sam } = couple();
    const file = send(alex, sam);
    // sequence, message id, nonce, ciphertext, tag — each bit flip is caught.
    const { sequence, messageId } = LAYOUT;
    for (const offset of [
      sequence + 7,
      messageId,
      messageId + 15,
      HEADER_BYTES + 3,
      HEADER_BYTES + 40,
      file.length - 1,
    ]) {
      const altered = Uint8Array.from(file);
      altered[offset]! ^= 0x04;
      const result = refusal(openExchangeFile(altered, sam.identity, sam.ledger));
      expect(result).toBe('TAMPERED');
    }
    expect(refusal(openExchangeFile(file, sam.identity, sam.ledger))).toBe('OPENED');
  });

  it('TAMPERED: a file whose sender is rewritten to another paired partner', () => {
    const { alex, sam } = couple();
    const robin = vault();
    pair(robin, sam);
    const claimed = Uint8Array.from(send(alex, sam));
    claimed.set(robin.identity.publicKey, LAYOUT.sender);
    expect(refusal(openExchangeFile(claimed, sam.identity, sam.ledger))).toBe('TAMPERED');
  });

  it("TAMPERED: Alex's file reflected back to Alex as if Sam had sent it", () => {
    const { alex, sam } = couple();
    const reflected = Uint8Array.from(send(alex, sam));
    reflected.set(sam.identity.publicKey, LAYOUT.sender);
    reflected.set(alex.identity.publicKey, LAYOUT.recipient);
    expect(refusal(openExchangeFile(reflected, alex.identity, alex.ledger))).toBe('TAMPERED');
  });

  it('REPLAYED: the same file twice, or an older file after a newer one', () => {
    const { alex, sam } = couple();
    const first = send(alex, sam);
    const second = send(alex, sam);
    expect(refusal(openExchangeFile(first, sam.identity, sam.ledger))).toBe('OPENED');
    expect(refusal(openExchangeFile(first, sam.identity, sam.ledger))).toBe('REPLAYED');
    expect(refusal(openExchangeFile(second, sam.identity, sam.ledger))).toBe('OPENED');
    const third = send(alex, sam);
    const fourth = send(alex, sam);
    expect(refusal(openExchangeFile(fourth, sam.identity, sam.ledger))).toBe('OPENED');
    expect(refusal(openExchangeFile(third, sam.identity, sam.ledger))).toBe('REPLAYED');
  });

  it('REPLAYED survives a restart: the ledger is plain data the vault stores and reloads', () => {
    const { alex, sam } = couple();
    const file = send(alex, sam);
    expect(refusal(openExchangeFile(file, sam.identity, sam.ledger))).toBe('OPENED');
    const stored = JSON.stringify(sam.ledger.state);
    const reloaded = new ObjectPartnerLedger(JSON.parse(stored) as PartnerLedgerState);
    expect(refusal(openExchangeFile(file, sam.identity, reloaded))).toBe('REPLAYED');
    expect(refusal(openExchangeFile(send(alex, sam), sam.identity, reloaded))).toBe('OPENED');
  });

  it('moves the ledger only for files that open: a refused file never blocks a genuine one', () => {
    const { alex, sam } = couple();
    const genuine = send(alex, sam);
    const forged = Uint8Array.from(genuine);
    forged[LAYOUT.sequence + 7] = 0xff; // sequence pushed up, but the tag no longer matches
    expect(refusal(openExchangeFile(forged, sam.identity, sam.ledger))).toBe('TAMPERED');
    expect(sam.ledger.lastReceived(alex.identity.publicKey)).toBe(0);
    expect(refusal(openExchangeFile(genuine, sam.identity, sam.ledger))).toBe('OPENED');
  });
});

describe('the partner ledger', () => {
  it('counts outgoing files per partner and never lets a received sequence go down', () => {
    const ledger = new ObjectPartnerLedger();
    const alex = generateIdentity().publicKey;
    const robin = generateIdentity().publicKey;
    expect(ledger.isPaired(alex)).toBe(false);
    ledger.pair(alex, NOW);
    ledger.pair(robin, NOW);
    expect([ledger.nextToSend(alex), ledger.nextToSend(alex), ledger.nextToSend(robin)]).toEqual([1, 2, 1]);
    ledger.recordReceived(alex, 5);
    expect(() => ledger.recordReceived(alex, 5)).toThrow(RangeError);
    expect(() => ledger.recordReceived(alex, 4)).toThrow(RangeError);
    expect(() => ledger.lastReceived(generateIdentity().publicKey)).toThrow(/not a paired partner/);
    // Pairing again (say, after comparing the code a second time) keeps the counters.
    ledger.pair(alex, NOW + 1);
    expect(ledger.lastReceived(alex)).toBe(5);
  });
});
