import {
  AEAD_NONCE_BYTES,
  AEAD_TAG_BYTES,
  constantTimeEqual,
  DecryptionError,
  open,
  pairSessionKeys,
  randomBytes,
  seal,
  wipe,
} from '../crypto/sodium';
import { pad, unpad } from '../vault/padding';
import type { CoupleIdentity } from './identity';
import type { PartnerLedger } from './partnerLedger';

/**
 * The partner exchange file: an exercise invitation, an answer or a step of the desire-list
 * match, carried between two machines by any means (USB stick, mail, messenger).
 *
 *   magic "ALCOVEPX" (8) ‖ version (1) ‖ sender public key (32) ‖ recipient public key (32)
 *   ‖ sequence (u64 BE, 8) ‖ message id (16)                                  ← header, 97 bytes
 *   ‖ nonce (24) ‖ XChaCha20-Poly1305(payload type (1) ‖ padded payload, AD = header) (+16 tag)
 *
 * The payload type is authenticated like the header but travels encrypted: "this is a step
 * of a desire list" is itself intimate, and whoever carries or finds the file need not know it.
 *
 * The key is the crypto_kx session key from the sender's to the recipient's static X25519
 * key, so only the two paired vaults can make or read a file, and a file that opens was made
 * by the sender (nobody else holds that direction's key). We use crypto_kx + the AEAD rather
 * than crypto_box_easy because the AEAD binds the whole header as associated data (crypto_box
 * has none), gives one key per direction (a file reflected back to its sender does not open),
 * and is the same cipher as every vault record. The payload is padded to a length bucket so
 * the file's size says little about the answer's length.
 *
 * The file also travels armoured (base64 between BEGIN/END lines) for channels that mangle
 * binary; `openExchangeFile` accepts either form.
 */
export const EXCHANGE_MAGIC = new TextEncoder().encode('ALCOVEPX');
export const EXCHANGE_VERSION = 1;
/** Where each header field sits (tests alter them one by one). */
export const LAYOUT = { version: 8, sender: 9, recipient: 41, sequence: 73, messageId: 81 } as const;
export const HEADER_BYTES = 97;
/** Far above any invitation, answer or desire-list step; refused before any crypto. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024;
const MAX_PADDED_BYTES = 1_400_000;
const MAX_FILE_BYTES = HEADER_BYTES + AEAD_NONCE_BYTES + MAX_PADDED_BYTES + AEAD_TAG_BYTES;
const MAX_ARMOURED_BYTES = Math.ceil(((MAX_FILE_BYTES * 4) / 3) * 1.05) + 200;

/** Append-only: a number is never reused for another meaning. */
export const PAYLOAD_TYPE = {
  invitation: 1,
  sealedAnswer: 2,
  answerKey: 3,
  desireOffer: 4,
  desireReply: 5,
  desireFinish: 6,
} as const;
export type PayloadType = keyof typeof PAYLOAD_TYPE;

export const EXCHANGE_REFUSALS = [
  /** Not an Alcove partner file, truncated, or larger than any genuine one. */
  'MALFORMED',
  /** Made by a newer Alcove (a file version or payload type this one does not know). */
  'UNSUPPORTED_VERSION',
  /** Addressed to another vault. */
  'NOT_FOR_THIS_VAULT',
  /** From a key this vault has not paired with. */
  'UNKNOWN_SENDER',
  /** Altered after it was made, or made by someone other than the sender it names. */
  'TAMPERED',
  /** Already imported, or older than a file already imported from this partner. */
  'REPLAYED',
] as const;
export type ExchangeRefusal = (typeof EXCHANGE_REFUSALS)[number];

export interface ExchangeMessage {
  readonly type: PayloadType;
  readonly senderPublicKey: Uint8Array;
  readonly sequence: number;
  readonly messageId: Uint8Array;
  readonly payload: Uint8Array;
}

export type OpenedExchangeFile =
  | { readonly ok: true; readonly message: ExchangeMessage }
  | { readonly ok: false; readonly refusal: ExchangeRefusal; readonly detail: string };

export interface SealRequest {
  readonly me: CoupleIdentity;
  readonly recipientPublicKey: Uint8Array;
  readonly type: PayloadType;
  readonly payload: Uint8Array;
  readonly ledger: PartnerLedger;
}

/** Seals a payload to a paired partner, taking the next sequence number from the ledger. */
export function sealExchangeFile(request: SealRequest): Uint8Array {
  const { me, recipientPublicKey, type, payload, ledger } = request;
  if (payload.length > MAX_PAYLOAD_BYTES) throw new RangeError('exchange payload too large');
  if (!ledger.isPaired(recipientPublicKey)) throw new RangeError('not a paired partner');
  const header = new Uint8Array(HEADER_BYTES);
  const view = new DataView(header.buffer);
  header.set(EXCHANGE_MAGIC, 0);
  header[LAYOUT.version] = EXCHANGE_VERSION;
  header.set(me.publicKey, LAYOUT.sender);
  header.set(recipientPublicKey, LAYOUT.recipient);
  view.setBigUint64(LAYOUT.sequence, BigInt(ledger.nextToSend(recipientPublicKey)));
  header.set(randomBytes(16), LAYOUT.messageId);
  const { send, receive } = pairSessionKeys(me, recipientPublicKey);
  wipe(receive);
  try {
    const padded = pad(payload);
    const inner = new Uint8Array(1 + padded.length);
    inner[0] = PAYLOAD_TYPE[type];
    inner.set(padded, 1);
    wipe(padded);
    const body = seal(send, inner, header);
    wipe(inner);
    const out = new Uint8Array(HEADER_BYTES + body.length);
    out.set(header, 0);
    out.set(body, HEADER_BYTES);
    return out;
  } finally {
    wipe(send);
  }
}

