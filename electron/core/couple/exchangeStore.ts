import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { DESIRE_ITEM_IDS } from '../../../shared/content/couple/desireList';
import type { DesireAnswer } from '../../../shared/domain/couple';
import {
  ExchangeNameSchema,
  type CardImportResult,
  type ExchangeDesire,
  type ExchangeRefusalCode,
  type ExchangeStatus,
  type FileImportResult,
  type OutgoingKind,
} from '../../../shared/domain/coupleExchange';
import { X25519_KEY_BYTES } from '../crypto/sodium';
import type { DocumentStore } from '../settings/documentStore';
import {
  completeDesireMatch,
  decodeDesireFinish,
  decodeDesireOffer,
  decodeDesireReply,
  DesireMatchRefused,
  encodeDesireStep,
  finishDesireMatch,
  replyToDesireMatch,
  startDesireMatch,
  type DesireMatch,
  type DesireTokenKind,
  type InitiatorState,
  type ResponderState,
} from './desireMatch';
import { armour, openExchangeFile, sealExchangeFile, type PayloadType } from './exchangeFile';
import {
  generateIdentity,
  identityFromStoredBytes,
  identityToStoredBytes,
  wipeIdentity,
  type CoupleIdentity,
} from './identity';
import { pairingCode } from './pairingCode';
import { MAX_CARD_BYTES } from './partnerFiles';
import { emptyLedgerState, ObjectPartnerLedger, type PartnerLedgerState } from './partnerLedger';

/**
 * Two machines, as this vault keeps it: documents in the encrypted `couple` table (covered by
 * the integrity ledger, re-sealed on key rotation), all under the `exchange:` prefix.
 *
 *  - `exchange:identity` — my X25519 key pair (made with my display name, on first use) and name;
 *  - `exchange:partner`  — the partner's card (name, public key) once imported; trusted only
 *                          once the ledger pairs it (after "the codes match");
 *  - `exchange:ledger`   — the PartnerLedger: sequences sent and accepted (replay protection);
 *  - `exchange:desire`   — the desire list across machines: my pending protocol state (its
 *                          secret scalar, my slots) until the match ends, then only the overlaps,
 *                          and the last file I made so it can be saved again;
 *  - `exchange:retired`  — the sequence counters of a forgotten partner, for a later re-pairing.
 *
 * Every change a file makes lands in ONE transaction with the ledger (an import counted but
 * not applied, or applied twice, is impossible), and a file I make is counted in the ledger
 * before it is handed out (a restart cannot reuse a sequence number). A refused file changes
 * nothing at all.
 */
const IDENTITY = 'exchange:identity';
const PARTNER = 'exchange:partner';
const LEDGER = 'exchange:ledger';
const DESIRE = 'exchange:desire';
/** Sequence counters of forgotten partners: pairing again continues them, or their files would look replayed. */
const RETIRED = 'exchange:retired';

const B64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const HEX = z.string().regex(/^[0-9a-f]*$/);
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
const b64 = (data: Uint8Array) =>
  Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');

/** `keys` is identityToStoredBytes (secret and public key); `publicKey` alone, for what needs no secret. */
const IdentityDocSchema = z.object({ v: z.literal(1), keys: B64, publicKey: B64, name: z.string() }).strict();
const PartnerDocSchema = z.object({ v: z.literal(1), publicKey: B64, name: z.string() }).strict();
const LedgerDocSchema = z
  .object({
    v: z.literal(1),
    partners: z.record(
      HEX,
      z
        .object({
          pairedAt: z.number().int(),
          lastReceived: z.number().int().nonnegative(),
          lastSent: z.number().int().nonnegative(),
        })
        .strict(),
    ),
  })
  .strict();

const RetiredDocSchema = z.record(
  HEX,
  z
    .object({ lastReceived: z.number().int().nonnegative(), lastSent: z.number().int().nonnegative() })
    .strict(),
);

const SlotSchema = z
  .object({ itemId: z.string(), kind: z.enum(['YY', 'YM', 'MY']) })
  .strict()
  .nullable();
const MatchStateSchema = z
  .object({
    sessionId: B64,
    listDigest: B64,
    scalar: B64,
    slots: z.array(SlotSchema),
    initiatorDoubled: z.array(HEX).optional(),
  })
  .strict();
const OverlapSchema = z
  .object({ itemId: z.string(), mine: z.enum(['yes', 'maybe']), theirs: z.enum(['yes', 'maybe']) })
  .strict();
