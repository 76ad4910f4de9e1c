import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { SENSATE_STAGE_COUNT } from '../../../shared/content/couple/sensate';
import type { PartnerId } from '../../../shared/domain/couple';
import {
  SensateDebriefSchema,
  SensateRatingsSchema,
  type SensateDebrief,
  type SensateOwnEntry,
  type SensateRatings,
  type SensateSharedEntry,
  type SensateStatus,
} from '../../../shared/domain/coupleSensate';
import { DecryptionError, open, randomBytes, seal } from '../crypto/sodium';
import type { DocumentStore } from '../settings/documentStore';
import { pad, unpad } from '../vault/padding';
import type { CoupleSpaceStore } from './coupleSpaceStore';
import { openPrivateAnswer, sealPrivateAnswer, type PrivateAnswer } from './sameMachine';

/**
 * The sensate focus programme of a couple space (CONTENT.md; docs/couple-crypto.md):
 *
 * - `sensate:programme`: the current stage, how it was reached, each partner's "ready for the
 *   next stage", and the session ids. Not a private answer: plain inside the vault's encrypted
 *   document, like the desire list's "ready" flags.
 * - `sensate:session:<id>`: one session. Its agreed limits and its debrief are sealed under the
 *   couple key (either partner's secret opens them); each partner's ratings and note are one
 *   private answer sealed with that partner's own key (sameMachine.sealPrivateAnswer), which
 *   the other partner's keys cannot open. A stop records only that the session stopped.
 *
 * "Ready" is a flag, not cryptography (as for the desire list): it needs that partner's secret,
 * so the other cannot set it, and the stage moves only when both flags are set, or when both
 * secrets set the stage their therapist chose.
 */
const PROGRAMME = 'sensate:programme';
const sessionDoc = (id: string) => `sensate:session:${id}`;

const B64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
const b64 = (data: Uint8Array) =>
  Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('base64');
const encoder = new TextEncoder();
const decoder = new TextDecoder();

const Stage = z
  .number()
  .int()
  .min(0)
  .max(SENSATE_STAGE_COUNT - 1);
const ProgrammeDocSchema = z
  .object({
    v: z.literal(1),
    stage: Stage,
    reachedBy: z.enum(['start', 'both-ready', 'therapist']),
    ready: z.object({ a: z.boolean(), b: z.boolean() }).strict(),
    /** Oldest first. */
    sessions: z.array(z.string().regex(/^[0-9a-f]{32}$/)),
  })
  .strict();
type ProgrammeDoc = z.infer<typeof ProgrammeDocSchema>;

const StoredPrivateSchema = z.object({ ciphertext: B64, keyCommitment: B64, wrappedAnswerKey: B64 }).strict();
const SessionDocSchema = z
  .object({
    v: z.literal(1),
    id: z.string().regex(/^[0-9a-f]{32}$/),
    stage: Stage,
    startedAt: z.string(),
    state: z.enum(['open', 'stopped', 'done']),
    /** Under the couple key. */
    limits: B64,
    debrief: B64.nullable(),
    private: z.object({ a: StoredPrivateSchema.optional(), b: StoredPrivateSchema.optional() }).strict(),
  })
  .strict();
type SessionDoc = z.infer<typeof SessionDocSchema>;

const PrivateContentSchema = z.object({ ratings: SensateRatingsSchema, note: z.string() }).strict();

function emptyProgramme(): ProgrammeDoc {
  return { v: 1, stage: 0, reachedBy: 'start', ready: { a: false, b: false }, sessions: [] };
}

/** The private answer's item: bound (with the partner) into its associated data by sameMachine.ts. */
const privateItem = (sessionId: string) => `sensate:${sessionId}`;

/** Associated data of a shared part: a limits text moved to another session or part fails to open. */
function sharedLabel(spaceId: string, sessionId: string, part: 'limits' | 'debrief'): Uint8Array {
  return encoder.encode(['alcove/couple/v1', spaceId, 'sensate', sessionId, part].join('|'));
}

function sealShared(
  coupleKey: Uint8Array,
  spaceId: string,
  sessionId: string,
  part: 'limits' | 'debrief',
  value: unknown,
): string {
  const padded = pad(encoder.encode(JSON.stringify(value)));
  try {
    return b64(seal(coupleKey, padded, sharedLabel(spaceId, sessionId, part)));
  } finally {
    padded.fill(0);
  }
}

function openShared(
  coupleKey: Uint8Array,
  spaceId: string,
  sessionId: string,
  part: 'limits' | 'debrief',
  sealed: string,
): unknown {
  try {
    const padded = open(coupleKey, bytes(sealed), sharedLabel(spaceId, sessionId, part));
    return JSON.parse(decoder.decode(unpad(padded)));
  } catch (error) {
    if (error instanceof DecryptionError)
      throw new AppError('DAMAGED_RECORD', `a session's ${part} is damaged`);
    throw error;
  }
}

