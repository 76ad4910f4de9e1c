import { X25519_KEY_BYTES } from '../crypto/sodium';

/**
 * What a vault remembers about the partners it has paired with: which public keys it trusts,
 * the highest sequence number it has accepted from each, and the last one it sent to each.
 * That state is what makes replay protection possible offline; the vault persists it
 * encrypted, in the same transaction as whatever an imported file changed.
 */
export interface PartnerLedger {
  isPaired(partnerPublicKey: Uint8Array): boolean;
  /** The highest sequence accepted from this partner, 0 before the first file. */
  lastReceived(partnerPublicKey: Uint8Array): number;
  /** Records an accepted file's sequence; refuses to go backwards. */
  recordReceived(partnerPublicKey: Uint8Array, sequence: number): void;
  /** Reserves the next outgoing sequence for this partner (1, 2, 3…), never reused. */
  nextToSend(partnerPublicKey: Uint8Array): number;
}

export interface PartnerRecord {
  /** Unix milliseconds: when the two partners compared their pairing code. */
  pairedAt: number;
  lastReceived: number;
  lastSent: number;
}

/** The ledger's whole state: plain JSON the vault can encrypt and store as one record. */
export interface PartnerLedgerState {
  v: 1;
  partners: Record<string, PartnerRecord>;
}

export function emptyLedgerState(): PartnerLedgerState {
  return { v: 1, partners: {} };
}

/** The ledger over a plain object: mutations happen in `state`, which the caller persists. */
export class ObjectPartnerLedger implements PartnerLedger {
  constructor(readonly state: PartnerLedgerState = emptyLedgerState()) {}

  /** Called once both partners have compared the pairing code and said it matches. */
  pair(partnerPublicKey: Uint8Array, pairedAt: number): void {
    const key = keyId(partnerPublicKey);
    if (this.state.partners[key]) return;
    this.state.partners[key] = { pairedAt, lastReceived: 0, lastSent: 0 };
  }

  unpair(partnerPublicKey: Uint8Array): void {
    delete this.state.partners[keyId(partnerPublicKey)];
  }

  isPaired(partnerPublicKey: Uint8Array): boolean {
    return Object.hasOwn(this.state.partners, keyId(partnerPublicKey));
  }

  lastReceived(partnerPublicKey: Uint8Array): number {
    return this.record(partnerPublicKey).lastReceived;
  }

  recordReceived(partnerPublicKey: Uint8Array, sequence: number): void {
    const record = this.record(partnerPublicKey);
    if (!Number.isSafeInteger(sequence) || sequence <= record.lastReceived) {
      throw new RangeError('a partner sequence number can only go up');
    }
    record.lastReceived = sequence;
  }

  nextToSend(partnerPublicKey: Uint8Array): number {
    const record = this.record(partnerPublicKey);
    record.lastSent += 1;
    return record.lastSent;
  }

  private record(partnerPublicKey: Uint8Array): PartnerRecord {
    const record = this.state.partners[keyId(partnerPublicKey)];
    if (!record) throw new RangeError('not a paired partner');
    return record;
  }
}

function keyId(publicKey: Uint8Array): string {
  if (publicKey.length !== X25519_KEY_BYTES) throw new RangeError('public keys are 32 bytes');
  return Buffer.from(publicKey).toString('hex');
}