const OutgoingSchema = z
  .object({ kind: z.enum(['offer', 'reply', 'finish']), sequence: z.number().int(), file: z.string() })
  .strict();
const DesireDocSchema = z.discriminatedUnion('stage', [
  z
    .object({
      v: z.literal(1),
      stage: z.literal('offered'),
      state: MatchStateSchema,
      outgoing: OutgoingSchema,
    })
    .strict(),
  /** Their offer, kept (it is only blinded points) until I answer. */
  z.object({ v: z.literal(1), stage: z.literal('invited'), offer: B64 }).strict(),
  z
    .object({
      v: z.literal(1),
      stage: z.literal('replied'),
      state: MatchStateSchema,
      outgoing: OutgoingSchema,
    })
    .strict(),
  z
    .object({
      v: z.literal(1),
      stage: z.literal('done'),
      role: z.enum(['initiator', 'responder']),
      overlaps: z.array(OverlapSchema),
      outgoing: OutgoingSchema.nullable(),
    })
    .strict(),
]);
type DesireDoc = z.infer<typeof DesireDocSchema>;
type MatchStateDoc = z.infer<typeof MatchStateSchema>;

/** A file this vault made, ready for the native save dialog. */
export interface OutgoingFile {
  readonly fileName: string;
  readonly text: string;
}

const CARD_BEGIN = '-----BEGIN ALCOVE PAIRING CARD-----';
const CARD_END = '-----END ALCOVE PAIRING CARD-----';
const CardBodySchema = z.object({ v: z.literal(1), name: ExchangeNameSchema, key: B64.length(44) }).strict();

export class ExchangeStore {
  readonly #documents: DocumentStore;

  constructor(documents: DocumentStore) {
    this.#documents = documents;
  }

  status(): ExchangeStatus {
    const me = this.#identityDoc();
    const partner = this.#partnerDoc();
    const desire = this.#desireDoc();
    let partnerStatus: ExchangeStatus['partner'] = null;
    if (me && partner) {
      const mine = bytes(me.publicKey);
      const theirs = bytes(partner.publicKey);
      partnerStatus = {
        name: partner.name,
        paired: this.#ledger().isPaired(theirs),
        code: pairingCode(mine, theirs),
      };
    }
    return {
      name: me?.name ?? null,
      partner: partnerStatus,
      desire: desireStatus(desire),
      outgoing: desire && 'outgoing' in desire && desire.outgoing ? desire.outgoing.kind : null,
    };
  }