/**
 * Checks a file in the order that gives the most useful answer (shape, version, addressee,
 * sender, integrity, freshness) and, only when every check passes, records its sequence in
 * the ledger. The caller persists the ledger in the same transaction as what it imports.
 */
export function openExchangeFile(
  file: Uint8Array,
  me: CoupleIdentity,
  ledger: PartnerLedger,
): OpenedExchangeFile {
  const bytes = isArmoured(file) ? dearmour(file) : file;
  if (!bytes) return refuse('MALFORMED', 'the armour is damaged or too large');
  if (bytes.length > MAX_FILE_BYTES) return refuse('MALFORMED', 'larger than any partner file');
  if (bytes.length < HEADER_BYTES + AEAD_NONCE_BYTES + AEAD_TAG_BYTES) {
    return refuse('MALFORMED', 'too short to be a partner file');
  }
  if (!constantTimeEqual(bytes.subarray(0, 8), EXCHANGE_MAGIC)) {
    return refuse('MALFORMED', 'not an Alcove partner file');
  }
  const version = bytes[LAYOUT.version];
  if (version !== EXCHANGE_VERSION) return refuse('UNSUPPORTED_VERSION', `file version ${version}`);
  const header = bytes.subarray(0, HEADER_BYTES);
  const sender = header.slice(LAYOUT.sender, LAYOUT.sender + 32);
  const recipient = header.subarray(LAYOUT.recipient, LAYOUT.recipient + 32);
  if (!constantTimeEqual(recipient, me.publicKey)) {
    return refuse('NOT_FOR_THIS_VAULT', 'addressed to another vault');
  }
  if (!ledger.isPaired(sender)) return refuse('UNKNOWN_SENDER', 'the sender has not been paired');
  const sequence = new DataView(header.buffer, header.byteOffset).getBigUint64(LAYOUT.sequence);

  let keys: { send: Uint8Array; receive: Uint8Array };
  try {
    keys = pairSessionKeys(me, sender);
  } catch {
    return refuse('UNKNOWN_SENDER', 'unusable sender key');
  }
  wipe(keys.send);
  let inner: Uint8Array;
  try {
    inner = open(keys.receive, bytes.subarray(HEADER_BYTES), header);
  } catch (error) {
    if (error instanceof DecryptionError) return refuse('TAMPERED', 'failed authentication');
    throw error;
  } finally {
    wipe(keys.receive);
  }

  // Authentic from here on: what remains is about versions and freshness, not forgery.
  const type = payloadTypeOf(inner[0] ?? 0);
  if (!type) {
    wipe(inner);
    return refuse('UNSUPPORTED_VERSION', `payload type ${inner[0]}`);
  }
  if (sequence < 1n || sequence > BigInt(Number.MAX_SAFE_INTEGER)) {
    wipe(inner);
    return refuse('MALFORMED', 'sequence out of range');
  }
  const seq = Number(sequence);
  if (seq <= ledger.lastReceived(sender)) {
    wipe(inner);
    return refuse('REPLAYED', `sequence ${seq} is not above ${ledger.lastReceived(sender)}`);
  }
  let payload: Uint8Array;
  try {
    payload = unpad(inner.subarray(1)).slice();
  } catch {
    return refuse('MALFORMED', 'bad padding');
  } finally {
    wipe(inner);
  }
  ledger.recordReceived(sender, seq);
  return {
    ok: true,
    message: {
      type,
      senderPublicKey: sender,
      sequence: seq,
      messageId: header.slice(LAYOUT.messageId, HEADER_BYTES),
      payload,
    },
  };
}

function refuse(refusal: ExchangeRefusal, detail: string): OpenedExchangeFile {
  return { ok: false, refusal, detail };
}

function payloadTypeOf(byte: number): PayloadType | null {
  for (const [name, value] of Object.entries(PAYLOAD_TYPE)) {
    if (value === byte) return name as PayloadType;
  }
  return null;
}

const ARMOUR_BEGIN = '-----BEGIN ALCOVE PARTNER FILE-----';
const ARMOUR_END = '-----END ALCOVE PARTNER FILE-----';

/** Base64 in 64-character lines between BEGIN/END lines: survives mail bodies and chat apps. */
export function armour(file: Uint8Array): string {
  const lines =
    Buffer.from(file)
      .toString('base64')
      .match(/.{1,64}/g) ?? [];
  return [ARMOUR_BEGIN, ...lines, ARMOUR_END, ''].join('\n');
}

function isArmoured(file: Uint8Array): boolean {
  const prefix = new TextDecoder().decode(file.subarray(0, 64)).trimStart();
  return prefix.startsWith(ARMOUR_BEGIN);
}

function dearmour(file: Uint8Array): Uint8Array | null {
  if (file.length > MAX_ARMOURED_BYTES) return null;
  const text = new TextDecoder().decode(file).trim();
  if (!text.startsWith(ARMOUR_BEGIN) || !text.endsWith(ARMOUR_END)) return null;
  const body = text.slice(ARMOUR_BEGIN.length, text.length - ARMOUR_END.length).replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body) || body.length % 4 !== 0) return null;
  return new Uint8Array(Buffer.from(body, 'base64'));
}