function toPrivateAnswer(
  spaceId: string,
  sessionId: string,
  partner: PartnerId,
  stored: z.infer<typeof StoredPrivateSchema>,
): PrivateAnswer {
  return {
    spaceId,
    itemId: privateItem(sessionId),
    partner,
    sealed: { ciphertext: bytes(stored.ciphertext), keyCommitment: bytes(stored.keyCommitment) },
    wrappedAnswerKey: bytes(stored.wrappedAnswerKey),
  };
}

export class SensateStore {
  readonly #documents: DocumentStore;
  readonly #space: CoupleSpaceStore;

  constructor(documents: DocumentStore, space: CoupleSpaceStore) {
    this.#documents = documents;
    this.#space = space;
  }

  status(): SensateStatus {
    this.#requireSpace();
    const programme = this.#programme();
    return {
      stage: programme.stage,
      reachedBy: programme.reachedBy,
      ready: programme.ready,
      sessions: this.#sessions(programme)
        .reverse()
        .map((s) => ({
          id: s.id,
          stage: s.stage,
          startedAt: s.startedAt,
          state: s.state,
          rated: { a: Boolean(s.private.a), b: Boolean(s.private.b) },
        })),
    };
  }

  /**
   * Both partners at the keyboard, both secrets typed: a session of the current stage begins,
   * with the limits they wrote together sealed under the couple key.
   */
  start(secrets: Record<PartnerId, string>, limits: string, nowIso: string): { sessionId: string } {
    const text = limits.trim();
    if (text === '') throw new AppError('VALIDATION', 'limits: write the limits you agreed');
    const programme = this.#programme();
    const id = Buffer.from(randomBytes(16)).toString('hex');
    const sealedLimits = this.#space.withBoth(secrets, (a, _b, spaceId) =>
      sealShared(a.coupleKey, spaceId, id, 'limits', text),
    );
    const session: SessionDoc = {
      v: 1,
      id,
      stage: programme.stage,
      startedAt: nowIso,
      state: 'open',
      limits: sealedLimits,
      debrief: null,
      private: {},
    };
    this.#documents.write(sessionDoc(id), session);
    this.#documents.write(PROGRAMME, { ...programme, sessions: [...programme.sessions, id] });
    return { sessionId: id };
  }

  /** Either partner, at any moment, without a secret or a reason: the session ends as "stopped". */
  stop(sessionId: string): void {
    const session = this.#session(sessionId);
    if (session.state !== 'open') return;
    this.#documents.write(sessionDoc(sessionId), { ...session, state: 'stopped' });
  }

  /** One partner's ratings and note, sealed with their own key; a second call replaces the first. */
  rate(partner: PartnerId, secret: string, sessionId: string, ratings: SensateRatings, note: string): void {
    const session = this.#openSession(sessionId);
    const content = encoder.encode(JSON.stringify({ ratings: SensateRatingsSchema.parse(ratings), note }));
    try {
      const sealed = this.#space.withPartner(partner, secret, (keys) =>
        sealPrivateAnswer(keys, privateItem(sessionId), content),
      );
      const stored = {
        ciphertext: b64(sealed.sealed.ciphertext),
        keyCommitment: b64(sealed.sealed.keyCommitment),
        wrappedAnswerKey: b64(sealed.wrappedAnswerKey),
      };
      this.#documents.write(sessionDoc(sessionId), {
        ...session,
        private: { ...session.private, [partner]: stored },
      });
    } finally {
      content.fill(0);
    }
  }

  /** The debrief both wrote together (both secrets): sealed under the couple key; the session is done. */
  debrief(secrets: Record<PartnerId, string>, sessionId: string, debrief: SensateDebrief): void {
    const session = this.#openSession(sessionId);
    const value = SensateDebriefSchema.parse(debrief);
    const sealed = this.#space.withBoth(secrets, (a, _b, spaceId) =>
      sealShared(a.coupleKey, spaceId, sessionId, 'debrief', value),
    );
    this.#documents.write(sessionDoc(sessionId), { ...session, debrief: sealed, state: 'done' });
  }

  /**
   * "Ready for the next stage", said by one partner with their own secret, once the couple has
   * completed a session of the current stage. When both are ready the stage moves on and both
   * flags start again.
   */
  setReady(partner: PartnerId, secret: string, ready: boolean): void {
    const programme = this.#programme();
    if (ready) {
      if (programme.stage >= SENSATE_STAGE_COUNT - 1) {
        throw new AppError('FORBIDDEN', 'this is the last stage of the programme');
      }
      const doneHere = this.#sessions(programme).some(
        (s) => s.stage === programme.stage && s.state === 'done',
      );
      if (!doneHere) throw new AppError('FORBIDDEN', 'complete a session of this stage first');
    }
    this.#space.withPartner(partner, secret, () => null);
    const flags = { ...programme.ready, [partner]: ready };
    const next: ProgrammeDoc =
      flags.a && flags.b
        ? { ...programme, stage: programme.stage + 1, reachedBy: 'both-ready', ready: { a: false, b: false } }
        : { ...programme, ready: flags };
    this.#documents.write(PROGRAMME, next);
  }

  /** The stage their therapist set: both secrets, any stage, earlier or later. */
  setStage(secrets: Record<PartnerId, string>, stage: number): void {
    const programme = this.#programme();
    const target = Stage.parse(stage);
    this.#space.withBoth(secrets, () => null);
    this.#documents.write(PROGRAMME, {
      ...programme,
      stage: target,
      reachedBy: 'therapist',
      ready: { a: false, b: false },
    });
  }

  /** A partner's own ratings and notes, newest first; never the other partner's. */
  own(partner: PartnerId, secret: string): SensateOwnEntry[] {
    const sessions = this.#sessions(this.#programme()).reverse();
    return this.#space.withPartner(partner, secret, (keys, spaceId) =>
      sessions.flatMap((session) => {
        const stored = session.private[partner];
        if (!stored) return [];
        let plain: Uint8Array;
        try {
          plain = openPrivateAnswer(keys, toPrivateAnswer(spaceId, session.id, partner, stored));
        } catch (error) {
          if (error instanceof DecryptionError) {
            throw new AppError('DAMAGED_RECORD', 'a private rating could not be opened');
          }
          throw error;
        }
        try {
          const content = PrivateContentSchema.parse(JSON.parse(decoder.decode(plain)));
          return [{ sessionId: session.id, ...content }];
        } finally {
          plain.fill(0);
        }
      }),
    );
  }

  /** Limits and debriefs of every session, newest first, for either partner. */
  shared(partner: PartnerId, secret: string): SensateSharedEntry[] {
    return this.#space.withPartner(partner, secret, (keys, spaceId) =>
      this.sharedWithKey(keys.coupleKey, spaceId).map(({ sessionId, limits, debrief }) => ({
        sessionId,
        limits,
        debrief,
      })),
    );
  }

  /**
   * The same shared parts, oldest first with each session's stage, start and state, opened with
   * a couple key already unlocked by the caller (the couple summary's source): nothing private.
   */
  sharedWithKey(
    coupleKey: Uint8Array,
    spaceId: string,
  ): Array<SensateSharedEntry & { stage: number; startedAt: string; state: 'open' | 'stopped' | 'done' }> {
    return this.#sessions(this.#programme()).map((session) => ({
      sessionId: session.id,
      stage: session.stage,
      startedAt: session.startedAt,
      state: session.state,
      limits: z.string().parse(openShared(coupleKey, spaceId, session.id, 'limits', session.limits)),
      debrief:
        session.debrief === null
          ? null
          : SensateDebriefSchema.parse(
              openShared(coupleKey, spaceId, session.id, 'debrief', session.debrief),
            ),
    }));
  }

  /** A partner's sealed private item, as stored: for audits and tests that try the wrong keys. */
  sealedPrivate(sessionId: string, partner: PartnerId): PrivateAnswer | null {
    const session = this.#session(sessionId);
    const stored = session.private[partner];
    const profiles = this.#space.sealed();
    if (!stored || !profiles) return null;
    return toPrivateAnswer(profiles.space.spaceId, sessionId, partner, stored);
  }

  #requireSpace(): void {
    if (!this.#space.profiles()) throw new AppError('NOT_FOUND', 'there is no couple space yet');
  }

  #programme(): ProgrammeDoc {
    const raw = this.#documents.read(PROGRAMME);
    if (raw === undefined) return emptyProgramme();
    const parsed = ProgrammeDocSchema.safeParse(raw);
    if (!parsed.success)
      throw new AppError('DAMAGED_RECORD', 'the sensate focus programme could not be read');
    return parsed.data;
  }

  #sessions(programme: ProgrammeDoc): SessionDoc[] {
    return programme.sessions.map((id) => this.#session(id));
  }

  #session(id: string): SessionDoc {
    const raw = this.#documents.read(sessionDoc(id));
    if (raw === undefined) throw new AppError('NOT_FOUND', 'no such session');
    const parsed = SessionDocSchema.safeParse(raw);
    if (!parsed.success || parsed.data.id !== id) {
      throw new AppError('DAMAGED_RECORD', 'a sensate focus session could not be read');
    }
    return parsed.data;
  }

  #openSession(id: string): SessionDoc {
    const session = this.#session(id);
    if (session.state !== 'open') throw new AppError('FORBIDDEN', 'this session is over');
    return session;
  }
}