  /** My display name; the first time, my identity is made with it. Renaming keeps the keys. */
  setName(name: string): ExchangeStatus {
    const clean = ExchangeNameSchema.parse(name);
    const me = this.#identityDoc();
    if (me) {
      this.#documents.write(IDENTITY, { ...me, name: clean });
    } else {
      const identity = generateIdentity();
      const stored = identityToStoredBytes(identity);
      this.#documents.write(IDENTITY, {
        v: 1,
        keys: b64(stored),
        publicKey: b64(identity.publicKey),
        name: clean,
      });
      stored.fill(0);
      wipeIdentity(identity);
    }
    return this.status();
  }

  /**
   * My pairing card: my name and public key, as text (it travels by mail or chat as well as on a
   * stick). Not secret, and it says so: it only lets my partner's Alcove recognise my files
   * once they have compared the code with me.
   */
  card(): OutgoingFile {
    const me = this.#requireIdentityDoc();
    const publicKey = bytes(me.publicKey);
    const body = JSON.stringify({ v: 1, name: me.name, key: b64(publicKey) });
    const text = [
      'Alcove pairing card. Not secret: a name and a public key, nothing else.',
      'Carte d’appairage Alcove. Pas secrète : un prénom et une clé publique, rien d’autre.',
      '',
      CARD_BEGIN,
      body,
      CARD_END,
      '',
    ].join('\n');
    return { fileName: `alcove-pairing-card-${slug(me.name)}.txt`, text };
  }

  /** Takes the partner's card; they are trusted only after `confirm(true)`. */
  importCard(file: Uint8Array): Exclude<CardImportResult, { status: 'cancelled' }> {
    const me = this.#requireIdentityDoc();
    const card = parseCard(file);
    if (!card) return { status: 'refused', code: 'NOT_A_CARD' };
    const mine = bytes(me.publicKey);
    if (Buffer.from(mine).equals(card.publicKey)) return { status: 'refused', code: 'OWN_CARD' };
    const known = this.#partnerDoc();
    if (known && this.#ledger().isPaired(bytes(known.publicKey))) {
      if (!Buffer.from(bytes(known.publicKey)).equals(card.publicKey)) {
        return { status: 'refused', code: 'ALREADY_PAIRED' };
      }
      // Their card again (a new name perhaps): the key, and so the trust, are unchanged.
      this.#documents.write(PARTNER, { ...known, name: card.name });
      return { status: 'imported', exchange: this.status() };
    }
    this.#documents.write(PARTNER, { v: 1, publicKey: b64(card.publicKey), name: card.name });
    return { status: 'imported', exchange: this.status() };
  }

  /**
   * After both read the code aloud: a match pairs (their files are trusted from now on); a
   * mismatch forgets the card, since it may not be theirs.
   */
  confirm(codesMatch: boolean, nowMs: number): ExchangeStatus {
    this.#requireIdentityDoc();
    const partner = this.#partnerDoc();
    if (!partner) throw new AppError('NOT_FOUND', 'import your partner’s pairing card first');
    if (!codesMatch) {
      this.#documents.delete(PARTNER);
      return this.status();
    }
    const ledger = this.#ledger();
    const key = bytes(partner.publicKey);
    ledger.pair(key, nowMs);
    const counters = this.#read(RETIRED, RetiredDocSchema)?.[hexOf(key)];
    if (counters) Object.assign(ledger.state.partners[hexOf(key)]!, counters);
    this.#documents.write(LEDGER, ledger.state);
    return this.status();
  }

  /**
   * Forgets the partner: their card, the trust in their key and any list in progress (its
   * secret scalar with it). Files from them are refused from then on.
   */
  forget(): ExchangeStatus {
    const partner = this.#partnerDoc();
    const ledger = this.#ledger();
    this.#documents.batch(() => {
      if (partner && ledger.isPaired(bytes(partner.publicKey))) {
        const key = hexOf(bytes(partner.publicKey));
        const { lastReceived, lastSent } = ledger.state.partners[key]!;
        const retired = this.#read(RETIRED, RetiredDocSchema) ?? {};
        this.#documents.write(RETIRED, { ...retired, [key]: { lastReceived, lastSent } });
        ledger.unpair(bytes(partner.publicKey));
        this.#documents.write(LEDGER, ledger.state);
      }
      this.#documents.delete(DESIRE);
      this.#documents.delete(PARTNER);
    });
    return this.status();
  }

  /** I invite: my answers, blinded, in an offer file; my secret scalar waits (encrypted) for the reply. */
  startDesires(answers: Readonly<Record<string, DesireAnswer>>): ExchangeStatus {
    checkItems(answers);
    const current = this.#desireDoc();
    if (current && current.stage !== 'done') {
      throw new AppError('FORBIDDEN', 'a list with your partner is already under way: stop it first');
    }
    const { state, offer } = startDesireMatch(DESIRE_ITEM_IDS, answers);
    this.#send('offer', 'desireOffer', encodeDesireStep(offer), (outgoing) => ({
      v: 1,
      stage: 'offered',
      state: stateToDoc(state),
      outgoing,
    }));
    state.scalar.fill(0);
    return this.status();
  }

  /** I answer their invitation: the reply file; my state waits for their last file. */
  replyDesires(answers: Readonly<Record<string, DesireAnswer>>): ExchangeStatus {
    checkItems(answers);
    const current = this.#desireDoc();
    if (current?.stage !== 'invited') throw new AppError('FORBIDDEN', 'there is no invitation to answer');
    let result: ReturnType<typeof replyToDesireMatch>;
    try {
      result = replyToDesireMatch(DESIRE_ITEM_IDS, answers, decodeDesireOffer(bytes(current.offer)));
    } catch (error) {
      if (error instanceof DesireMatchRefused) {
        throw new AppError('VALIDATION', `the invitation cannot be answered (${error.code})`);
      }
      throw error;
    }
    this.#send('reply', 'desireReply', encodeDesireStep(result.reply), (outgoing) => ({
      v: 1,
      stage: 'replied',
      state: stateToDoc(result.state),
      outgoing,
    }));
    result.state.scalar.fill(0);
    return this.status();
  }

  /** Stops the list, whatever its step, without a reason: the pending state (and its scalar) is deleted. */
  stopDesires(): ExchangeStatus {
    this.#documents.delete(DESIRE);
    return this.status();
  }

  /** The last file this vault made, to save (again); null when there is none. */
  outgoing(): OutgoingFile | null {
    const desire = this.#desireDoc();
    const me = this.#identityDoc();
    if (!me || !desire || !('outgoing' in desire) || !desire.outgoing) return null;
    return {
      fileName: `alcove-from-${slug(me.name)}-${desire.outgoing.sequence}.alcovepx`,
      text: desire.outgoing.file,
    };
  }

  /**
   * A partner file: checked (shape, version, addressee, sender, integrity, freshness), then
   * applied to the list it belongs to, and the ledger saved in the same transaction. Any
   * refusal, at either level, changes nothing.
   */
  importFile(file: Uint8Array): Exclude<FileImportResult, { status: 'cancelled' }> {
    const me = this.#identityDoc();
    if (!me) return refused('NOT_FOR_THIS_VAULT');
    const ledger = this.#ledger();
    const identity = this.#identity(me);
    let opened: ReturnType<typeof openExchangeFile>;
    try {
      opened = openExchangeFile(file, identity, ledger);
    } finally {
      wipeIdentity(identity);
    }
    if (!opened.ok) return refused(opened.refusal);
    const { type, payload } = opened.message;
    const current = this.#desireDoc();
    try {
      if (type === 'desireOffer') {
        if (current && current.stage !== 'done') return refused('NOT_EXPECTED');
        decodeDesireOffer(payload); // refuses a malformed step now, not when I answer
        this.#documents.batch(() => {
          this.#documents.write(DESIRE, { v: 1, stage: 'invited', offer: b64(payload) } satisfies DesireDoc);
          this.#documents.write(LEDGER, ledger.state);
        });
        return { status: 'imported', step: 'offer', exchange: this.status() };
      }
      if (type === 'desireReply') {
        if (current?.stage !== 'offered') return refused('NOT_EXPECTED');
        const state = docToInitiator(current.state);
        const { matches, finish } = finishDesireMatch(state, decodeDesireReply(payload));
        const overlaps = matches.map(toOverlap);
        this.#send(
          'finish',
          'desireFinish',
          encodeDesireStep(finish),
          (outgoing) => ({ v: 1, stage: 'done', role: 'initiator', overlaps, outgoing }),
          ledger,
        );
        return { status: 'imported', step: 'reply', exchange: this.status() };
      }
      if (type === 'desireFinish') {
        if (current?.stage !== 'replied') return refused('NOT_EXPECTED');
        const matches = completeDesireMatch(docToResponder(current.state), decodeDesireFinish(payload));
        this.#documents.batch(() => {
          this.#documents.write(DESIRE, {
            v: 1,
            stage: 'done',
            role: 'responder',
            overlaps: matches.map(toOverlap),
            outgoing: null,
          } satisfies DesireDoc);
          this.#documents.write(LEDGER, ledger.state);
        });
        return { status: 'imported', step: 'finish', exchange: this.status() };
      }
      // Invitations and answers to other exercises: a file from a newer Alcove, as far as we know.
      return refused('UNSUPPORTED_VERSION');
    } catch (error) {
      if (error instanceof DesireMatchRefused) {
        return refused(
          error.code === 'MALFORMED'
            ? 'MALFORMED'
            : error.code === 'DIFFERENT_LIST'
              ? 'DIFFERENT_LIST'
              : 'WRONG_SESSION',
        );
      }
      throw error;
    }
  }

  /**
   * Seals a step to the paired partner and stores, in ONE transaction, the ledger with its new
   * sequence and the desire document holding the file: counted before it is handed out.
   */
  #send(
    kind: OutgoingKind,
    type: PayloadType,
    payload: Uint8Array,
    next: (outgoing: z.infer<typeof OutgoingSchema>) => DesireDoc,
    ledger = this.#ledger(),
  ): void {
    const me = this.#requireIdentityDoc();
    const partner = this.#partnerDoc();
    if (!partner || !ledger.isPaired(bytes(partner.publicKey))) {
      throw new AppError('FORBIDDEN', 'pair with your partner first');
    }
    const identity = this.#identity(me);
    let file: Uint8Array;
    try {
      file = sealExchangeFile({
        me: identity,
        recipientPublicKey: bytes(partner.publicKey),
        type,
        payload,
        ledger,
      });
    } finally {
      wipeIdentity(identity);
    }
    const sequence = ledger.state.partners[hexOf(bytes(partner.publicKey))]!.lastSent;
    const doc = next({ kind, sequence, file: armour(file) });
    this.#documents.batch(() => {
      this.#documents.write(DESIRE, doc);
      this.#documents.write(LEDGER, ledger.state);
    });
  }

  #identity(doc: z.infer<typeof IdentityDocSchema>): CoupleIdentity {
    const stored = bytes(doc.keys);
    try {
      return identityFromStoredBytes(stored);
    } catch {
      throw new AppError('DAMAGED_RECORD', 'this vault’s partner identity could not be read');
    } finally {
      stored.fill(0);
    }
  }

  #identityDoc(): z.infer<typeof IdentityDocSchema> | null {
    return this.#read(IDENTITY, IdentityDocSchema);
  }

  #requireIdentityDoc(): z.infer<typeof IdentityDocSchema> {
    const me = this.#identityDoc();
    if (!me) throw new AppError('NOT_FOUND', 'choose your name first');
    return me;
  }

  #partnerDoc(): z.infer<typeof PartnerDocSchema> | null {
    return this.#read(PARTNER, PartnerDocSchema);
  }

  #desireDoc(): DesireDoc | null {
    return this.#read(DESIRE, DesireDocSchema);
  }

  #ledger(): ObjectPartnerLedger {
    const state = this.#read(LEDGER, LedgerDocSchema);
    return new ObjectPartnerLedger((state as PartnerLedgerState | null) ?? emptyLedgerState());
  }

  #read<T>(id: string, schema: z.ZodType<T>): T | null {
    const raw = this.#documents.read(id);
    if (raw === undefined) return null;
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new AppError('DAMAGED_RECORD', `the ${id} document could not be read`);
    return parsed.data;
  }
}

function hexOf(publicKey: Uint8Array): string {
  return Buffer.from(publicKey).toString('hex');
}

function refused(code: ExchangeRefusalCode): { status: 'refused'; code: ExchangeRefusalCode } {
  return { status: 'refused', code };
}

function desireStatus(doc: DesireDoc | null): ExchangeDesire {
  if (!doc) return { stage: 'idle' };
  if (doc.stage === 'done') return { stage: 'done', role: doc.role, overlaps: doc.overlaps };
  return { stage: doc.stage };
}

function checkItems(answers: Readonly<Record<string, DesireAnswer>>): void {
  const known = new Set(DESIRE_ITEM_IDS);
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) throw new AppError('VALIDATION', `answers: ${id} is not an item of the desire list`);
  }
}

function toOverlap(match: DesireMatch): z.infer<typeof OverlapSchema> {
  return { itemId: match.itemId, mine: match.mine, theirs: match.theirs };
}

function stateToDoc(state: InitiatorState | ResponderState): MatchStateDoc {
  return {
    sessionId: b64(state.sessionId),
    listDigest: b64(state.listDigest),
    scalar: b64(state.scalar),
    slots: state.slots.map((slot) => (slot ? { itemId: slot.itemId, kind: slot.kind } : null)),
    ...(state.role === 'responder' ? { initiatorDoubled: [...state.initiatorDoubled] } : {}),
  };
}

function common(doc: MatchStateDoc) {
  return {
    sessionId: bytes(doc.sessionId),
    listDigest: bytes(doc.listDigest),
    scalar: bytes(doc.scalar),
    slots: doc.slots.map((slot) =>
      slot ? { itemId: slot.itemId, kind: slot.kind as DesireTokenKind } : null,
    ),
  };
}

function docToInitiator(doc: MatchStateDoc): InitiatorState {
  return { role: 'initiator', ...common(doc) };
}

function docToResponder(doc: MatchStateDoc): ResponderState {
  return { role: 'responder', ...common(doc), initiatorDoubled: doc.initiatorDoubled ?? [] };
}

function parseCard(file: Uint8Array): { name: string; publicKey: Uint8Array } | null {
  if (file.length > MAX_CARD_BYTES) return null;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(file);
  const start = text.indexOf(CARD_BEGIN);
  const end = text.indexOf(CARD_END);
  if (start === -1 || end <= start) return null;
  let body: unknown;
  try {
    body = JSON.parse(text.slice(start + CARD_BEGIN.length, end).trim());
  } catch {
    return null;
  }
  const parsed = CardBodySchema.safeParse(body);
  if (!parsed.success) return null;
  const publicKey = bytes(parsed.data.key);
  if (publicKey.length !== X25519_KEY_BYTES) return null;
  return { name: parsed.data.name, publicKey };
}

/** A file-name-safe form of a name: ASCII letters and digits, "partner" when nothing is left. */
function slug(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 24);
  return ascii || 'partner';
}
